/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Direct and vectored mtvec/stvec: exceptions go to BASE, interrupts in
 * vectored mode to BASE + 4 * cause. Each vector entry records its index
 * in x21 and continues in the harness handler. */
#define CLINT_MSIP (XVM_CLINT_BASE + XVM_CLINT_MSIP)
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    /* vectored mtvec reads back BASE | 1 */
    la x20, mvec
    ori x20, x20, 1
    TEST_CASE(1, x14, 0, csrw XVM_CSR_MTVEC, x20; csrr x14, XVM_CSR_MTVEC; sub x14, x14, x20)
    /* an exception goes to BASE (entry 0) */
    li x21, -1
    TEST_TRAP(2, XVM_EXC_ECALL_M, 0, ecall)
    TEST_CASE(3, x21, 0, nop)
    /* MSI goes to entry 3 */
    li x21, -1
    li x11, CLINT_MSIP
    li x12, 1
    sw x12, 0(x11)
    li x12, XVM_MIP_MSIP
    csrw XVM_CSR_MIE, x12
    la tp, 1f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    j xt_fail
1:  li tp, 0
    TEST_NUM(4); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_MSI); CHECK(x21, XVM_IRQ_MSI)
    li x11, CLINT_MSIP
    sw zero, 0(x11)
    /* SSI (not delegated) goes to entry 1 */
    li x21, -1
    li x12, XVM_MIP_SSIP
    csrs XVM_CSR_MIP, x12
    csrw XVM_CSR_MIE, x12
    la tp, 2f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    j xt_fail
2:  li tp, 0
    TEST_NUM(5); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); CHECK(x21, XVM_IRQ_SSI)
    /* direct mode: interrupts go to BASE too */
    la x20, mvec
    csrw XVM_CSR_MTVEC, x20
    li x21, -1
    la tp, 3f
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    j xt_fail
3:  li tp, 0
    TEST_NUM(6); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); CHECK(x21, 0)
    csrci XVM_CSR_MIP, XVM_MIP_SSIP
    csrw XVM_CSR_MIE, zero
    /* stvec vectored: delegated SSI from U lands at entry 1 of svec,
     * a delegated exception at entry 0 */
    la x20, svec
    ori x20, x20, 1
    TEST_CASE(7, x14, 0, csrw XVM_CSR_STVEC, x20; csrr x14, XVM_CSR_STVEC; sub x14, x14, x20)
    li x12, XVM_MIP_SSIP
    csrw XVM_CSR_MIDELEG, x12
    csrw XVM_CSR_MIE, x12
    li x12, 1 << XVM_EXC_ECALL_U
    csrw XVM_CSR_MEDELEG, x12
    li x21, -1
    GOTO_U(4f)
4:  TEST_TRAP(8, XVM_EXC_ECALL_U, 0, ecall)
    TEST_CASE(9, x21, 0x100, nop)
    BACK_TO_S
    csrsi XVM_CSR_SIP, XVM_MIP_SSIP
    li x21, -1
    la tp, 6f + 1
    SGOTO_U(5f)
5:  nop
    j xt_fail
6:  li tp, 0
    TEST_NUM(10); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI); CHECK(x21, 0x100 + XVM_IRQ_SSI)
    csrci XVM_CSR_SIP, XVM_MIP_SSIP
    BACK_TO_M
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    la x20, xt_mtrap
    csrw XVM_CSR_MTVEC, x20
TEST_END

    /* vector entries are one instruction each */
    .balign 64
mvec:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    j mvec_\n
    .endr
    .balign 64
svec:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    j svec_\n
    .endr
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
mvec_\n: li x21, \n; j xt_mtrap
svec_\n: li x21, 0x100 + \n; j xt_strap
    .endr
