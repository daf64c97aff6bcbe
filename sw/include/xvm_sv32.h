/* SPDX-License-Identifier: Apache-2.0 */
/* Sv32 test environment for assembly tests (include after xvm_test.h).
 *
 * SV32_INIT (run in M, uses t0, t1, x11-x13) builds, in the .bss tables
 * sv_root, sv_l0 and sv_l1:
 *   VA 0x80000000 + 4 MiB -> PA same, superpage, RWX, S only (code, data,
 *                            handlers: GOTO_S and the S handler just work)
 *   VA 0x40000000 + 4 MiB -> PA 0x80000000, superpage, RWX + U (U code runs
 *                            here: GOTO_U_ALIAS; `la` is pc-relative, so
 *                            labels resolve to alias addresses)
 *   VA 0x00100000         -> the finisher, RW, S only (a failing test in U
 *                            faults, and the handler's xt_fail then finishes)
 *   VA SV_TEST_VA + k*4K  -> test pages, set with SET_PTE(k, ...)
 * and loads satp (Sv32, sv_root). All PTEs have A and D set.
 * Registers: x11-x13 are scratch in these macros. */
#ifndef XVM_SV32_H
#define XVM_SV32_H

#define SV_TEST_VA    0x00400000
#define SV_ALIAS_OFF  0x40000000   /* RAM VA - U alias VA */
#define SV_AD         (XVM_PTE_A | XVM_PTE_D)
#define SV_RWX        (XVM_PTE_R | XVM_PTE_W | XVM_PTE_X)
#define SV_LEAF(pa, flags) ((((pa) >> 12) << 10) | (flags))

#define SV32_INIT                                                          \
    la x11, sv_root; li x12, 3 * 4096 / 4;                                 \
1:  sw zero, 0(x11); addi x11, x11, 4; addi x12, x12, -1; bnez x12, 1b;    \
    la x11, sv_root;                                                       \
    li x12, SV_LEAF(XVM_RAM_BASE, XVM_PTE_V | SV_RWX | SV_AD | XVM_PTE_G); \
    li x13, (XVM_RAM_BASE >> 22) * 4; add x13, x13, x11; sw x12, 0(x13);   \
    li x12, SV_LEAF(XVM_RAM_BASE, XVM_PTE_V | SV_RWX | SV_AD | XVM_PTE_U); \
    li x13, ((XVM_RAM_BASE - SV_ALIAS_OFF) >> 22) * 4; add x13, x13, x11;  \
    sw x12, 0(x13);                                                        \
    la x12, sv_l0; srli x12, x12, 12; slli x12, x12, 10;                   \
    ori x12, x12, XVM_PTE_V; sw x12, 0(x11);                               \
    la x12, sv_l1; srli x12, x12, 12; slli x12, x12, 10;                   \
    ori x12, x12, XVM_PTE_V; sw x12, (SV_TEST_VA >> 22) * 4(x11);          \
    la x11, sv_l0;                                                         \
    li x12, SV_LEAF(XVM_FINISHER_BASE, XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | SV_AD); \
    li x13, ((XVM_FINISHER_BASE >> 12) & 0x3ff) * 4; add x13, x13, x11;    \
    sw x12, 0(x13);                                                        \
    la x11, sv_root; srli x11, x11, 12; li x12, XVM_SATP_MODE_SV32;        \
    or x11, x11, x12; csrw XVM_CSR_SATP, x11; sfence.vma

/* Test page k (VA SV_TEST_VA + k*4K) -> physical label pa, PTE flags
 * flags (V included by the caller); then sfence.vma. */
#define SET_PTE(k, pa, flags)                                              \
    la x12, pa; srli x12, x12, 12; slli x12, x12, 10;                      \
    li x13, flags; or x12, x12, x13;                                       \
    la x11, sv_l1; sw x12, (k) * 4(x11); sfence.vma
/* Raw PTE value for test page k. */
#define SET_PTE_RAW(k, value)                                              \
    li x12, value; la x11, sv_l1; sw x12, (k) * 4(x11); sfence.vma
/* VA of byte off in test page k. */
#define SV_VA(k, off) (SV_TEST_VA + (k) * 4096 + (off))

/* mret to U at the alias address of label. */
#define GOTO_U_ALIAS(label)                                                \
    li t0, XVM_MSTATUS_MPP; csrc XVM_CSR_MSTATUS, t0;                      \
    la t0, label; li t1, SV_ALIAS_OFF; sub t0, t0, t1;                     \
    csrw XVM_CSR_MEPC, t0; mret
/* From U code running at the alias: ecall, resume in M at the physical
 * address of the next instruction. */
#define BACK_TO_M_FROM_ALIAS                                               \
    la tp, 1f + 1; li t0, SV_ALIAS_OFF; add tp, tp, t0; ecall; j xt_fail;  \
1:  li tp, 0

/* The page tables (one 4 KiB page each) and test pages. */
#define SV32_TABLES                                                        \
    .section .bss; .balign 4096;                                           \
sv_root: .space 4096; sv_l0: .space 4096; sv_l1: .space 4096;              \
    .section .text
/* A data page of 0x0d0d0d0d words (pdata) and a page of code (pcode) that
 * sets x14 = 0x42 and returns, for the tests to map with PTEs of their own. */
#define SV32_TEST_PAGES                                                    \
    .data; .balign 4096;                                                   \
pdata: .rept 1024; .word 0x0d0d0d0d; .endr;                                \
pcode: li x14, 0x42; ret; .balign 4096

/* M-mode timer handler for tests that run with the timer ticking under
 * translation: a machine timer interrupt counts in `ticks` and re-arms
 * mtimecmp = mtime + delta, transparently (x11-x13 restored); any other
 * trap goes on to the harness handler. Needs `save: .space 8` and
 * `ticks: .space 4` in the test's data. */
#define SV32_TICK_HANDLER(delta)                                           \
    .balign 4;                                                             \
irq_entry:                                                                 \
    csrw XVM_CSR_MSCRATCH, x11; la x11, save;                              \
    sw x12, 0(x11); sw x13, 4(x11);                                        \
    csrr x12, XVM_CSR_MCAUSE;                                              \
    li x13, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI; bne x12, x13, 8f;           \
    la x12, ticks; lw x13, 0(x12); addi x13, x13, 1; sw x13, 0(x12);       \
    li x12, XVM_CLINT_BASE + XVM_CLINT_MTIME; lw x13, 0(x12);              \
    addi x13, x13, delta;                                                  \
    li x12, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP; sw x13, 0(x12);           \
    lw x12, 0(x11); lw x13, 4(x11); csrr x11, XVM_CSR_MSCRATCH; mret;      \
8:  lw x12, 0(x11); lw x13, 4(x11); csrr x11, XVM_CSR_MSCRATCH; j xt_mtrap

/* Two data pages with distinct, position-dependent words, to tell which
 * physical page a mapping reaches. */
#define SV32_DATA_PAGES                                                    \
    .data; .balign 4096;                                                   \
pageA: .set i, 0; .rept 1024; .word 0xaaaa0000 + i; .set i, i + 4; .endr;  \
pageB: .set i, 0; .rept 1024; .word 0xbbbb0000 + i; .set i, i + 4; .endr

#endif
