/* SPDX-License-Identifier: Apache-2.0 */
/* R7: every trap out of a guest clears VM. Into S: vmctl.SPVM <- VM; into
 * M: mstatush.MPVM <- VM; exceptions and interrupts, from guest S and guest
 * U; a trap into M leaves vmctl.SPVM alone; and the nested case (guest ->
 * S handler with VM=0 -> its own trap into M -> back -> sret to the guest). */
#include "harness.h"

#define NOMAP_VA 0x00003000

.macro S_CASE n, label, priv, vm, cause
    CHECK \n
    GVA s6, \label
    RUN \priv, \vm, s6
    EXPECT_S_TRAP \cause, \priv, \vm
.endm

.macro M_CASE n, label, priv, vm, cause
    CHECK \n
    li a7, 0
    GVA s6, \label
    RUN \priv, \vm, s6
    EXPECT_M_TRAP \cause, \priv, \vm
    EXPECT_REC_R REC_M_EPC, s6
.endm

TEST_BODY
    SV32_ON
    li a1, NOMAP_VA
    /* Into S from guest S. */
    S_CASE 1, sens_snip, PS, 1, XVM_EXC_VIRT_FAULT
    S_CASE 2, load_snip, PS, 1, XVM_EXC_LOAD_PAGE_FAULT
    S_CASE 3, ebreak_snip, PS, 1, XVM_EXC_BREAKPOINT
    S_CASE 4, load_snip, PS, 0, XVM_EXC_LOAD_PAGE_FAULT
    /* Into M from guest S: not delegated. */
    M_CASE 5, ecall_snip, PS, 1, XVM_EXC_ECALL_S
    M_CASE 6, ecall_snip, PS, 0, XVM_EXC_ECALL_S
    li s7, 1 << XVM_EXC_LOAD_PAGE_FAULT
    csrc XVM_CSR_MEDELEG, s7
    M_CASE 7, load_snip, PS, 1, XVM_EXC_LOAD_PAGE_FAULT
    csrs XVM_CSR_MEDELEG, s7

    /* A trap into M keeps vmctl.SPVM (both values). */
    CHECK 8
    li a7, 0
    li s8, XVM_VMCTL_SPVM
    csrs XVM_CSR_VMCTL, s8
    GVA s6, ecall_snip
    RUN PS, 1, s6
    EXPECT_M_TRAP XVM_EXC_ECALL_S, PS, 1
    csrr t1, XVM_CSR_VMCTL
    andi t1, t1, XVM_VMCTL_SPVM
    EXPECT_EQ t1, XVM_VMCTL_SPVM
    CHECK 9
    li a7, 0
    csrc XVM_CSR_VMCTL, s8
    RUN PS, 1, s6
    EXPECT_M_TRAP XVM_EXC_ECALL_S, PS, 1
    csrr t1, XVM_CSR_VMCTL
    andi t1, t1, XVM_VMCTL_SPVM
    EXPECT_EQ t1, 0

    /* From guest U. */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX
    li a1, NOMAP_VA
    S_CASE 10, sens_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    S_CASE 11, load_snip, PU, 1, XVM_EXC_LOAD_PAGE_FAULT
    S_CASE 12, sens_snip, PU, 0, XVM_EXC_ILLEGAL_INSN
    M_CASE 13, ecall_snip, PU, 1, XVM_EXC_ECALL_U
    M_CASE 14, ecall_snip, PU, 0, XVM_EXC_ECALL_U

    /* Interrupts: machine software interrupt (not delegated) into M from
     * guest S and U, taken before the first guest instruction. */
    li t0, XVM_MIP_MSIP
    csrs XVM_CSR_MIE, t0
    li t0, XVM_CLINT_BASE + XVM_CLINT_MSIP
    li t1, 1
    sw t1, 0(t0)
    M_CASE 15, sens_snip, PU, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_MSI
    MAP_4K GPAGE_VA, s2, F_SRX
    M_CASE 16, sens_snip, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_MSI
    li t0, XVM_CLINT_BASE + XVM_CLINT_MSIP
    sw zero, 0(t0)
    li t0, XVM_MIP_MSIP
    csrc XVM_CSR_MIE, t0
    /* Supervisor software interrupt (delegated) into S from guest S. */
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    csrs XVM_CSR_MIP, t0
    S_CASE 17, sens_snip, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    EXPECT_REC_R REC_S_EPC, s6
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIP, t0
    csrc XVM_CSR_MIE, t0
    csrc XVM_CSR_MIDELEG, t0

    /* Nested: guest S (VM=1) fault 24 -> nest_strap (S, VM=0), whose
     * illegal instruction goes to M (not delegated) and comes back; then
     * sret returns into the guest with VM=1 after the faulting instruction. */
    la t0, nest_strap
    csrw XVM_CSR_STVEC, t0
    li s7, 1 << XVM_EXC_ILLEGAL_INSN
    csrc XVM_CSR_MEDELEG, s7
    CHECK 18
    GVA s6, nest_snip
    RUN PS, 1, s6, 1
    EXPECT_M_TRAP XVM_EXC_ILLEGAL_INSN, PS, 0
    EXPECT_END PS, 1
    EXPECT_FIELD REC_E_VMCTL, XVM_VMCTL_SPVM_BIT, 1, 0
    la t0, nest_data
    lw t1, 0(t0)
    EXPECT_EQ t1, 1
    lw t1, 4(t0)
    EXPECT_EQ t1, 1
    lw t1, 8(t0)
    EXPECT_EQ t1, 0x5A5A
    /* The same from guest U (ebreak into S). */
    CHECK 19
    MAP_4K GPAGE_VA, s2, F_URWX
    GVA s6, nest_snip_u
    RUN PU, 1, s6, 1
    EXPECT_M_TRAP XVM_EXC_ILLEGAL_INSN, PS, 0
    EXPECT_END PU, 1
    la t0, nest_data
    lw t1, 0(t0)
    EXPECT_EQ t1, 1
    lw t1, 4(t0)
    EXPECT_EQ t1, 1
    csrs XVM_CSR_MEDELEG, s7
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    TEST_PASS

/* S handler for the nested checks: nest_data = {SPVM at entry, SPVM after
 * the trap into M, a value read from sscratch (only legal with VM=0)}. */
    .balign 4
nest_strap:
    la t3, nest_data
    csrr t4, XVM_CSR_VMCTL
    andi t4, t4, XVM_VMCTL_SPVM
    srli t4, t4, XVM_VMCTL_SPVM_BIT
    sw t4, 0(t3)
    csrr t4, XVM_CSR_MSTATUS
    csrr t4, XVM_CSR_VMCTL
    andi t4, t4, XVM_VMCTL_SPVM
    srli t4, t4, XVM_VMCTL_SPVM_BIT
    sw t4, 4(t3)
    li t4, 0x5A5A
    csrw XVM_CSR_SSCRATCH, t4
    csrr t4, XVM_CSR_SSCRATCH
    sw t4, 8(t3)
    csrr t4, XVM_CSR_SEPC
    addi t4, t4, 4
    csrw XVM_CSR_SEPC, t4
    sret

    .section .data
    .balign 4
nest_data:
    .zero 12

GUEST_PAGE_BEGIN
sens_snip:
    csrr a0, XVM_CSR_SSTATUS
    GEND
load_snip:
    lw a0, 0(a1)
    GEND
ebreak_snip:
    ebreak
    GEND
ecall_snip:
    ecall
nest_snip:
    csrr a0, XVM_CSR_SSTATUS
    GEND
nest_snip_u:
    ebreak
    GEND
GUEST_PAGE_END
