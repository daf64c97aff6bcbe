/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_BR_TAKEN(1, beq, 0, 0)
    TEST_BR_TAKEN(2, beq, 1, 1)
    TEST_BR_TAKEN(3, beq, -1, -1)
    TEST_BR_TAKEN(4, beq, 0x80000000, 0x80000000)
    TEST_BR_NOT_TAKEN(5, beq, 0, 1)
    TEST_BR_NOT_TAKEN(6, beq, 1, 0)
    TEST_BR_NOT_TAKEN(7, beq, -1, 1)
    TEST_BR_NOT_TAKEN(8, beq, 0x80000000, 0)
    /* backward taken branch: the loop runs exactly three times */
    TEST_CASE(9, x14, 3, li x14, 0; li x11, 3; li x12, 0; 1: addi x14, x14, 1; addi x12, x12, 1; beq x12, x11, 2f; j 1b; 2:)
    /* x0 as both operands */
    TEST_CASE(10, x14, 1, li x14, 0; beq x0, x0, 1f; j xt_fail; 1: li x14, 1)
TEST_END
