/* SPDX-License-Identifier: Apache-2.0 */
/* Traps caught by an M-mode handler: ecall from M, S and U as system
 * calls, illegal instructions skipped, load/store/fetch access faults,
 * ebreak, and in-page misaligned accesses (performed, no trap). */
#include <stdint.h>
#include <stdio.h>
#include "xvm_rt.h"
#include "run_mode.h"

#define NO_DEVICE 0x00080000u

static volatile uint32_t traps, last_cause, last_tval;

void xvm_trap_handler(struct xvm_trap_frame *f)
{
    if (run_mode_finish(f))
        return;
    traps++;
    last_cause = f->mcause;
    last_tval = f->mtval;
    switch (f->mcause) {
    case XVM_EXC_ECALL_M:
    case XVM_EXC_ECALL_S:
    case XVM_EXC_ECALL_U:
        /* syscall: a0 = a0 * 3 + a1 */
        f->x[10] = f->x[10] * 3 + f->x[11];
        f->mepc += 4;
        break;
    case XVM_EXC_ILLEGAL_INSN:
    case XVM_EXC_BREAKPOINT:
    case XVM_EXC_LOAD_ACCESS:
    case XVM_EXC_STORE_ACCESS:
        f->mepc += 4;
        break;
    case XVM_EXC_INSN_ACCESS:
        /* a call into nowhere: return to the caller */
        f->mepc = f->x[1];
        break;
    default:
        printf("unexpected trap %lx at %lx\n", (unsigned long)f->mcause, (unsigned long)f->mepc);
        xvm_exit(2);
    }
}

static uint32_t syscall2(uint32_t a, uint32_t b)
{
    register uint32_t a0 __asm__("a0") = a;
    register uint32_t a1 __asm__("a1") = b;
    register uint32_t a7 __asm__("a7") = 1;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a7) : "memory");
    return a0;
}

static uint32_t in_lower_mode(uint32_t arg)
{
    uint32_t r = syscall2(arg, 1);
    return syscall2(r, 2);
}

static void report(const char *what)
{
    printf("%-22s traps=%lu cause=%lu tval=%08lx\n", what, (unsigned long)traps,
           (unsigned long)last_cause, (unsigned long)last_tval);
}

int main(void)
{
    printf("ecall M: %lu\n", (unsigned long)syscall2(10, 4));
    report("after ecall M");
    printf("ecall S: %lu\n", (unsigned long)run_mode(in_lower_mode, 5, XVM_MSTATUS_MPP_S));
    report("after ecall S");
    printf("ecall U: %lu\n", (unsigned long)run_mode(in_lower_mode, 7, 0));
    report("after ecall U");

    __asm__ volatile(".word 0xffffffff" ::: "memory");
    report("illegal ffffffff");
    __asm__ volatile(".word 0x00000000" ::: "memory");
    report("illegal 0");
    /* a CSR that does not exist */
    __asm__ volatile("csrr t0, 0x7ff" ::: "t0", "memory");
    report("illegal csr 0x7ff");

    volatile uint32_t *nowhere = (volatile uint32_t *)NO_DEVICE;
    uint32_t v = 0x1234;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(nowhere) : "memory");
    report("load access");
    printf("destination kept: %lx\n", (unsigned long)v);
    __asm__ volatile("sw %0, 8(%1)" :: "r"(v), "r"(nowhere) : "memory");
    report("store access");

    void (*fn)(void) = (void (*)(void))NO_DEVICE;
    fn();
    report("fetch access");

    uint32_t before = traps;
    __asm__ volatile("ebreak" ::: "memory");
    printf("ebreak cause %lu, traps +%lu\n", (unsigned long)last_cause, (unsigned long)(traps - before));

    /* misaligned inside a page: performed without a trap */
    static uint8_t bytes[16] __attribute__((aligned(16))) = {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    uint32_t w;
    before = traps;
    __asm__ volatile("lw %0, 1(%1)" : "=r"(w) : "r"(bytes) : "memory");
    printf("misaligned lw %08lx\n", (unsigned long)w);
    __asm__ volatile("sw %0, 5(%1)" :: "r"(0xa0b0c0d0u), "r"(bytes) : "memory");
    __asm__ volatile("lhu %0, 3(%1)" : "=r"(w) : "r"(bytes) : "memory");
    printf("misaligned lhu %08lx, traps +%lu\n", (unsigned long)w, (unsigned long)(traps - before));
    for (int i = 0; i < 16; i++)
        printf("%02x%s", bytes[i], i == 15 ? "\n" : " ");
    return 0;
}
