/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, sltu, 0, 0x00000000, 0x00000000)
    TEST_RR_OP(2, sltu, 0, 0x00000001, 0x00000001)
    TEST_RR_OP(3, sltu, 1, 0x00000003, 0x00000007)
    TEST_RR_OP(4, sltu, 0, 0x00000007, 0x00000003)
    TEST_RR_OP(5, sltu, 0, 0x80000000, 0x00000000)
    TEST_RR_OP(6, sltu, 1, 0x7fffffff, 0x80000000)
    TEST_RR_OP(7, sltu, 0, 0xffffffff, 0x00000001)
    TEST_RR_OP(8, sltu, 1, 0x00000001, 0xffffffff)
    TEST_RR_OP(9, sltu, 1, 0xfffffffe, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(10, sltu, 0, 14, 13)
    TEST_RR_SRC2_EQ_DEST(11, sltu, 1, 11, 13)
    TEST_RR_SRC12_EQ_DEST(12, sltu, 0, 13)
    TEST_RR_ZEROSRC1(13, sltu, 1, -1)
    TEST_RR_ZEROSRC2(14, sltu, 0, -1)
    TEST_RR_ZERODEST(15, sltu, 16, 30)
TEST_END
