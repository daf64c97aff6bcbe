/* SPDX-License-Identifier: Apache-2.0 */
/* R8: sret sets VM <- vmctl.SPVM and clears SPVM; mret sets VM <-
 * mstatush.MPVM when returning to S or U, VM <- 0 when returning to M, and
 * clears MPVM. */
#include "harness.h"

#define UALIAS_VA 0x00002000     /* the guest page again, as a U page */

/* sret from S (VM=0) with SPP=spp, SPVM=spvm to target (label, at its S or
 * U address): the target's GEND must run in spp with VM=spvm, SPVM=0. */
.macro SRET_CASE n, spp, spvm
    CHECK \n
    .if (\spp) == PS
    GVA t3, gend_snip
    li t0, XVM_MSTATUS_SPP
    csrs XVM_CSR_MSTATUS, t0
    .else
    GVA t3, gend_snip
    li t0, UALIAS_VA
    add t3, t3, t0
    li t0, XVM_MSTATUS_SPP
    csrc XVM_CSR_MSTATUS, t0
    .endif
    csrw XVM_CSR_SEPC, t3
    li t0, XVM_VMCTL_SPVM
    .if \spvm
    csrs XVM_CSR_VMCTL, t0
    .else
    csrc XVM_CSR_VMCTL, t0
    .endif
    GVA s6, sret_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP \spp, \spvm
    EXPECT_FIELD REC_E_VMCTL, XVM_VMCTL_SPVM_BIT, 1, 0
.endm

/* mret to priv with MPVM=mpvm (RUN is an mret). */
.macro MRET_CASE n, priv, mpvm
    CHECK \n
    .if (\priv) == PS
    GVA s6, gend_snip
    .else
    GVA s6, gend_snip
    li t0, UALIAS_VA
    add s6, s6, t0
    .endif
    RUN \priv, \mpvm, s6
    EXPECT_NO_TRAP \priv, \mpvm
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K UALIAS_VA, s2, F_URWX
    SRET_CASE 1, PS, 1
    SRET_CASE 2, PS, 0
    SRET_CASE 3, PU, 1
    SRET_CASE 4, PU, 0
    MRET_CASE 5, PS, 1
    MRET_CASE 6, PS, 0
    MRET_CASE 7, PU, 1
    MRET_CASE 8, PU, 0

    /* mret to M with MPVM=1: VM=0 (the GEND from M records VM in MPVM). */
    CHECK 9
    la s6, gend_snip
    RUN PM, 1, s6
    EXPECT_NO_TRAP PM, 0
    /* ... and MPVM is cleared. */
    CHECK 10
    li t0, XVM_MSTATUS_MPP
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrs XVM_CSR_MSTATUSH, t0
    la t0, 1f
    csrw XVM_CSR_MEPC, t0
    mret
1:  csrr t1, XVM_CSR_MSTATUSH
    EXPECT_EQ t1, 0

    /* The monitor's way into a guest, all from S with VM=0: sepc, SPP,
     * SPVM=1, sret; the guest's first instruction is sensitive (24). */
    CHECK 11
    GVA a0, sens_snip
    li a1, XVM_MSTATUS_SPP
    li a2, XVM_VMCTL_SPVM
    GVA s6, enter_snip
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    GVA s6, sens_snip
    EXPECT_REC_R REC_S_EPC, s6
    TEST_PASS

GUEST_PAGE_BEGIN
gend_snip:
    GEND
sret_snip:
    sret
enter_snip:
    csrw XVM_CSR_SEPC, a0
    csrs XVM_CSR_SSTATUS, a1
    csrs XVM_CSR_VMCTL, a2
    sret
sens_snip:
    csrr a0, XVM_CSR_SSCRATCH
    GEND
GUEST_PAGE_END
