/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, slti, 0, 0x00000000, 0)
    TEST_IMM_OP(2, slti, 1, 0x00000003, 7)
    TEST_IMM_OP(3, slti, 0, 0x00000007, 3)
    TEST_IMM_OP(4, slti, 1, 0x80000000, 0)
    TEST_IMM_OP(5, slti, 0, 0x7fffffff, -2048)
    TEST_IMM_OP(6, slti, 1, 0x80000000, 2047)
    TEST_IMM_OP(7, slti, 1, 0xfffff000, -2048)
    TEST_IMM_OP(8, slti, 0, 0x00000000, -1)
    TEST_IMM_OP(9, slti, 1, 0xffffffff, 0)
    TEST_IMM_SRC1_EQ_DEST(10, slti, 1, 11, 13)
    TEST_IMM_ZEROSRC1(11, slti, 0, -1)
    TEST_IMM_ZERODEST(12, slti, 0x00ff00ff, 0x0ff)
TEST_END
