/* SPDX-License-Identifier: Apache-2.0 */
/* R5: the virtualization fault is exception 24 with xtval = the instruction
 * bits, taken like any other exception: delegated to S by medeleg bit 24
 * (then scause/stval/sepc/SPP/SPIE as usual, to stvec's BASE also in
 * vectored mode), else taken into M. */
#include "harness.h"

TEST_BODY
    /* medeleg bit 24 is writable; the writable set is XVM_MEDELEG_MASK. */
    CHECK 1
    csrr s7, XVM_CSR_MEDELEG
    li t0, -1
    csrw XVM_CSR_MEDELEG, t0
    csrr t1, XVM_CSR_MEDELEG
    EXPECT_EQ t1, XVM_MEDELEG_MASK
    li t0, 1 << XVM_EXC_VIRT_FAULT
    csrw XVM_CSR_MEDELEG, t0
    csrr t1, XVM_CSR_MEDELEG
    EXPECT_EQ t1, 1 << XVM_EXC_VIRT_FAULT
    csrw XVM_CSR_MEDELEG, s7

    /* Delegated: into S with the usual state, SIE -> SPIE. */
    CHECK 2
    SV32_ON
    li t0, XVM_MSTATUS_SIE
    csrs XVM_CSR_MSTATUS, t0
    GVA s6, sens_snip
    lw s5, sens_snip
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_FIELD REC_S_STATUS, XVM_MSTATUS_SPIE_BIT, 1, 1
    EXPECT_FIELD REC_S_STATUS, XVM_MSTATUS_SIE_BIT, 1, 0

    /* Another instruction at another address: stval and sepc follow. */
    CHECK 3
    GVA s6, sens_snip2
    lw s5, sens_snip2 + 4
    RUN PS, 1, s6
    addi s6, s6, 4
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6

    /* Vectored stvec: exceptions still go to BASE. */
    CHECK 4
    la t0, xh_strap_vectored
    ori t0, t0, 1
    csrw XVM_CSR_STVEC, t0
    GVA s6, sens_snip
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0

    /* Not delegated: into M, MPP=S, MPVM=1, mtval = the instruction. */
    CHECK 5
    li t0, 1 << XVM_EXC_VIRT_FAULT
    csrc XVM_CSR_MEDELEG, t0
    GVA s6, sens_snip
    lw s5, sens_snip
    RUN PS, 1, s6
    EXPECT_M_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_M_TVAL, s5
    EXPECT_REC_R REC_M_EPC, s6
    /* ... and resumable: mret with MPVM=1 returns into the guest. */
    CHECK 6
    GVA s6, sens_snip
    RUN PS, 1, s6, 1
    EXPECT_M_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_END PS, 1
    li t0, 1 << XVM_EXC_VIRT_FAULT
    csrs XVM_CSR_MEDELEG, t0
    TEST_PASS

    /* A vectored stvec whose BASE is the harness's handler: interrupts
     * would go to BASE + 4 * cause; exceptions must go to BASE. Any other
     * entry ends the run unrecorded, which fails the check. */
    .balign 256
xh_strap_vectored:
    j xh_strap
    .rept 31
    j wrong_vector
    .endr
wrong_vector:
    GEND

GUEST_PAGE_BEGIN
sens_snip:
    csrrw a0, XVM_CSR_SSCRATCH, a1
    GEND
sens_snip2:
    nop
    csrrs a0, XVM_CSR_VMCTL, x0
    GEND
GUEST_PAGE_END
