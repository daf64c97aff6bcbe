/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* ebreak: cause 3, tval = pc (docs/architecture.md; QEMU writes 0). */
TEST_BEGIN
    la x12, xt_at_1
    TEST_TRAP_R(1, XVM_EXC_BREAKPOINT, x12, ebreak)
    li x14, 0x4321
    la x12, xt_at_2
    TEST_TRAP_R(2, XVM_EXC_BREAKPOINT, x12, ebreak)
    TEST_CASE(3, x14, 0x4321, nop)
TEST_END
