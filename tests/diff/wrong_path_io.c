/* SPDX-License-Identifier: Apache-2.0 */
/* Stores to the UART on paths that are not taken (after taken branches,
 * jumps, and a trapping instruction) must not print anything: any stray
 * byte shows up in the compared output. */
#include <stdint.h>
#include <stdio.h>
#include "xvm_rt.h"

static volatile uint32_t traps;

void xvm_trap_handler(struct xvm_trap_frame *f)
{
    traps++;
    f->mepc += 8;   /* skip the faulting load and the store after it */
}

int main(void)
{
    uintptr_t thr = XVM_UART_BASE + XVM_UART_THR;
    uint32_t c = 'X';
    for (int i = 0; i < 50; i++) {
        __asm__ volatile("beq x0, x0, 1f\n sb %0, 0(%1)\n sb %0, 0(%1)\n1:" :: "r"(c), "r"(thr) : "memory");
        __asm__ volatile("jal x0, 1f\n sb %0, 0(%1)\n1:" :: "r"(c), "r"(thr) : "memory");
        __asm__ volatile("bnez %2, 1f\n sb %0, 0(%1)\n1:" :: "r"(c), "r"(thr), "r"(i + 1) : "memory");
        /* alternate taken/not taken so that a predictor guesses wrong */
        __asm__ volatile("andi t0, %2, 1\n beqz t0, 1f\n sb %0, 0(%1)\n1:" :: "r"('0' + i % 10), "r"(thr), "r"(i) : "t0", "memory");
    }
    putchar('\n');
    /* a load that faults, with a UART store right behind it */
    __asm__ volatile("lw t0, 0(%2)\n sb %0, 0(%1)\n" :: "r"(c), "r"(thr), "r"(0x00080000u) : "t0", "memory");
    printf("traps %lu\n", (unsigned long)traps);
    return 0;
}
