/* SPDX-License-Identifier: Apache-2.0 */
/* Micro-benchmarks of the virtualization paths, measured from inside a
 * guest with the cycle counter: the null hypercall through the gate and
 * through ecall, the emulated csrr/csrw of sstatus, and (SWITCH=1) the
 * guest-to-guest world switch: two such guests give the CPU to each other
 * with wfi, and each reports half the time between its own wfi and its
 * return from it. Figures are printed as "bench: <name> <cycles>". */
#include "guest.h"
#include "sbi.h"

#ifndef SWITCH
#define SWITCH 0
#endif

#define ROUNDS 200

static uint32_t phys_base;
static uint32_t gate;

uint32_t vm_pa(const void *kva)
{
    return (uint32_t)(uintptr_t)kva - KERNEL_VBASE + phys_base;
}

void panic(const char *why)
{
    console_puts("bench panic: ");
    console_puts(why);
    console_puts("\n");
    shutdown(1);
}

static void report(const char *what, uint32_t cycles)
{
    console_puts("bench: ");
    console_puts(what);
    console_puts(" ");
    console_putu(cycles);
    console_puts("\n");
}

static uint32_t cycles(void)
{
    return csr_read(XVM_CSR_CYCLE);
}

static void null_gate(void)
{
    register uint32_t r0 __asm__("a0");
    register uint32_t r1 __asm__("a1");
    register uint32_t r6 __asm__("a6") = SBI_XVM_NULL;
    register uint32_t r7 __asm__("a7") = SBI_EXT_XVM;
    __asm__ volatile("jalr %[g]" : "=r"(r0), "=r"(r1) : "r"(r6), "r"(r7), [g] "r"(gate)
                     : "ra", "memory");
}

static void null_ecall(void)
{
    register uint32_t r0 __asm__("a0");
    register uint32_t r1 __asm__("a1");
    register uint32_t r6 __asm__("a6") = SBI_XVM_NULL;
    register uint32_t r7 __asm__("a7") = SBI_EXT_XVM;
    __asm__ volatile("ecall" : "=r"(r0), "=r"(r1) : "r"(r6), "r"(r7) : "memory");
}

static void nothing(void)
{
    __asm__ volatile("" ::: "memory");
}

static void read_sstatus(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, " XVM_STR(XVM_CSR_SSTATUS) : "=r"(v) :: "memory");
}

static void write_sstatus(void)
{
    __asm__ volatile("csrc " XVM_STR(XVM_CSR_SSTATUS) ", %0" :: "r"(XVM_MSTATUS_SIE) : "memory");
}

/* Cycles per call of fn, minus the cost of calling an empty function. */
static uint32_t measure(void (*fn)(void))
{
    uint32_t t0 = cycles();
    for (int i = 0; i < ROUNDS; i++)
        nothing();
    uint32_t base = cycles() - t0;
    t0 = cycles();
    for (int i = 0; i < ROUNDS; i++)
        fn();
    uint32_t total = cycles() - t0;
    return total > base ? (total - base) / ROUNDS : 0;
}

static void world_switch(void)
{
    csr_write(XVM_CSR_SIE, 0);
    uint32_t best = UINT32_MAX;
    for (int i = 0; i < ROUNDS; i++) {
        uint32_t t0 = cycles();
        __asm__ volatile("wfi" ::: "memory");
        uint32_t d = cycles() - t0;
        if (d < best)
            best = d;
    }
    report("world-switch", best / 2);
}

void kmain(uint32_t base)
{
    phys_base = base;
    sbi_init();
    if (SWITCH) {
        world_switch();
        shutdown(0);
    }
    struct sbiret r = sbi_call(SBI_EXT_XVM, SBI_XVM_GET_GATE, 0, 0, 0);
    if (!r.error) {
        gate = r.value;
        report("hypercall-gate", measure(null_gate));
        report("hypercall-ecall", measure(null_ecall));
    } else {
        console_puts("bench: no Xvm extension (native run)\n");
    }
    report("csrr-sstatus", measure(read_sstatus));
    report("csrw-sstatus", measure(write_sstatus));
    shutdown(0);
}
