/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, slli, 0x00000001, 0x00000001, 0)
    TEST_IMM_OP(2, slli, 0x00000002, 0x00000001, 1)
    TEST_IMM_OP(3, slli, 0x80000000, 0x00000001, 31)
    TEST_IMM_OP(4, slli, 0x90909080, 0x21212121, 7)
    TEST_IMM_OP(5, slli, 0x80000000, 0xffffffff, 31)
    TEST_IMM_OP(6, slli, 0xffffffff, 0xffffffff, 0)
    TEST_IMM_SRC1_EQ_DEST(7, slli, 0x00000080, 1, 7)
    TEST_IMM_ZEROSRC1(8, slli, 0, 31)
    TEST_IMM_ZERODEST(9, slli, 33, 20)
TEST_END
