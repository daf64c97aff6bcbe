/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_BR_TAKEN(1, bge, 0, 0)
    TEST_BR_TAKEN(2, bge, 1, 0)
    TEST_BR_TAKEN(3, bge, 1, -1)
    TEST_BR_TAKEN(4, bge, -1, -2)
    TEST_BR_TAKEN(5, bge, 0x7fffffff, 0x80000000)
    TEST_BR_TAKEN(6, bge, 5, 5)
    TEST_BR_NOT_TAKEN(7, bge, 0, 1)
    TEST_BR_NOT_TAKEN(8, bge, -1, 1)
    TEST_BR_NOT_TAKEN(9, bge, -2, -1)
    TEST_BR_NOT_TAKEN(10, bge, 0x80000000, 0x7fffffff)
    /* backward taken branch: the loop runs exactly three times */
    TEST_CASE(11, x14, 3, li x14, 0; li x11, 3; li x12, 0; 1: addi x14, x14, 1; addi x12, x12, 1; bge x11, x12, 3f; j 2f; 3: bne x12, x11, 1b; 2:)
    /* x0 as both operands */
    TEST_CASE(12, x14, 1, li x14, 0; bge x0, x0, 1f; j xt_fail; 1: li x14, 1)
TEST_END
