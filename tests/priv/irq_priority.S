/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Interrupt priority MEI > MSI > MTI > SEI > SSI > STI among those pending
 * and enabled (QEMU 7.2 orders them differently). Each round takes the
 * highest one, clears it, and expects the next. */
#define CLINT_MSIP     (XVM_CLINT_BASE + XVM_CLINT_MSIP)
#define CLINT_MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define TAKE(n, irq)                                                       \
    la tp, 1f; csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE; j xt_fail;          \
1:  li tp, 0; TEST_NUM(n); CHECK(t5, XVM_CAUSE_INTERRUPT | irq)
TEST_BEGIN
    csrw XVM_CSR_MIDELEG, zero
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    li x12, XVM_MENVCFGH_STCE
    csrc XVM_CSR_MENVCFGH, x12
    /* MSI, MTI, SSI and STI pending together */
    li x11, CLINT_MSIP
    li x12, 1
    sw x12, 0(x11)
    li x11, CLINT_MTIMECMP
    sw zero, 4(x11)
    sw zero, 0(x11)
    li x12, XVM_MIP_SSIP | XVM_MIP_STIP
    csrs XVM_CSR_MIP, x12
    li x12, XVM_MIP_MSIP | XVM_MIP_MTIP | XVM_MIP_SSIP | XVM_MIP_STIP
    csrw XVM_CSR_MIE, x12
    TAKE(1, XVM_IRQ_MSI)
    li x11, CLINT_MSIP
    sw zero, 0(x11)
    TAKE(2, XVM_IRQ_MTI)
    li x11, CLINT_MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    TAKE(3, XVM_IRQ_SSI)
    csrci XVM_CSR_MIP, XVM_MIP_SSIP
    TAKE(4, XVM_IRQ_STI)
    li x12, XVM_MIP_STIP
    csrc XVM_CSR_MIP, x12
    /* nothing left */
    csrsi XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    TEST_NO_TRAP(5, nop; nop)
    csrci XVM_CSR_MSTATUS, XVM_MSTATUS_MIE
    /* SEI (set by software in mip) ranks between MTI and SSI */
    li x12, XVM_MIP_SEIP | XVM_MIP_SSIP | XVM_MIP_STIP
    csrs XVM_CSR_MIP, x12
    li x12, XVM_MIP_SEIP | XVM_MIP_SSIP | XVM_MIP_STIP
    csrw XVM_CSR_MIE, x12
    TAKE(6, XVM_IRQ_SEI)
    li x12, XVM_MIP_SEIP
    csrc XVM_CSR_MIP, x12
    TAKE(7, XVM_IRQ_SSI)
    csrci XVM_CSR_MIP, XVM_MIP_SSIP
    TAKE(8, XVM_IRQ_STI)
    li x12, XVM_MIP_STIP
    csrc XVM_CSR_MIP, x12
    csrw XVM_CSR_MIE, zero
TEST_END
