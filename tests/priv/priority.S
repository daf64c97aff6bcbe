/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Exception priority within a data access (docs/architecture.md):
 * address-misaligned (page crossing) before access fault; an in-page
 * misaligned access is performed, so its fault is an access fault with
 * tval = the address of the access. No partial store on a fault. */
TEST_BEGIN
    /* page-crossing misaligned at an address with no device */
    li x11, 0x00080ffe
    TEST_TRAP_R(1, XVM_EXC_LOAD_MISALIGNED, x11, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_MISALIGNED, x11, sw x14, 0(x11))
    /* in-page misaligned at no device: access fault, tval = address */
    li x11, 0x00080001
    TEST_TRAP_R(3, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_ACCESS, x11, sh x14, 0(x11))
    li x11, 0x00080003
    TEST_TRAP_R(5, XVM_EXC_LOAD_ACCESS, x11, lhu x14, 0(x11))
    /* misaligned AMO at no device: misaligned first */
    li x11, 0x00080002
    TEST_TRAP_R(6, XVM_EXC_STORE_MISALIGNED, x11, amoadd.w x14, x12, (x11))
    /* illegal instruction before a would-be fault: an illegal encoding
     * with load-like fields still reports illegal */
    TEST_TRAP(7, XVM_EXC_ILLEGAL_INSN, 0x00007003, .word 0x00007003)
TEST_END
