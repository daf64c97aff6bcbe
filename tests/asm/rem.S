/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, rem, 2, 20, 6)
    TEST_RR_OP(2, rem, -2, -20, 6)
    TEST_RR_OP(3, rem, 2, 20, -6)
    TEST_RR_OP(4, rem, -2, -20, -6)
    TEST_RR_OP(5, rem, 0, 0x80000000, 1)
    TEST_RR_OP(6, rem, 0, 0x80000000, -1)
    TEST_RR_OP(7, rem, 0x80000000, 0x80000000, 0)
    TEST_RR_OP(8, rem, 1, 1, 0)
    TEST_RR_OP(9, rem, 0, 0, 0)
    TEST_RR_OP(10, rem, -1, -1, 0x80000000)
    TEST_RR_SRC1_EQ_DEST(11, rem, 1, 13, 6)
    TEST_RR_SRC2_EQ_DEST(12, rem, -2, -14, 6)
    TEST_RR_SRC12_EQ_DEST(13, rem, 0, -13)
    TEST_RR_ZEROSRC1(14, rem, 0, 31)
    TEST_RR_ZEROSRC2(15, rem, 32, 32)
    TEST_RR_ZERODEST(16, rem, 33, 34)
TEST_END
