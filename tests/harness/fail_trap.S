/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* EXPECT_EXIT 12: an unexpected trap fails the current test case. */
TEST_BEGIN
    TEST_NUM(12)
    .word 0
TEST_END
