/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, mulh, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, mulh, 0x00000000, 0x00000001, 0x00000001)
    TEST_RR_OP(3, mulh, 0x00000000, 0x00000003, 0x00000007)
    TEST_RR_OP(4, mulh, 0x40000000, 0x80000000, 0x80000000)
    TEST_RR_OP(5, mulh, 0x00000000, 0x80000000, 0xffffffff)
    TEST_RR_OP(6, mulh, 0xc0000000, 0x80000000, 0x7fffffff)
    TEST_RR_OP(7, mulh, 0x3fffffff, 0x7fffffff, 0x7fffffff)
    TEST_RR_OP(8, mulh, 0x00000000, 0xffffffff, 0xffffffff)
    TEST_RR_OP(9, mulh, 0xffffffff, 0xffffffff, 0x00000001)
    TEST_RR_OP(10, mulh, 0xffff0081, 0xaaaaaaab, 0x0002fe7d)
    TEST_RR_SRC1_EQ_DEST(11, mulh, 0x00000003, 0x00001b00, 0x00200000)
    TEST_RR_SRC2_EQ_DEST(12, mulh, 0xffffffe0, 0xfffe0000, 0x00100000)
    TEST_RR_SRC12_EQ_DEST(13, mulh, 0x00000001, 0x00010000)
    TEST_RR_ZEROSRC1(14, mulh, 0, -1)
    TEST_RR_ZEROSRC2(15, mulh, 0, -1)
    TEST_RR_ZERODEST(16, mulh, 0x80000000, 0x80000000)
TEST_END
