/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Interrupts: CLINT msip (MSI) and mtimecmp (MTI), SSIP through mip, the global enables per privilege, delegation to S, and epc =
 * the next instruction. The handlers report cause | XVM_CAUSE_INTERRUPT
 * and tval 0. */
#define CLINT_MSIP     (XVM_CLINT_BASE + XVM_CLINT_MSIP)
#define CLINT_MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define CLINT_MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    li x12, XVM_MSTATUS_MIE | XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, x12
    /* park the timer far in the future */
    li x11, CLINT_MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    sw x12, 0(x11)
    /* msip: visible in mip, taken when MSIE and MIE; epc = next insn */
    li x11, CLINT_MSIP
    li x12, 1
    sw x12, 0(x11)
    TEST_CASE(1, x14, XVM_MIP_MSIP, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MSIP)
    li x12, XVM_MIP_MSIP
    csrs XVM_CSR_MIE, x12
    /* pending and enabled in mie, but MIE = 0 in M: not taken */
    TEST_NO_TRAP(2, nop; nop)
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
1:  TEST_NUM(3); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_MSI); CHECK(t6, 0)
    TEST_CASE(19, x14, 0, csrr x14, XVM_CSR_MSTATUS; andi x14, x14, XVM_MSTATUS_MIE)
    li tp, 0
    TEST_NUM(4); CHECK_BITS(t4, XVM_MSTATUS_MPIE | XVM_MSTATUS_MIE, XVM_MSTATUS_MPIE)
    li x11, CLINT_MSIP
    sw zero, 0(x11)
    TEST_CASE(5, x14, 0, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MSIP)
    /* machine timer: mtimecmp <= mtime sets MTIP */
    li x11, CLINT_MTIME
    lw x12, 0(x11)
    addi x12, x12, 50
    li x11, CLINT_MTIMECMP
    sw zero, 4(x11)
    sw x12, 0(x11)
    li x12, XVM_MIP_MTIP
    csrw XVM_CSR_MIE, x12
    la tp, 3f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
2:  j 2b
3:  li tp, 0
    TEST_NUM(6); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI)
    /* writing mtimecmp into the future clears MTIP */
    li x11, CLINT_MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    TEST_CASE(7, x14, 0, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MTIP)
    /* SSIP set by software in mip, not delegated: an M interrupt */
    li x12, XVM_MIP_SSIP
    csrs XVM_CSR_MIP, x12
    csrw XVM_CSR_MIE, x12
    la tp, 4f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    j xt_fail
4:  li tp, 0
    TEST_NUM(8); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI)
    /* from S, an M-level interrupt is taken whatever MIE says; resume in
     * M, where MIE = 0 holds it off */
    la tp, 7f + 1
    GOTO_S(6f)
6:  nop
    j xt_fail
7:  TEST_NUM(10); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI)
    li tp, 0
    /* delegated SSI: never taken in M, taken in S when SIE, in U always */
    li x12, XVM_MIP_SSIP
    csrw XVM_CSR_MIDELEG, x12
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    TEST_NO_TRAP(11, nop; nop)
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    /* sie/sip show the delegated SSI */
    TEST_CASE(12, x14, XVM_MIP_SSIP, csrr x14, XVM_CSR_SIP)
    TEST_CASE(13, x14, XVM_MIP_SSIP, csrr x14, XVM_CSR_SIE)
    GOTO_S(8f)
8:  TEST_NO_TRAP(14, nop; nop)
    la tp, 9f
    csrsi XVM_CSR_SSTATUS, XVM_MSTATUS_SIE
    j xt_fail
9:  TEST_NUM(15); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); CHECK(t6, 0)
    /* SSIP through sip */
    li tp, 0
    csrci XVM_CSR_SIP, XVM_MIP_SSIP
    TEST_CASE(16, x14, 0, csrr x14, XVM_CSR_SIP)
    csrsi XVM_CSR_SIP, XVM_MIP_SSIP
    TEST_CASE(17, x14, XVM_MIP_SSIP, csrr x14, XVM_CSR_SIP)
    /* in U with SIE = 0: taken (to S) anyway; resume in S */
    la tp, 11f + 1
    SGOTO_U(10f)
10: nop
    j xt_fail
11: TEST_NUM(18); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI)
    li tp, 0
    csrci XVM_CSR_SIP, XVM_MIP_SSIP
    BACK_TO_M
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
TEST_END
