/* SPDX-License-Identifier: Apache-2.0 */
/* Interrupt transparency: a workload of loads, stores, M-unit operations,
 * AMOs, branches and calls computes the same checksum while machine timer
 * interrupts hit it every few hundred cycles, in M (MIE = 1) and in U
 * (interrupts from U to M). Only the checksums and whether interrupts
 * happened are printed, so the output does not depend on timing. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include "xvm_rt.h"
#include "run_mode.h"

#define MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
#define DELTA    97

static volatile uint32_t ticks;

static void arm(uint32_t delta)
{
    uint32_t now = mmio_read32(MTIME);
    mmio_write32(MTIMECMP + 4, 0xffffffffu);
    mmio_write32(MTIMECMP, now + delta);
    mmio_write32(MTIMECMP + 4, mmio_read32(MTIME + 4) + (now + delta < now));
}

static void disarm(void)
{
    mmio_write32(MTIMECMP + 4, 0xffffffffu);
}

void xvm_trap_handler(struct xvm_trap_frame *f)
{
    if (f->mcause == (XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI)) {
        ticks++;
        arm(DELTA + (ticks & 63));
        return;
    }
    if (run_mode_finish(f))
        return;
    printf("unexpected trap %lx at %lx tval %lx\n", (unsigned long)f->mcause,
           (unsigned long)f->mepc, (unsigned long)f->mtval);
    xvm_exit(2);
}

static uint32_t data[512];
static _Atomic uint32_t shared;

/* An lr/sc increment: an interrupt between lr and sc clears the
 * reservation, the sc fails and the loop retries. */
static uint32_t lrsc_inc(uint32_t *p)
{
    uint32_t old, fail;
    __asm__ volatile("1: lr.w %0, (%2)\n"
                     "   addi t0, %0, 1\n"
                     "   sc.w %1, t0, (%2)\n"
                     "   bnez %1, 1b"
                     : "=&r"(old), "=&r"(fail) : "r"(p) : "t0", "memory");
    return old;
}

static uint32_t lrsc_counter;

static uint32_t mix(uint32_t h, uint32_t v)
{
    return (h ^ v) * 0x01000193u;
}

static uint32_t workload(uint32_t seed)
{
    uint32_t h = 0x811c9dc5u ^ seed;
    for (unsigned round = 0; round < 6; round++) {
        for (unsigned i = 0; i < 512; i++)
            data[i] = (i * 2654435761u) ^ (seed + round);
        for (unsigned i = 1; i < 512; i++) {
            uint32_t a = data[i - 1], b = data[i] | 1;
            data[i] = a / b + a % b + (uint32_t)((uint64_t)a * b >> 32) + (int32_t)a / (int32_t)b;
            h = mix(h, data[i]);
        }
        /* bytes and halfwords, some misaligned inside a page */
        uint8_t *p = (uint8_t *)data;
        for (unsigned i = 0; i < 256; i++) {
            uint32_t w;
            __asm__ volatile("lw %0, 1(%1)" : "=r"(w) : "r"(p + 4 * i) : "memory");
            p[4 * i + 2] = (uint8_t)(w >> 3);
            h = mix(h, w);
        }
        for (unsigned i = 0; i < 64; i++)
            h = mix(h, atomic_fetch_add(&shared, i) + atomic_fetch_xor(&shared, h));
        for (unsigned i = 0; i < 256; i++)
            h = mix(h, lrsc_inc(&lrsc_counter));
    }
    return h;
}

int main(void)
{
    lrsc_counter = 0;
    uint32_t quiet = workload(1);
    uint32_t quiet_u = run_mode(workload, 2, 0);
    uint32_t shared_quiet = atomic_load(&shared);

    atomic_store(&shared, 0);
    uint32_t lrsc_quiet = lrsc_counter;
    lrsc_counter = 0;
    ticks = 0;
    csr_write(XVM_CSR_MIE, XVM_MIP_MTIP);
    arm(DELTA);
    csr_set(XVM_CSR_MSTATUS, XVM_MSTATUS_MIE);
    uint32_t loud = workload(1);
    csr_clear(XVM_CSR_MSTATUS, XVM_MSTATUS_MIE);
    uint32_t ticks_m = ticks;
    arm(DELTA);
    uint32_t loud_u = run_mode(workload, 2, 0);
    disarm();
    uint32_t ticks_u = ticks - ticks_m;
    csr_write(XVM_CSR_MIE, 0);

    printf("M: checksum %08lx, with interrupts %08lx, interrupted: %s\n", (unsigned long)quiet,
           (unsigned long)loud, ticks_m >= 4 ? "yes" : "no");
    printf("U: checksum %08lx, with interrupts %08lx, interrupted: %s\n", (unsigned long)quiet_u,
           (unsigned long)loud_u, ticks_u >= 4 ? "yes" : "no");
    printf("atomics %08lx %08lx, lr/sc count %lu %lu\n", (unsigned long)shared_quiet,
           (unsigned long)atomic_load(&shared), (unsigned long)lrsc_quiet,
           (unsigned long)lrsc_counter);
    return quiet == loud && quiet_u == loud_u && ticks_m >= 4 && ticks_u >= 4 &&
           lrsc_quiet == lrsc_counter ? 0 : 1;
}
