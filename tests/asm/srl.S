/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, srl, 0x80000000, 0x80000000, 0)
    TEST_RR_OP(2, srl, 0x40000000, 0x80000000, 1)
    TEST_RR_OP(3, srl, 0x00000001, 0x80000000, 31)
    TEST_RR_OP(4, srl, 0x01ffffff, 0xffffffff, 7)
    TEST_RR_OP(5, srl, 0x00000001, 0xffffffff, 31)
    TEST_RR_OP(6, srl, 0x21212121, 0x21212121, 0xffffffe0)
    TEST_RR_OP(7, srl, 0x10909090, 0x21212121, 0xffffffe1)
    TEST_RR_OP(8, srl, 0x00000000, 0x21212121, 0xffffffff)
    TEST_RR_SRC1_EQ_DEST(9, srl, 0x01000000, 0x80000000, 7)
    TEST_RR_SRC2_EQ_DEST(10, srl, 0x00020000, 0x80000000, 14)
    TEST_RR_SRC12_EQ_DEST(11, srl, 0, 7)
    TEST_RR_ZEROSRC1(12, srl, 0, 15)
    TEST_RR_ZEROSRC2(13, srl, 32, 32)
    TEST_RR_ZERODEST(14, srl, 16, 30)
TEST_END
