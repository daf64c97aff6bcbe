/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* EXPECT_EXIT 7: a wrong value in test case 7 exits with status 7. */
TEST_BEGIN
    TEST_CASE(6, x14, 1, li x14, 1)
    TEST_CASE(7, x14, 2, li x14, 3)
    TEST_CASE(8, x14, 1, li x14, 1)
TEST_END
