/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* wfi waits until an interrupt is pending (mip != 0), then
 * retires: with MIE = 0 execution continues after it without a trap;
 * with MIE = 1 the interrupt is taken with epc after the wfi. The timer
 * delay is long enough for QEMU's real-time mtime (10 MHz) too. */
#define CLINT_MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define CLINT_MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
#define ARM_TIMER(delta)                                                   \
    li x11, CLINT_MTIMECMP; li x12, -1; sw x12, 4(x11);                    \
    li x13, CLINT_MTIME; lw x12, 0(x13); li x13, delta; add x12, x12, x13; \
    sw x12, 0(x11); sw zero, 4(x11)
TEST_BEGIN
    csrw XVM_CSR_MIDELEG, zero
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    li x12, XVM_MIP_MTIP
    csrw XVM_CSR_MIE, x12
    ARM_TIMER(5000)
    TEST_NO_TRAP(1, wfi)
    /* it returned because the timer fired */
    TEST_CASE(2, x14, XVM_MIP_MTIP, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MTIP)
    /* with MIE = 1 the interrupt is taken after the wfi */
    ARM_TIMER(5000)
    la tp, 2f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
1:  wfi
    j xt_fail
2:  TEST_NUM(3); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI)
    la x12, 1b + 4
    CHECK_EQ(tp, x12)
    li tp, 0
    /* S-mode wfi with TW = 0 waits too (the M interrupt is taken from S) */
    li x12, XVM_MSTATUS_TW
    csrc XVM_CSR_MSTATUS, x12
    ARM_TIMER(5000)
    la tp, 4f + 1
    GOTO_S(3f)
3:  wfi
    j xt_fail
4:  TEST_NUM(4); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI)
    li tp, 0
    li x11, CLINT_MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    csrw XVM_CSR_MIE, zero
TEST_END
