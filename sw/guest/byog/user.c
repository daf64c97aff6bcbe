/* SPDX-License-Identifier: Apache-2.0 */
/* The U-mode task: only system calls and the unprivileged counters. Its
 * code and constants are mapped U (byog.ld); it has no data of its own. */
#include "byog.h"

#define WAIT_TICKS 3
#define HASH_ROUNDS 1000

static long sys(long n, long arg)
{
    register long a7 __asm__("a7") = n;
    register long a0 __asm__("a0") = arg;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7) : "memory");
    return a0;
}

static uint32_t rd_time(void)
{
    uint32_t v;
    __asm__ volatile("rdtime %0" : "=r"(v));
    return v;
}

static uint32_t rd_cycle(void)
{
    uint32_t v;
    __asm__ volatile("rdcycle %0" : "=r"(v));
    return v;
}

static uint32_t rd_instret(void)
{
    uint32_t v;
    __asm__ volatile("rdinstret %0" : "=r"(v));
    return v;
}

void user_main(void)
{
    char hex[10];
    sys(SYS_PUTS, (long)"task: hello from U-mode\n");
    uint32_t t0 = rd_time(), c0 = rd_cycle(), i0 = rd_instret();
    while (sys(SYS_TICKS, 0) < WAIT_TICKS)
        ;
    sys(SYS_PUTS, (long)"task: 3 timer ticks seen\n");
    int counting = rd_time() != t0 && rd_cycle() != c0 && rd_instret() != i0;
    sys(SYS_PUTS, counting ? (long)"task: time, cycle and instret count in U-mode\n"
                           : (long)"task: a counter is stuck\n");
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < HASH_ROUNDS; i++)
        h = (h ^ i) * 16777619u;
    for (int k = 0; k < 8; k++)
        hex[k] = "0123456789abcdef"[(h >> (28 - 4 * k)) & 0xF];
    hex[8] = '\n';
    hex[9] = 0;
    sys(SYS_PUTS, (long)"task: hash 0x");
    sys(SYS_PUTS, (long)hex);
    sys(SYS_EXIT, counting ? 0 : 1);
    for (;;)
        ;
}
