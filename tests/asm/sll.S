/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, sll, 0x00000001, 0x00000001, 0)
    TEST_RR_OP(2, sll, 0x00000002, 0x00000001, 1)
    TEST_RR_OP(3, sll, 0x80000000, 0x00000001, 31)
    TEST_RR_OP(4, sll, 0x21212121, 0x21212121, 0)
    TEST_RR_OP(5, sll, 0x90909080, 0x21212121, 7)
    TEST_RR_OP(6, sll, 0x80000000, 0x21212121, 31)
    /* only the low 5 bits of rs2 count */
    TEST_RR_OP(7, sll, 0x21212121, 0x21212121, 0xffffffe0)
    TEST_RR_OP(8, sll, 0x42424242, 0x21212121, 0xffffffe1)
    TEST_RR_OP(9, sll, 0x80000000, 0x21212121, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(10, sll, 0x00000080, 1, 7)
    TEST_RR_SRC2_EQ_DEST(11, sll, 0x00004000, 1, 14)
    TEST_RR_SRC12_EQ_DEST(12, sll, 24, 3)
    TEST_RR_ZEROSRC1(13, sll, 0, 15)
    TEST_RR_ZEROSRC2(14, sll, 32, 32)
    TEST_RR_ZERODEST(15, sll, 16, 30)
TEST_END
