/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_BR_TAKEN(1, bne, 0, 1)
    TEST_BR_TAKEN(2, bne, 1, 0)
    TEST_BR_TAKEN(3, bne, -1, 1)
    TEST_BR_TAKEN(4, bne, 0x80000000, 0)
    TEST_BR_NOT_TAKEN(5, bne, 0, 0)
    TEST_BR_NOT_TAKEN(6, bne, 1, 1)
    TEST_BR_NOT_TAKEN(7, bne, -1, -1)
    TEST_BR_NOT_TAKEN(8, bne, 0x80000000, 0x80000000)
    /* backward taken branch: the loop runs exactly three times */
    TEST_CASE(9, x14, 3, li x14, 0; li x11, 3; li x12, 0; 1: addi x14, x14, 1; addi x12, x12, 1; bne x12, x11, 1b)
    /* x0 as both operands */
    TEST_CASE(10, x14, 1, li x14, 0; bne x0, x0, xt_fail; li x14, 1)
TEST_END
