/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, divu, 3, 20, 6)
    TEST_RR_OP(2, divu, 715827879, -20, 6)
    TEST_RR_OP(3, divu, 0, 20, -6)
    TEST_RR_OP(4, divu, 0, -20, -6)
    TEST_RR_OP(5, divu, 1, -6, -20)
    TEST_RR_OP(6, divu, 0x80000000, 0x80000000, 1)
    TEST_RR_OP(7, divu, 0, 0x80000000, -1)
    TEST_RR_OP(8, divu, 0xffffffff, 0x80000000, 0)
    TEST_RR_OP(9, divu, 0xffffffff, 1, 0)
    TEST_RR_OP(10, divu, 0xffffffff, 0, 0)
    TEST_RR_SRC1_EQ_DEST(11, divu, 2, 13, 6)
    TEST_RR_SRC2_EQ_DEST(12, divu, 2, 14, 6)
    TEST_RR_SRC12_EQ_DEST(13, divu, 1, -13)
    TEST_RR_ZEROSRC1(14, divu, 0, 31)
    TEST_RR_ZEROSRC2(15, divu, -1, 32)
    TEST_RR_ZERODEST(16, divu, 33, 34)
TEST_END
