/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, div, 3, 20, 6)
    TEST_RR_OP(2, div, -3, -20, 6)
    TEST_RR_OP(3, div, -3, 20, -6)
    TEST_RR_OP(4, div, 3, -20, -6)
    TEST_RR_OP(5, div, 0, 5, 7)
    TEST_RR_OP(6, div, 0x80000000, 0x80000000, 1)
    TEST_RR_OP(7, div, 0x80000000, 0x80000000, -1)
    TEST_RR_OP(8, div, -1, 0x80000000, 0)
    TEST_RR_OP(9, div, -1, 1, 0)
    TEST_RR_OP(10, div, -1, 0, 0)
    TEST_RR_OP(11, div, 0xc0000000, 0x80000000, 2)
    TEST_RR_OP(12, div, 0x7fffffff, 0x7fffffff, 1)
    TEST_RR_SRC1_EQ_DEST(13, div, 2, 13, 6)
    TEST_RR_SRC2_EQ_DEST(14, div, -2, -14, 6)
    TEST_RR_SRC12_EQ_DEST(15, div, 1, -13)
    TEST_RR_ZEROSRC1(16, div, 0, 31)
    TEST_RR_ZEROSRC2(17, div, -1, 32)
    TEST_RR_ZERODEST(18, div, 33, 34)
TEST_END
