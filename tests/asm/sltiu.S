/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, sltiu, 0, 0x00000000, 0)
    TEST_IMM_OP(2, sltiu, 1, 0x00000003, 7)
    TEST_IMM_OP(3, sltiu, 0, 0x00000007, 3)
    /* the immediate is sign-extended, then compared unsigned */
    TEST_IMM_OP(4, sltiu, 1, 0x00000000, -1)
    TEST_IMM_OP(5, sltiu, 1, 0x7fffffff, -2048)
    TEST_IMM_OP(6, sltiu, 0, 0xfffff800, -2048)
    TEST_IMM_OP(7, sltiu, 1, 0xfffff7ff, -2048)
    TEST_IMM_OP(8, sltiu, 0, 0x80000000, 2047)
    TEST_IMM_OP(9, sltiu, 1, 0xfffffffe, -1)
    /* seqz */
    TEST_IMM_OP(10, sltiu, 1, 0, 1)
    TEST_IMM_SRC1_EQ_DEST(11, sltiu, 1, 11, 13)
    TEST_IMM_ZEROSRC1(12, sltiu, 1, -1)
    TEST_IMM_ZERODEST(13, sltiu, 0x00ff00ff, 0x0ff)
TEST_END
