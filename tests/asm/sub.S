/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, sub, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, sub, 0x00000000, 0x00000001, 0x00000001)
    TEST_RR_OP(3, sub, 0xfffffffc, 0x00000003, 0x00000007)
    TEST_RR_OP(4, sub, 0x7fffffff, 0x80000000, 0x00000001)
    TEST_RR_OP(5, sub, 0x80000000, 0x7fffffff, 0xffffffff)
    TEST_RR_OP(6, sub, 0x80000001, 0x00000000, 0x7fffffff)
    TEST_RR_OP(7, sub, 0x00000000, 0x80000000, 0x80000000)
    TEST_RR_OP(8, sub, 0x00000001, 0x00000000, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(9, sub, 2, 13, 11)
    TEST_RR_SRC2_EQ_DEST(10, sub, 3, 14, 11)
    TEST_RR_SRC12_EQ_DEST(11, sub, 0, 13)
    TEST_RR_ZEROSRC1(12, sub, -15, 15)
    TEST_RR_ZEROSRC2(13, sub, 32, 32)
    TEST_RR_ZERODEST(14, sub, 16, 30)
TEST_END
