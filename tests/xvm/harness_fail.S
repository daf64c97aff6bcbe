/* SPDX-License-Identifier: Apache-2.0 */
/* The harness's failure path (xh_fail), deliberately taken: check 3 expects
 * 6 and gets 5, so the program must report that check, the value and the
 * expectation, and end with status 3 (test-xvm-harness). */
#include "harness.h"

TEST_BODY
    CHECK 1
    li t1, 6
    EXPECT_EQ t1, 6
    CHECK 3
    li t1, 5
    EXPECT_EQ t1, 6
    CHECK 4
    EXPECT_EQ t1, 5
    TEST_PASS

GUEST_PAGE_BEGIN
    nop
GUEST_PAGE_END
