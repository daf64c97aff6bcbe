/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, mul, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, mul, 0x00000001, 0x00000001, 0x00000001)
    TEST_RR_OP(3, mul, 0x00000015, 0x00000003, 0x00000007)
    TEST_RR_OP(4, mul, 0x00000000, 0x00000000, 0xffff8000)
    TEST_RR_OP(5, mul, 0x00000000, 0x80000000, 0x80000000)
    TEST_RR_OP(6, mul, 0x80000000, 0x80000000, 0xffffffff)
    TEST_RR_OP(7, mul, 0x00000001, 0xffffffff, 0xffffffff)
    TEST_RR_OP(8, mul, 0x0000ff7f, 0xaaaaaaab, 0x0002fe7d)
    TEST_RR_OP(9, mul, 0xfffffffe, 0x7fffffff, 0x00000002)
    TEST_RR_SRC1_EQ_DEST(10, mul, 143, 13, 11)
    TEST_RR_SRC2_EQ_DEST(11, mul, 154, 14, 11)
    TEST_RR_SRC12_EQ_DEST(12, mul, 169, 13)
    TEST_RR_ZEROSRC1(13, mul, 0, 31)
    TEST_RR_ZEROSRC2(14, mul, 0, 32)
    TEST_RR_ZERODEST(15, mul, 33, 34)
TEST_END
