/* SPDX-License-Identifier: Apache-2.0 */
/* Shared by the benchmarks: counter snapshots around the timed part and
 * the result line. Portable C apart from bench_now(), so that the
 * expected checksums can be computed on the host. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stdio.h>

struct bench_snap {
    uint64_t cycles, instret;
};

#ifdef __riscv
#include "xvm_rt.h"
static inline struct bench_snap bench_now(void)
{
    struct bench_snap s = { xvm_rdcycle64(), xvm_rdinstret64() };
    return s;
}
#else
static inline struct bench_snap bench_now(void)
{
    struct bench_snap s = { 0, 0 };
    return s;
}
#endif

/* Prints the result line and returns the exit code (0 when crc matches). */
static inline int bench_report(const char *name, unsigned iters, uint32_t crc,
                               uint32_t expect, struct bench_snap t0, struct bench_snap t1)
{
    uint64_t c = t1.cycles - t0.cycles, n = t1.instret - t0.instret;
    printf("%s: iterations %u crc 0x%08lx (%s) mcycle %llu minstret %llu\n", name, iters,
           (unsigned long)crc, crc == expect ? "ok" : "WRONG", (unsigned long long)c,
           (unsigned long long)n);
    return crc == expect ? 0 : 1;
}

static inline uint32_t crc16_update(uint32_t crc, uint32_t data)
{
    for (int i = 0; i < 32; i += 8) {
        crc ^= (data >> i) & 0xff;
        for (int k = 0; k < 8; k++)
            crc = crc & 1 ? (crc >> 1) ^ 0xA001 : crc >> 1;
    }
    return crc & 0xffff;
}

#endif
