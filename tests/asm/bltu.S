/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_BR_TAKEN(1, bltu, 0, 1)
    TEST_BR_TAKEN(2, bltu, 1, -1)
    TEST_BR_TAKEN(3, bltu, -2, -1)
    TEST_BR_TAKEN(4, bltu, 0x7fffffff, 0x80000000)
    TEST_BR_TAKEN(5, bltu, 0, 0x80000000)
    TEST_BR_NOT_TAKEN(6, bltu, 1, 0)
    TEST_BR_NOT_TAKEN(7, bltu, -1, 1)
    TEST_BR_NOT_TAKEN(8, bltu, -1, -2)
    TEST_BR_NOT_TAKEN(9, bltu, 0x80000000, 0x7fffffff)
    TEST_BR_NOT_TAKEN(10, bltu, 5, 5)
    /* backward taken branch: the loop runs exactly three times */
    TEST_CASE(11, x14, 3, li x14, 0; li x11, 3; li x12, 0; 1: addi x14, x14, 1; addi x12, x12, 1; bltu x12, x11, 1b)
    /* x0 as both operands */
    TEST_CASE(12, x14, 1, li x14, 0; bltu x0, x0, xt_fail; li x14, 1)
TEST_END
