/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, add, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, add, 0x00000002, 0x00000001, 0x00000001)
    TEST_RR_OP(3, add, 0x0000000a, 0x00000003, 0x00000007)
    TEST_RR_OP(4, add, 0x80000000, 0x7fffffff, 0x00000001)
    TEST_RR_OP(5, add, 0x7fffffff, 0x80000000, 0xffffffff)
    TEST_RR_OP(6, add, 0x00000000, 0xffffffff, 0x00000001)
    TEST_RR_OP(7, add, 0xfffffffe, 0xffffffff, 0xffffffff)
    TEST_RR_OP(8, add, 0x00000000, 0x80000000, 0x80000000)
    TEST_RR_OP(9, add, 0xffff7fff, 0x00000000, 0xffff7fff)
    TEST_RR_SRC1_EQ_DEST(10, add, 24, 13, 11)
    TEST_RR_SRC2_EQ_DEST(11, add, 25, 14, 11)
    TEST_RR_SRC12_EQ_DEST(12, add, 26, 13)
    TEST_RR_ZEROSRC1(13, add, 15, 15)
    TEST_RR_ZEROSRC2(14, add, 32, 32)
    TEST_RR_ZERODEST(15, add, 16, 30)
    TEST_CASE(16, x0, 0, add x0, x0, x0)
TEST_END
