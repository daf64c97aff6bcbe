/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, slt, 0, 0x00000000, 0x00000000)
    TEST_RR_OP(2, slt, 0, 0x00000001, 0x00000001)
    TEST_RR_OP(3, slt, 1, 0x00000003, 0x00000007)
    TEST_RR_OP(4, slt, 0, 0x00000007, 0x00000003)
    TEST_RR_OP(5, slt, 1, 0x80000000, 0x00000000)
    TEST_RR_OP(6, slt, 0, 0x7fffffff, 0x80000000)
    TEST_RR_OP(7, slt, 1, 0x80000000, 0x7fffffff)
    TEST_RR_OP(8, slt, 1, 0xffffffff, 0x00000001)
    TEST_RR_OP(9, slt, 0, 0x00000001, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(10, slt, 0, 14, 13)
    TEST_RR_SRC2_EQ_DEST(11, slt, 1, 11, 13)
    TEST_RR_SRC12_EQ_DEST(12, slt, 0, 13)
    TEST_RR_ZEROSRC1(13, slt, 0, -1)
    TEST_RR_ZEROSRC2(14, slt, 1, -1)
    TEST_RR_ZERODEST(15, slt, 16, 30)
TEST_END
