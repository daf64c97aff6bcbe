/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Every satp write flushes the TLB (docs/architecture.md; QEMU flushes
 * only when the value changes): a PTE change followed by a write of the
 * same satp value, without sfence.vma, is seen. */
#define P_RW (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | SV_AD)
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pageA, P_RW)
    GOTO_S(1f)
1:  TEST_CASE(1, x14, 0xaaaa0040, li x11, SV_VA(0, 0x40); lw x14, 0(x11))
    la x12, pageB
    srli x12, x12, 12
    slli x12, x12, 10
    ori x12, x12, P_RW
    la x13, sv_l1
    sw x12, 0(x13)
    csrr x12, XVM_CSR_SATP
    csrw XVM_CSR_SATP, x12
    TEST_CASE(2, x14, 0xbbbb0040, lw x14, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_DATA_PAGES
