/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* EXPECT_EXIT 3: an expected trap that does not happen fails. */
TEST_BEGIN
    TEST_TRAP(3, XVM_EXC_ECALL_M, 0, nop)
TEST_END
