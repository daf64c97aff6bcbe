/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* When an interrupt becomes enabled, it is taken before the next
 * instruction, whatever that instruction would do (trap, store, CSR
 * write, M-unit op): epc = that instruction, which has not executed.
 * Enabling through csrs mstatus, csrw mie, and mret's MIE <- MPIE. */
TEST_BEGIN
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MEDELEG, zero
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    li x12, XVM_MIP_SSIP
    csrs XVM_CSR_MIP, x12
    csrw XVM_CSR_MIE, x12
    /* enabled by csrs mstatus, next is an ecall */
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
2:  ecall
    j xt_fail
1:  TEST_NUM(1); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    /* next is a faulting load */
    li x11, 0x00080000
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
2:  lw x14, 0(x11)
    j xt_fail
1:  TEST_NUM(2); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    /* next is a store: it did not happen */
    la x11, idat
    li x12, 0x99
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
2:  sw x12, 0(x11)
    j xt_fail
1:  TEST_NUM(3); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    TEST_CASE(4, x14, 0, lw x14, 0(x11))
    /* next is a divide and a CSR write: neither happened */
    li x14, 100
    li x12, 7
    csrw XVM_CSR_MSCRATCH, zero
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
2:  div x14, x14, x12
    csrw XVM_CSR_MSCRATCH, x12
    j xt_fail
1:  TEST_NUM(5); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13); CHECK(x14, 100)
    /* enabled by csrw mie with MIE = 1 */
    li x12, XVM_MIP_SSIP
    csrw XVM_CSR_MIE, zero
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    la tp, 1f
    csrw XVM_CSR_MIE, x12
2:  ecall
    j xt_fail
1:  TEST_NUM(6); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    /* enabled by mret (MPIE = 1) returning to M: taken at the target */
    li x12, XVM_MSTATUS_MPIE | XVM_MSTATUS_MPP_M
    csrs XVM_CSR_MSTATUS, x12
    la x12, 2f
    csrw XVM_CSR_MEPC, x12
    la tp, 1f
    mret
    j xt_fail
2:  ecall
    j xt_fail
1:  TEST_NUM(7); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    /* mret to S: the M-level interrupt is taken at the first S instruction */
    la tp, 1f + 1
    GOTO_S(2f)
2:  ecall
    j xt_fail
1:  TEST_NUM(8); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); la x13, 2b; CHECK_EQ(tp, x13)
    CHECK_BITS(t4, XVM_MSTATUS_MPP, XVM_MSTATUS_MPP_S)
    li tp, 0
    csrw XVM_CSR_MIE, zero
    csrci XVM_CSR_MIP, XVM_MIP_SSIP
TEST_END
    .data
idat: .word 0
