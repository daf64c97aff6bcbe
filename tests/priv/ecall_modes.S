/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* ecall from each privilege: cause, tval 0, epc, and mstatus.MPP/MPIE/MIE
 * written by the trap entry. */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    /* from U */
    csrw XVM_CSR_MIE, zero
    li x12, XVM_MSTATUS_MPIE
    csrs XVM_CSR_MSTATUS, x12
    GOTO_U(1f)
1:  TEST_TRAP(1, XVM_EXC_ECALL_U, 0, ecall)
    /* MPP = U, MPIE = MIE before the trap (mret set it from MPIE=1), MIE = 0 */
    TEST_NUM(2); CHECK_BITS(t4, XVM_MSTATUS_MPP, 0)
    TEST_NUM(3); CHECK_BITS(t4, XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE, XVM_MSTATUS_MPIE)
    BACK_TO_M
    /* from S */
    GOTO_S(2f)
2:  TEST_TRAP(4, XVM_EXC_ECALL_S, 0, ecall)
    TEST_NUM(5); CHECK_BITS(t4, XVM_MSTATUS_MPP, XVM_MSTATUS_MPP_S)
    BACK_TO_M
    /* from M: MPP = M, MPIE = the MIE that was 0 */
    li x12, XVM_MSTATUS_MIE
    csrc XVM_CSR_MSTATUS, x12
    TEST_TRAP(6, XVM_EXC_ECALL_M, 0, ecall)
    TEST_NUM(7); CHECK_BITS(t4, XVM_MSTATUS_MPP | XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE, XVM_MSTATUS_MPP_M)
    /* mcause/mepc/mtval read back the trap */
    TEST_CASE(8, x14, XVM_EXC_ECALL_M, csrr x14, XVM_CSR_MCAUSE)
    TEST_CASE(9, x14, 0, csrr x14, XVM_CSR_MTVAL)
TEST_END
