/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, sra, 0x80000000, 0x80000000, 0)
    TEST_RR_OP(2, sra, 0xc0000000, 0x80000000, 1)
    TEST_RR_OP(3, sra, 0xffffffff, 0x80000000, 31)
    TEST_RR_OP(4, sra, 0x00ffffff, 0x7fffffff, 7)
    TEST_RR_OP(5, sra, 0x00000000, 0x7fffffff, 31)
    TEST_RR_OP(6, sra, 0x81818181, 0x81818181, 0xffffffe0)
    TEST_RR_OP(7, sra, 0xc0c0c0c0, 0x81818181, 0xffffffe1)
    TEST_RR_OP(8, sra, 0xffffffff, 0x81818181, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(9, sra, 0xff000000, 0x80000000, 7)
    TEST_RR_SRC2_EQ_DEST(10, sra, 0xfffe0000, 0x80000000, 14)
    TEST_RR_SRC12_EQ_DEST(11, sra, 0, 7)
    TEST_RR_ZEROSRC1(12, sra, 0, 15)
    TEST_RR_ZEROSRC2(13, sra, 32, 32)
    TEST_RR_ZERODEST(14, sra, 16, 30)
TEST_END
