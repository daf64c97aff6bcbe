/* SPDX-License-Identifier: Apache-2.0 */
/* Workload C (benchmarks): the null system call and a CPU-bound loop,
 * timed in U-mode with the cycle counter. */
#include "ulib.h"

#define SYSCALLS 200
#define CPU_ITERS 200000

static uint32_t ucycles(void)
{
    uint32_t v;
    __asm__ volatile("rdcycle %0" : "=r"(v));
    return v;
}

void tc_bench(void)
{
    uint32_t t0 = ucycles();
    for (int i = 0; i < SYSCALLS; i++)
        u_getpid();
    uint32_t per = (ucycles() - t0) / SYSCALLS;
    u_report("bench", "null-syscall", per);

    t0 = ucycles();
    uint32_t x = 1;
    for (uint32_t i = 0; i < CPU_ITERS; i++)
        x = x * 1103515245u + 12345u + (x >> 7);
    uint32_t spent = ucycles() - t0;
    u_report("bench", "cpu-bound", spent);
    u_report("bench", "cpu-result", x);
    u_exit(0);
}
