/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* mret to a privilege below M clears MPRV (priv 1.12; QEMU 7.2 keeps it),
 * mret to M keeps it. */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    li x12, XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, x12
    GOTO_S(1f)
1:  TEST_NUM(1)
    BACK_TO_M
    CHECK_BITS(t4, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP, XVM_MSTATUS_MPP_S)
    li x12, XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, x12
    GOTO_U(2f)
2:  TEST_NUM(2)
    BACK_TO_M
    CHECK_BITS(t4, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP, 0)
    /* to M: kept */
    li x12, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP_M
    csrs XVM_CSR_MSTATUS, x12
    la x12, 3f
    csrw XVM_CSR_MEPC, x12
    mret
3:  TEST_NUM(3); csrr x13, XVM_CSR_MSTATUS; CHECK_BITS(x13, XVM_MSTATUS_MPRV, XVM_MSTATUS_MPRV)
    li x12, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, x12
TEST_END
