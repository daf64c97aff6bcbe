/* SPDX-License-Identifier: Apache-2.0 */
/* R10 without translation: the mask applies to the virtual address whatever
 * satp.MODE, so with satp Bare a guest (VM=1) whose code sits above the
 * limit cannot even fetch, and an M-mode MPRV access with MPP=S and MPVM=1
 * is masked too. VM=0 and VAMSB=31 mask nothing. RAM is at 0x80000000, so
 * VAMSB=30 puts all of it above the limit. */
#include "harness.h"

.macro FETCH_FAULT n, priv
    CHECK \n
    la s6, gend_snip
    RUN \priv, 1, s6
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, \priv, 1
    EXPECT_REC_R REC_S_TVAL, s6
    EXPECT_REC_R REC_S_EPC, s6
.endm

/* M-mode load from s7 with MPRV=1, MPP=S, MPVM=mpvm (a trap is resumed). */
.macro MPRV_LOAD mpvm
    call xh_clear
    SET_RESUME REC_M_RESUME, 1
    li t0, XVM_MSTATUS_MPP
    csrc XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUS_MPP_S | XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    .if \mpvm
    csrs XVM_CSR_MSTATUSH, t0
    .else
    csrc XVM_CSR_MSTATUSH, t0
    .endif
    li a0, 0
    lw a0, 0(s7)
    li t0, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrc XVM_CSR_MSTATUSH, t0
.endm

TEST_BODY
    BARE
    SET_VAMSB 30
    FETCH_FAULT 1, PS
    FETCH_FAULT 2, PU
    CHECK 3
    la s6, gend_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 0

    la s7, xh_dpage
    li t0, 0x5EED
    sw t0, 0(s7)
    CHECK 4
    MPRV_LOAD 1
    EXPECT_M_TRAP XVM_EXC_LOAD_ACCESS, PM, 0
    EXPECT_REC_R REC_M_TVAL, s7
    EXPECT_EQ a0, 0
    CHECK 5
    MPRV_LOAD 0
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_EQ a0, 0x5EED

    SET_VAMSB 31
    CHECK 6
    la s6, gend_snip
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 1
    CHECK 7
    MPRV_LOAD 1
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_EQ a0, 0x5EED
    TEST_PASS

GUEST_PAGE_BEGIN
gend_snip:
    GEND
GUEST_PAGE_END
