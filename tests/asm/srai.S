/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, srai, 0x80000000, 0x80000000, 0)
    TEST_IMM_OP(2, srai, 0xc0000000, 0x80000000, 1)
    TEST_IMM_OP(3, srai, 0xffffffff, 0x80000000, 31)
    TEST_IMM_OP(4, srai, 0x00ffffff, 0x7fffffff, 7)
    TEST_IMM_OP(5, srai, 0x00000000, 0x7fffffff, 31)
    TEST_IMM_OP(6, srai, 0xff030303, 0x81818181, 7)
    TEST_IMM_SRC1_EQ_DEST(7, srai, 0xff000000, 0x80000000, 7)
    TEST_IMM_ZEROSRC1(8, srai, 0, 4)
    TEST_IMM_ZERODEST(9, srai, 33, 10)
TEST_END
