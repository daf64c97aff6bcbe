/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    /* link value is pc+4, target reached */
    TEST_CASE(1, x14, 0, li x1, 0; 1: jal x1, 2f; j xt_fail; 2: la x11, 1b; addi x11, x11, 4; sub x14, x1, x11)
    /* rd=x0: plain jump, no link */
    TEST_CASE(2, x0, 0, jal x0, 1f; j xt_fail; 1:)
    /* backward jump */
    TEST_CASE(3, x14, 2, li x14, 0; j 2f; 1: addi x14, x14, 1; j 3f; 2: addi x14, x14, 1; jal x5, 1b; 3:)
    /* rd other than ra */
    TEST_CASE(4, x14, 0, 1: jal x15, 2f; j xt_fail; 2: la x11, 1b; addi x11, x11, 4; sub x14, x15, x11)
TEST_END
