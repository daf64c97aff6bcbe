/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, srli, 0x80000000, 0x80000000, 0)
    TEST_IMM_OP(2, srli, 0x40000000, 0x80000000, 1)
    TEST_IMM_OP(3, srli, 0x00000001, 0x80000000, 31)
    TEST_IMM_OP(4, srli, 0x01ffffff, 0xffffffff, 7)
    TEST_IMM_OP(5, srli, 0x00000001, 0xffffffff, 31)
    TEST_IMM_OP(6, srli, 0x00424242, 0x21212121, 7)
    TEST_IMM_SRC1_EQ_DEST(7, srli, 0x01000000, 0x80000000, 7)
    TEST_IMM_ZEROSRC1(8, srli, 0, 4)
    TEST_IMM_ZERODEST(9, srli, 33, 10)
TEST_END
