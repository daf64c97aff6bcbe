/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_LD_OP(1, lb, 0xffffffff, 0, tdat)
    TEST_LD_OP(2, lb, 0x00000000, 1, tdat)
    TEST_LD_OP(3, lb, 0xfffffff0, 2, tdat)
    TEST_LD_OP(4, lb, 0x0000000f, 3, tdat)
    TEST_LD_OP(5, lb, 0xffffff80, 4, tdat)
    TEST_LD_OP(6, lb, 0x0000007f, 5, tdat)
    TEST_LD_OP(7, lb, 0x00000000, -3, tdat4)
    TEST_LD_OP(8, lb, 0xfffffff0, -2, tdat4)
    /* rd = rs1 */
    TEST_CASE(9, x11, 0x0000000f, la x11, tdat; lb x11, 3(x11))
    TEST_CASE(10, x0, 0, la x11, tdat; lb x0, 0(x11))
TEST_END
    .data
tdat:  .byte 0xff, 0x00, 0xf0, 0x0f
tdat4: .byte 0x80, 0x7f, 0x00, 0x00
