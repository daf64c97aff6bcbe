/* SPDX-License-Identifier: Apache-2.0 */
/* A tiny S-mode guest for the smallest demo configuration: no tasks, no
 * page tables of its own beyond the boot megapage. It computes a few
 * deterministic results, sleeps on the S timer (wfi, the timer interrupt
 * enabled in sie only) between them and shuts down. With -DTINY_ECHO=1 it
 * then reads one line from the console (SBI getchar) and prints it. */
#include "guest.h"
#include "sbi.h"

#define TINY_SLEEP 20000
#define TINY_ROUNDS 3
#define TINY_STEP   300
#define ECHO_WAIT   400000
#define ECHO_MAX    40

#ifndef TINY_ECHO
#define TINY_ECHO 0
#endif

static uint32_t phys_base;

uint32_t vm_pa(const void *kva)
{
    return (uint32_t)(uintptr_t)kva - KERNEL_VBASE + phys_base;
}

void panic(const char *why)
{
    console_puts("tiny panic: ");
    console_puts(why);
    console_puts("\n");
    shutdown(1);
}

static uint32_t primes_below(uint32_t n)
{
    uint32_t count = 0;
    for (uint32_t k = 2; k < n; k++) {
        uint32_t d = 2;
        while (d * d <= k && k % d)
            d++;
        count += d * d > k;
    }
    return count;
}

static void sleep_ticks(void)
{
    uint64_t until = xvm_rdtime64() + TINY_SLEEP;
    csr_write(XVM_CSR_STIMECMPH, (uint32_t)(until >> 32));
    csr_write(XVM_CSR_STIMECMP, (uint32_t)until);
    while (xvm_rdtime64() < until)
        __asm__ volatile("wfi");
}

static void echo_line(void)
{
    char line[ECHO_MAX];
    uint32_t n = 0;
    uint64_t until = xvm_rdtime64() + ECHO_WAIT;
    while (xvm_rdtime64() < until && n < ECHO_MAX) {
        int32_t c = sbi_call(SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0).error;
        if (c == '\n')
            break;
        if (c >= 0)
            line[n++] = (char)c;
    }
    if (n == 0) {
        console_puts("tiny: no input\n");
        return;
    }
    console_puts("tiny: input ");
    console_write(line, n);
    console_puts("\n");
}

void kmain(uint32_t base)
{
    phys_base = base;
    sbi_init();
    csr_write(XVM_CSR_SIE, XVM_MIP_STIP);
    for (uint32_t r = 1; r <= TINY_ROUNDS; r++) {
        console_puts("tiny: primes below ");
        console_putu(r * TINY_STEP);
        console_puts(": ");
        console_putu(primes_below(r * TINY_STEP));
        console_puts("\n");
        sleep_ticks();
    }
    if (TINY_ECHO)
        echo_line();
    console_puts("tiny: done\n");
    shutdown(0);
}
