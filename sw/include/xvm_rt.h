/* SPDX-License-Identifier: Apache-2.0 */
/* Bare-metal runtime interface for C programs linked with SW_RT_OBJS
 * (see mk/sw.mk): CSR access, the UART console and the trap hook.
 * Constants come from the generated xvm_defs.h. */
#ifndef XVM_RT_H
#define XVM_RT_H

#include <stdint.h>
#include "xvm_defs.h"

/* CSR access; csr must be a compile-time constant such as XVM_CSR_MSTATUS. */
#define XVM_STR_(x) #x
#define XVM_STR(x) XVM_STR_(x)
#define csr_read(csr) ({ uint32_t v_; \
    __asm__ volatile("csrr %0, " XVM_STR(csr) : "=r"(v_)); v_; })
#define csr_write(csr, val) \
    __asm__ volatile("csrw " XVM_STR(csr) ", %0" :: "rK"((uint32_t)(val)) : "memory")
#define csr_set(csr, val) \
    __asm__ volatile("csrs " XVM_STR(csr) ", %0" :: "rK"((uint32_t)(val)) : "memory")
#define csr_clear(csr, val) \
    __asm__ volatile("csrc " XVM_STR(csr) ", %0" :: "rK"((uint32_t)(val)) : "memory")
#define csr_swap(csr, val) ({ uint32_t v_; \
    __asm__ volatile("csrrw %0, " XVM_STR(csr) ", %1" : "=r"(v_) : "rK"((uint32_t)(val)) : "memory"); v_; })

/* Memory-mapped register access. */
#define mmio_read8(a)      (*(volatile uint8_t *)(uintptr_t)(a))
#define mmio_write8(a, v)  (*(volatile uint8_t *)(uintptr_t)(a) = (uint8_t)(v))
#define mmio_read32(a)     (*(volatile uint32_t *)(uintptr_t)(a))
#define mmio_write32(a, v) (*(volatile uint32_t *)(uintptr_t)(a) = (uint32_t)(v))

/* Exit code of the default trap handler (an unexpected trap). */
#define XVM_RT_EXIT_TRAP 100

/* Registers and trap CSRs saved by the M-mode trap entry. The handler may
 * modify every field: x[], mepc and mstatus are restored before mret. */
struct xvm_trap_frame {
    uint32_t x[32];
    uint32_t mepc;
    uint32_t mcause;
    uint32_t mtval;
    uint32_t mstatus;
};

/* Called for every trap taken into M-mode while mtvec points at the
 * runtime's entry. Weak default: print the cause, mepc and mtval on the
 * console and exit with XVM_RT_EXIT_TRAP. */
void xvm_trap_handler(struct xvm_trap_frame *f);

/* Ends the program after a trap it did not expect: prints who (a prefix,
 * "" for none), the cause, mepc and mtval, and exits with code. */
__attribute__((noreturn)) void xvm_trap_fatal(const char *who, const struct xvm_trap_frame *f, int code);

/* The runtime's trap entry (mtvec value installed by crt0). */
void xvm_trap_entry(void);

/* Console: blocking UART byte output and input. */
void xvm_putc(char c);
int xvm_getc(void);
void xvm_puts(const char *s);

/* Ends the simulation through the finisher: 0 = pass, anything else = fail
 * with that code reduced to 8 bits (what a process exit status holds, the
 * same on QEMU and the Xvm simulators); a nonzero code whose low byte is 0
 * becomes 1 so that it cannot turn into a passing status. */
__attribute__((noreturn)) void xvm_exit(int code);

/* 64-bit counter reads that are safe across a carry between the halves. */
uint64_t xvm_rdcycle64(void);
uint64_t xvm_rdinstret64(void);
uint64_t xvm_rdtime64(void);

#endif
