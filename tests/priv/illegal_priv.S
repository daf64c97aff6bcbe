/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Privileged instructions in the wrong mode, mstatus.TSR/TVM/TW. Every
 * illegal-instruction trap has tval = the instruction bits. */
#define MRET        0x30200073
#define SRET        0x10200073
#define WFI         0x10500073
#define SFENCE_VMA  0x12000073
#define CSRR_SATP   0x18002773   /* csrr x14, satp */
#define CSRW_SATP   0x18001073   /* csrw satp, x0 */
#define CSRR_MSTATUS 0x30002773  /* csrr x14, mstatus */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIE, zero
    csrw XVM_CSR_SATP, zero
    /* U: mret, sret, wfi, sfence.vma, M and S CSRs are illegal */
    GOTO_U(1f)
1:  TEST_TRAP(1, XVM_EXC_ILLEGAL_INSN, MRET, .word MRET)
    TEST_TRAP(2, XVM_EXC_ILLEGAL_INSN, SRET, .word SRET)
    TEST_TRAP(3, XVM_EXC_ILLEGAL_INSN, WFI, .word WFI)
    TEST_TRAP(4, XVM_EXC_ILLEGAL_INSN, SFENCE_VMA, .word SFENCE_VMA)
    TEST_TRAP(5, XVM_EXC_ILLEGAL_INSN, CSRR_SATP, .word CSRR_SATP)
    TEST_TRAP(6, XVM_EXC_ILLEGAL_INSN, CSRR_MSTATUS, .word CSRR_MSTATUS)
    BACK_TO_M
    /* S: mret and M CSRs illegal; sret, sfence.vma, satp legal */
    GOTO_S(2f)
2:  TEST_TRAP(7, XVM_EXC_ILLEGAL_INSN, MRET, .word MRET)
    TEST_TRAP(8, XVM_EXC_ILLEGAL_INSN, CSRR_MSTATUS, .word CSRR_MSTATUS)
    TEST_NO_TRAP(9, sfence.vma; .word CSRR_SATP; .word CSRW_SATP)
    TEST_NO_TRAP(10, la x12, 3f; csrw XVM_CSR_SEPC, x12; li x12, XVM_MSTATUS_SPP; csrs XVM_CSR_SSTATUS, x12; sret; j xt_fail; 3:)
    BACK_TO_M
    /* TSR: sret in S illegal (still legal in M: it returns to S here) */
    li x12, XVM_MSTATUS_TSR
    csrs XVM_CSR_MSTATUS, x12
    GOTO_S(4f)
4:  TEST_TRAP(11, XVM_EXC_ILLEGAL_INSN, SRET, .word SRET)
    BACK_TO_M
    TEST_NO_TRAP(12, la x12, 5f; csrw XVM_CSR_SEPC, x12; li x12, XVM_MSTATUS_SPP; csrs XVM_CSR_MSTATUS, x12; sret; j xt_fail; 5:)
    BACK_TO_M
    li x12, XVM_MSTATUS_TSR
    csrc XVM_CSR_MSTATUS, x12
    /* TVM: satp and sfence.vma in S illegal, fine in M */
    li x12, XVM_MSTATUS_TVM
    csrs XVM_CSR_MSTATUS, x12
    GOTO_S(6f)
6:  TEST_TRAP(13, XVM_EXC_ILLEGAL_INSN, CSRR_SATP, .word CSRR_SATP)
    TEST_TRAP(14, XVM_EXC_ILLEGAL_INSN, CSRW_SATP, .word CSRW_SATP)
    TEST_TRAP(15, XVM_EXC_ILLEGAL_INSN, SFENCE_VMA, .word SFENCE_VMA)
    BACK_TO_M
    TEST_NO_TRAP(16, .word CSRR_SATP; sfence.vma)
    li x12, XVM_MSTATUS_TVM
    csrc XVM_CSR_MSTATUS, x12
    /* TW: wfi in S illegal; without TW it waits for a pending enabled
     * interrupt, which here is already pending (SSIP set, SSIE enabled,
     * not delegated, taken in S since priv < M) */
    li x12, XVM_MSTATUS_TW
    csrs XVM_CSR_MSTATUS, x12
    GOTO_S(7f)
7:  TEST_TRAP(17, XVM_EXC_ILLEGAL_INSN, WFI, .word WFI)
    BACK_TO_M
    li x12, XVM_MSTATUS_TW
    csrc XVM_CSR_MSTATUS, x12
    /* wfi in M with an enabled pending interrupt but MIE = 0: retires */
    li x12, XVM_MSTATUS_MIE
    csrc XVM_CSR_MSTATUS, x12
    li x12, XVM_MIP_SSIP
    csrs XVM_CSR_MIP, x12
    csrs XVM_CSR_MIE, x12
    TEST_NO_TRAP(18, wfi)
    csrw XVM_CSR_MIE, zero
    csrc XVM_CSR_MIP, x12
TEST_END
