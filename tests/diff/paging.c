/* SPDX-License-Identifier: Apache-2.0 */
/* Sv32 from C: page tables with A/D preset (so that QEMU, which would set
 * them, and Xvm, which faults, behave the same), functions run in S and U
 * through them, page faults handled in M. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "xvm_rt.h"
#include "run_mode.h"

#define PAGE 4096u
#define WIN_VA 0x00400000u   /* 4 MiB window of test pages */
#define PTE_LEAF(pa, fl) ((((uint32_t)(uintptr_t)(pa)) >> 12) << 10 | (fl) | XVM_PTE_V | XVM_PTE_A | XVM_PTE_D)
#define PTE_TABLE(pa) ((((uint32_t)(uintptr_t)(pa)) >> 12) << 10 | XVM_PTE_V)

static uint32_t root_s[1024] __attribute__((aligned(PAGE)));
static uint32_t root_u[1024] __attribute__((aligned(PAGE)));
static uint32_t win[1024] __attribute__((aligned(PAGE)));
static uint32_t buf_a[1024] __attribute__((aligned(PAGE)));
static uint32_t buf_b[1024] __attribute__((aligned(PAGE)));

static volatile uint32_t faults, fault_cause, fault_tval;

void xvm_trap_handler(struct xvm_trap_frame *f)
{
    if (run_mode_finish(f))
        return;
    if (f->mcause == XVM_EXC_LOAD_PAGE_FAULT || f->mcause == XVM_EXC_STORE_PAGE_FAULT) {
        faults++;
        fault_cause = f->mcause;
        fault_tval = f->mtval;
        f->mepc += 4;
        return;
    }
    printf("unexpected trap %lx at %lx tval %lx\n", (unsigned long)f->mcause,
           (unsigned long)f->mepc, (unsigned long)f->mtval);
    xvm_exit(2);
}

/* Identity-map RAM with 4 MiB superpages (user or supervisor), plus the
 * test window. */
static void build(uint32_t *root, uint32_t user)
{
    for (uint32_t i = 0; i < 4; i++) {
        uint32_t pa = XVM_RAM_BASE + i * XVM_MEGAPAGE_SIZE;
        root[pa >> 22] = PTE_LEAF(pa, XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | user);
    }
    root[WIN_VA >> 22] = PTE_TABLE(win);
}

static void map(unsigned k, const void *pa, uint32_t flags)
{
    win[k] = PTE_LEAF(pa, flags);
    __asm__ volatile("sfence.vma" ::: "memory");
}

static void use_root(uint32_t *root)
{
    csr_write(XVM_CSR_SATP, XVM_SATP_MODE_SV32 | ((uint32_t)(uintptr_t)root >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
}

#define VA(k, off) ((volatile uint32_t *)(uintptr_t)(WIN_VA + (k) * PAGE + (off)))

/* Sums page 0 through its VA, writes a pattern to page 1, touches the
 * read-only page 2 (a store page fault skipped by M). */
static uint32_t worker(uint32_t seed)
{
    uint32_t sum = 0;
    for (unsigned i = 0; i < 1024; i += 8)
        sum += *VA(0, i * 4);
    for (unsigned i = 0; i < 16; i++)
        *VA(1, i * 4) = seed * (i + 1);
    *VA(2, 0x10) = 0xdead;
    sum += *VA(2, 0x10);
    /* same physical page through two VAs */
    *VA(3, 0x20) = 0xabcd0000u + seed;
    return sum + *VA(0, 0x20);
}

int main(void)
{
    for (unsigned i = 0; i < 1024; i++) {
        buf_a[i] = i * 3 + 1;
        buf_b[i] = 0;
    }
    build(root_s, 0);
    build(root_u, XVM_PTE_U);

    uint32_t u = XVM_PTE_U;
    /* supervisor pages */
    map(0, buf_a, XVM_PTE_R | XVM_PTE_W);
    map(1, buf_b, XVM_PTE_R | XVM_PTE_W);
    map(2, buf_a, XVM_PTE_R);
    map(3, buf_a, XVM_PTE_R | XVM_PTE_W);
    use_root(root_s);
    uint32_t r = run_mode(worker, 3, XVM_MSTATUS_MPP_S);
    printf("S: result %lu faults %lu cause %lu tval %08lx\n", (unsigned long)r,
           (unsigned long)faults, (unsigned long)fault_cause, (unsigned long)fault_tval);
    printf("S: buf_b[0..3] %lu %lu %lu %lu buf_a[8] %lx\n", (unsigned long)buf_b[0],
           (unsigned long)buf_b[1], (unsigned long)buf_b[2], (unsigned long)buf_b[3],
           (unsigned long)buf_a[8]);

    /* user pages: the same worker from U */
    use_root(root_u);
    map(0, buf_a, XVM_PTE_R | XVM_PTE_W | u);
    map(1, buf_b, XVM_PTE_R | XVM_PTE_W | u);
    map(2, buf_a, XVM_PTE_R | u);
    map(3, buf_a, XVM_PTE_R | XVM_PTE_W | u);
    r = run_mode(worker, 5, 0);
    printf("U: result %lu faults %lu cause %lu tval %08lx\n", (unsigned long)r,
           (unsigned long)faults, (unsigned long)fault_cause, (unsigned long)fault_tval);
    printf("U: buf_b[0..3] %lu %lu %lu %lu buf_a[8] %lx\n", (unsigned long)buf_b[0],
           (unsigned long)buf_b[1], (unsigned long)buf_b[2], (unsigned long)buf_b[3],
           (unsigned long)buf_a[8]);

    /* a supervisor page is out of reach for U: page 0 loads fault */
    map(0, buf_a, XVM_PTE_R | XVM_PTE_W);
    r = run_mode(worker, 7, 0);
    printf("U/S-page: faults %lu cause %lu tval %08lx\n", (unsigned long)faults,
           (unsigned long)fault_cause, (unsigned long)fault_tval);
    csr_write(XVM_CSR_SATP, 0);
    (void)r;
    return 0;
}
