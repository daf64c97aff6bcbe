/* SPDX-License-Identifier: Apache-2.0 */
/* R9: with VM=1 the interrupts that target S are enabled whatever
 * sstatus.SIE (they are taken at once, before the guest's first
 * instruction, even a sensitive one); the individual enables in sie and the
 * delegation in mideleg still apply; M-level interrupts are unchanged. */
#include "harness.h"

.macro SSIP_ON
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIP, t0
.endm
.macro SSIP_OFF
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIP, t0
.endm

/* Taken into S before the first instruction of the guest (s6: sensitive,
 * so that the interrupt must win); s7 is a harmless guest. */
.macro TAKEN_S n, priv, vm, cause
    CHECK \n
    RUN \priv, \vm, s6
    EXPECT_S_TRAP \cause, \priv, \vm
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_REC REC_S_TVAL, 0
.endm

.macro NOT_TAKEN n, priv, vm
    CHECK \n
    RUN \priv, \vm, s7
    EXPECT_NO_TRAP \priv, \vm
.endm

TEST_BODY
    SV32_ON
    GVA s6, sens_snip
    GVA s7, plain_snip
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    li t0, XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, t0
    SSIP_ON
    /* In M nothing is taken: we got here. SIE=0. */
    TAKEN_S 1, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    NOT_TAKEN 2, PS, 0
    li t0, XVM_MSTATUS_SIE
    csrs XVM_CSR_MSTATUS, t0
    TAKEN_S 3, PS, 0, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    TAKEN_S 4, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    li t0, XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, t0
    /* Individual enable off: not taken with VM=1 either. */
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIE, t0
    NOT_TAKEN 5, PS, 1
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIE, t0
    /* U: taken with VM 0 and 1. */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX
    TAKEN_S 6, PU, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    TAKEN_S 7, PU, 0, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    MAP_4K GPAGE_VA, s2, F_SRX
    /* Vectored stvec: the guest's interrupt goes to BASE + 4 * cause. */
    la t0, strap_vectored
    ori t0, t0, 1
    csrw XVM_CSR_STVEC, t0
    TAKEN_S 13, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    SSIP_OFF

    /* The supervisor timer through Sstc: stimecmp = 0 makes STIP pend. */
    li t0, XVM_MIP_STIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    csrw XVM_CSR_STIMECMPH, zero
    csrw XVM_CSR_STIMECMP, zero
    TAKEN_S 8, PS, 1, XVM_CAUSE_INTERRUPT | XVM_IRQ_STI
    NOT_TAKEN 9, PS, 0
    li t0, -1
    csrw XVM_CSR_STIMECMP, t0
    csrw XVM_CSR_STIMECMPH, t0
    NOT_TAKEN 10, PS, 1
    li t0, XVM_MIP_STIP
    csrc XVM_CSR_MIE, t0
    csrc XVM_CSR_MIDELEG, t0

    /* Not delegated, SSIP is an M-level interrupt: taken into M from S
     * with VM 0 and 1 alike. */
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIDELEG, t0
    SSIP_ON
    .irp vm, 0, 1
    CHECK 11 + \vm
    RUN PS, \vm, s6
    EXPECT_M_TRAP XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI, PS, \vm
    EXPECT_REC_R REC_M_EPC, s6
    .endr
    SSIP_OFF
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIE, t0
    TEST_PASS

/* Vector table: only the SSI entry records the trap; any other entry ends
 * the run unrecorded, which fails the check. */
    .balign 256
strap_vectored:
    j wrong_vector
    j xh_strap
    .rept 14
    j wrong_vector
    .endr
wrong_vector:
    GEND

GUEST_PAGE_BEGIN
sens_snip:
    csrr a0, XVM_CSR_SSTATUS
    GEND
plain_snip:
    nop
    GEND
GUEST_PAGE_END
