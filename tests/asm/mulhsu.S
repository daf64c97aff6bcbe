/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, mulhsu, 0x00000000, 0x00000000, 0x00000000)
    TEST_RR_OP(2, mulhsu, 0x00000000, 0x00000001, 0x00000001)
    TEST_RR_OP(3, mulhsu, 0xc0000000, 0x80000000, 0x80000000)
    TEST_RR_OP(4, mulhsu, 0x80000000, 0x80000000, 0xffffffff)
    TEST_RR_OP(5, mulhsu, 0xffffffff, 0xffffffff, 0xffffffff)
    TEST_RR_OP(6, mulhsu, 0x7ffffffe, 0x7fffffff, 0xffffffff)
    TEST_RR_OP(7, mulhsu, 0xffffffff, 0xffffffff, 0x00000001)
    TEST_RR_OP(8, mulhsu, 0xffff0081, 0xaaaaaaab, 0x0002fe7d)
    TEST_RR_OP(9, mulhsu, 0x00000000, 0x00000001, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(10, mulhsu, 0x00000003, 0x00001b00, 0x00200000)
    TEST_RR_SRC2_EQ_DEST(11, mulhsu, 0xffffffe0, 0xfffe0000, 0x00100000)
    TEST_RR_SRC12_EQ_DEST(12, mulhsu, 0xffffffff, 0xffffffff)
    TEST_RR_ZEROSRC1(13, mulhsu, 0, -1)
    TEST_RR_ZEROSRC2(14, mulhsu, 0, -1)
    TEST_RR_ZERODEST(15, mulhsu, -1, -1)
TEST_END
