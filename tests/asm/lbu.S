/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_LD_OP(1, lbu, 0x000000ff, 0, tdat)
    TEST_LD_OP(2, lbu, 0x00000000, 1, tdat)
    TEST_LD_OP(3, lbu, 0x000000f0, 2, tdat)
    TEST_LD_OP(4, lbu, 0x0000000f, 3, tdat)
    TEST_LD_OP(5, lbu, 0x00000080, 4, tdat)
    TEST_LD_OP(6, lbu, 0x0000007f, 5, tdat)
    TEST_LD_OP(7, lbu, 0x000000f0, -2, tdat4)
    TEST_CASE(8, x11, 0x000000f0, la x11, tdat; lbu x11, 2(x11))
    TEST_CASE(9, x0, 0, la x11, tdat; lbu x0, 0(x11))
TEST_END
    .data
tdat:  .byte 0xff, 0x00, 0xf0, 0x0f
tdat4: .byte 0x80, 0x7f, 0x00, 0x00
