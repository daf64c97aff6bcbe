/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* medeleg basics, and exceptions delegated to S from S and
 * U (sstatus.SPP/SPIE/SIE, scause, sepc, stval) but never from M. */
TEST_BEGIN
    TEST_CASE(1, x14, 1 << XVM_EXC_ILLEGAL_INSN, li x12, 1 << XVM_EXC_ILLEGAL_INSN; csrw XVM_CSR_MEDELEG, x12; csrr x14, XVM_CSR_MEDELEG)
    TEST_CASE(2, x14, 1 << XVM_EXC_ECALL_U, li x12, 1 << XVM_EXC_ECALL_U; csrw XVM_CSR_MEDELEG, x12; csrr x14, XVM_CSR_MEDELEG)
    TEST_CASE(3, x14, 1 << XVM_EXC_ILLEGAL_INSN, li x12, 1 << XVM_EXC_ILLEGAL_INSN; csrw XVM_CSR_MEDELEG, x12; csrr x14, XVM_CSR_MEDELEG)
    /* in M, a delegated cause still traps to M */
    TEST_TRAP(4, XVM_EXC_ILLEGAL_INSN, 0xffffffff, .word 0xffffffff)
    TEST_CASE(5, x14, XVM_EXC_ILLEGAL_INSN, csrr x14, XVM_CSR_MCAUSE)
    /* ecall from U delegated: handled in S */
    li x12, 1 << XVM_EXC_ECALL_U
    csrw XVM_CSR_MEDELEG, x12
    li x12, 0x7777
    csrw XVM_CSR_MCAUSE, x12
    li x12, XVM_MSTATUS_SIE
    csrs XVM_CSR_MSTATUS, x12
    GOTO_U(1f)
1:  TEST_TRAP(6, XVM_EXC_ECALL_U, 0, ecall)
    /* handled in S: SPP = U, SPIE = old SIE (1), SIE = 0 */
    TEST_NUM(7); CHECK_BITS(t4, XVM_MSTATUS_SPP | XVM_MSTATUS_SPIE | XVM_MSTATUS_SIE, XVM_MSTATUS_SPIE)
    BACK_TO_S
    /* illegal instruction from S, not delegated: to M, mcause changes */
    TEST_TRAP(8, XVM_EXC_ILLEGAL_INSN, 0xffffffff, .word 0xffffffff)
    /* ... and the S handler state is untouched */
    TEST_CASE(9, x14, XVM_EXC_ECALL_U, csrr x14, XVM_CSR_SCAUSE)
    TEST_CASE(10, x14, 0, csrr x14, XVM_CSR_STVAL)
    /* an M CSR from S, not delegated: to M */
    TEST_TRAP(11, XVM_EXC_ILLEGAL_INSN, 0x30529073, csrw XVM_CSR_MTVEC, x5)
    BACK_TO_M
    TEST_CASE(12, x14, XVM_EXC_ECALL_S, csrr x14, XVM_CSR_MCAUSE)
    /* delegated illegal instruction from S: handled in S, SPP = S */
    li x12, 1 << XVM_EXC_ILLEGAL_INSN
    csrw XVM_CSR_MEDELEG, x12
    GOTO_S(2f)
2:  TEST_TRAP(13, XVM_EXC_ILLEGAL_INSN, 0x00000000, .word 0)
    TEST_NUM(14); CHECK_BITS(t4, XVM_MSTATUS_SPP, XVM_MSTATUS_SPP)
    BACK_TO_M
    /* delegated load access fault from U: stval = address */
    li x12, 1 << XVM_EXC_LOAD_ACCESS
    csrw XVM_CSR_MEDELEG, x12
    GOTO_U(3f)
3:  li x11, 0x00000010
    TEST_TRAP_R(15, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    BACK_TO_M
    TEST_CASE(16, x14, 0x10, csrr x14, XVM_CSR_STVAL)
    TEST_CASE(17, x14, XVM_EXC_ECALL_U, csrr x14, XVM_CSR_MCAUSE)
    TEST_CASE(18, x14, XVM_EXC_LOAD_ACCESS, csrr x14, XVM_CSR_SCAUSE)
    csrw XVM_CSR_MEDELEG, zero
TEST_END
