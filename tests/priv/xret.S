/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* mret and sret: privilege from MPP/SPP, xIE <- xPIE, xPIE <- 1,
 * xPP <- U (MPRV clearing: mret_mprv.S). */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIE, zero
    /* mret to M: MIE <- MPIE (1), MPIE <- 1, MPP <- U, MPRV kept */
    li x12, XVM_MSTATUS_MPIE | XVM_MSTATUS_MPP_M | XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, x12
    li x12, XVM_MSTATUS_MIE
    csrc XVM_CSR_MSTATUS, x12
    la x12, 1f
    csrw XVM_CSR_MEPC, x12
    mret
1:  TEST_CASE(1, x14, 0, csrr x13, XVM_CSR_MSTATUS; li x14, 0)
    CHECK_BITS(x13, XVM_MSTATUS_MPP | XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE | XVM_MSTATUS_MPRV, XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE | XVM_MSTATUS_MPRV)
    /* mret with MPIE = 0 clears MIE */
    li x12, XVM_MSTATUS_MPIE
    csrc XVM_CSR_MSTATUS, x12
    li x12, XVM_MSTATUS_MPP_M
    csrs XVM_CSR_MSTATUS, x12
    la x12, 2f
    csrw XVM_CSR_MEPC, x12
    mret
2:  TEST_NUM(2); csrr x13, XVM_CSR_MSTATUS
    CHECK_BITS(x13, XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE, XVM_MSTATUS_MPIE)
    /* the trap back from S records MPP = S, from U MPP = U */
    li x12, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, x12
    GOTO_S(3f)
3:  TEST_NUM(3)
    BACK_TO_M
    CHECK_BITS(t4, XVM_MSTATUS_MPP, XVM_MSTATUS_MPP_S)
    GOTO_U(4f)
4:  TEST_NUM(4)
    BACK_TO_M
    CHECK_BITS(t4, XVM_MSTATUS_MPP, 0)
    /* sret to U: SIE <- SPIE, SPIE <- 1, SPP <- U */
    GOTO_S(5f)
5:  li x12, XVM_MSTATUS_SPIE | XVM_MSTATUS_SIE
    csrc XVM_CSR_SSTATUS, x12
    li x12, XVM_MSTATUS_SPIE
    csrs XVM_CSR_SSTATUS, x12
    SGOTO_U(6f)
6:  TEST_NUM(5)
    /* U cannot read sstatus: look at mstatus in M */
    BACK_TO_M
    CHECK_BITS(t4, XVM_MSTATUS_SPP | XVM_MSTATUS_SPIE | XVM_MSTATUS_SIE | XVM_MSTATUS_MPP, XVM_MSTATUS_SPIE | XVM_MSTATUS_SIE)
    /* sret to S (SPP = 1) keeps S; SPP <- U afterwards; SPIE=0 -> SIE=0 */
    GOTO_S(7f)
7:  li x12, XVM_MSTATUS_SPP
    csrs XVM_CSR_SSTATUS, x12
    li x12, XVM_MSTATUS_SPIE
    csrc XVM_CSR_SSTATUS, x12
    la x12, 8f
    csrw XVM_CSR_SEPC, x12
    sret
8:  TEST_CASE(6, x13, 0, csrr x13, XVM_CSR_SSTATUS; li x12, XVM_MSTATUS_SPP | XVM_MSTATUS_SPIE | XVM_MSTATUS_SIE; and x13, x13, x12; li x12, XVM_MSTATUS_SPIE; xor x13, x13, x12)
    /* still in S: the ecall reports cause 9 */
    TEST_TRAP(7, XVM_EXC_ECALL_S, 0, ecall)
    BACK_TO_M
    /* xret resumes at xepc exactly */
    TEST_CASE(8, x14, 5, li x14, 0; la x12, 9f; csrw XVM_CSR_MEPC, x12; li x12, XVM_MSTATUS_MPP_M; csrs XVM_CSR_MSTATUS, x12; mret; li x14, 1; 9: addi x14, x14, 5)
TEST_END
