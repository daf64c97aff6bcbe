/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, mulhu, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, mulhu, 0x00000000, 0x00000001, 0x00000001)
    TEST_RR_OP(3, mulhu, 0x40000000, 0x80000000, 0x80000000)
    TEST_RR_OP(4, mulhu, 0x7fffffff, 0x80000000, 0xffffffff)
    TEST_RR_OP(5, mulhu, 0xfffffffe, 0xffffffff, 0xffffffff)
    TEST_RR_OP(6, mulhu, 0x00000000, 0xffffffff, 0x00000001)
    TEST_RR_OP(7, mulhu, 0x0001fefe, 0xaaaaaaab, 0x0002fe7d)
    TEST_RR_OP(8, mulhu, 0x3fffffff, 0x7fffffff, 0x7fffffff)
    TEST_RR_SRC1_EQ_DEST(9, mulhu, 0x00000003, 0x00001b00, 0x00200000)
    TEST_RR_SRC2_EQ_DEST(10, mulhu, 0x000fffe0, 0xfffe0000, 0x00100000)
    TEST_RR_SRC12_EQ_DEST(11, mulhu, 0xfffffffe, 0xffffffff)
    TEST_RR_ZEROSRC1(12, mulhu, 0, -1)
    TEST_RR_ZEROSRC2(13, mulhu, 0, -1)
    TEST_RR_ZERODEST(14, mulhu, -1, -1)
TEST_END
