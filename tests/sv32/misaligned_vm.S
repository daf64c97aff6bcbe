/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Misaligned accesses under translation (QEMU performs page-crossing ones
 * instead of trapping): crossing into an unmapped or read-only page is
 * address-misaligned (priority over the page fault), tval = the access
 * address; an in-page misaligned store to a good page works, and one
 * crossing a page boundary writes nothing. */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pdata, V | R | W | SV_AD)
    SET_PTE(1, pdata, V | R | SV_AD)
    GOTO_S(1f)
1:  li x11, SV_VA(0, 0xffe)
    TEST_TRAP_R(1, XVM_EXC_LOAD_MISALIGNED, x11, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_MISALIGNED, x11, sw x14, 0(x11))
    li x11, SV_VA(1, 0xfff)
    TEST_TRAP_R(3, XVM_EXC_LOAD_MISALIGNED, x11, lhu x14, 0(x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_MISALIGNED, x11, sh x14, 0(x11))
    li x11, SV_VA(0, 0x101)
    TEST_CASE(5, x14, 0xa1b2c3d4, li x12, 0xa1b2c3d4; sw x12, 0(x11); lw x14, 0(x11))
    TEST_CASE(6, x14, 0xb2c3d40d, lw x14, -1(x11))
    /* page 0's last bytes unchanged by the failed crossing store */
    TEST_CASE(7, x14, 0x0d0d0d0d, li x11, SV_VA(0, 0xffc); lw x14, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_TEST_PAGES
