/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, remu, 2, 20, 6)
    TEST_RR_OP(2, remu, 2, -20, 6)
    TEST_RR_OP(3, remu, 20, 20, -6)
    TEST_RR_OP(4, remu, -20, -20, -6)
    TEST_RR_OP(5, remu, 0, 0x80000000, 1)
    TEST_RR_OP(6, remu, 0x80000000, 0x80000000, -1)
    TEST_RR_OP(7, remu, 0x80000000, 0x80000000, 0)
    TEST_RR_OP(8, remu, 1, 1, 0)
    TEST_RR_OP(9, remu, 0, 0, 0)
    TEST_RR_SRC1_EQ_DEST(10, remu, 1, 13, 6)
    TEST_RR_SRC2_EQ_DEST(11, remu, 2, 14, 6)
    TEST_RR_SRC12_EQ_DEST(12, remu, 0, -13)
    TEST_RR_ZEROSRC1(13, remu, 0, 31)
    TEST_RR_ZEROSRC2(14, remu, 32, 32)
    TEST_RR_ZERODEST(15, remu, 33, 34)
TEST_END
