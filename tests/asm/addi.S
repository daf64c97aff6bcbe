/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, addi, 0x00000000, 0x00000000, 0)
    TEST_IMM_OP(2, addi, 0x00000002, 0x00000001, 1)
    TEST_IMM_OP(3, addi, 0xfffff800, 0x00000000, -2048)
    TEST_IMM_OP(4, addi, 0x000007ff, 0x00000000, 2047)
    TEST_IMM_OP(5, addi, 0x7ffff800, 0x80000000, -2048)
    TEST_IMM_OP(6, addi, 0x800007fe, 0x7fffffff, 2047)
    TEST_IMM_OP(7, addi, 0x00000000, 0xffffffff, 1)
    TEST_IMM_OP(8, addi, 0xfffffffe, 0xffffffff, -1)
    TEST_IMM_SRC1_EQ_DEST(9, addi, 24, 13, 11)
    TEST_IMM_ZEROSRC1(10, addi, 32, 32)
    TEST_IMM_ZERODEST(11, addi, 33, 50)
    /* nop is addi x0, x0, 0 */
    TEST_CASE(12, x0, 0, nop)
TEST_END
