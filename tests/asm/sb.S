/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_ST_OP(1, lb, sb, 0xffffffaa, 0, tdat)
    TEST_ST_OP(2, lb, sb, 0x00000000, 1, tdat)
    TEST_ST_OP(3, lb, sb, 0xffffffa0, 2, tdat)
    TEST_ST_OP(4, lb, sb, 0x0000000a, 3, tdat)
    TEST_ST_OP(5, lb, sb, 0xffffffaa, -3, tdat8)
    /* only one byte is written, neighbours kept */
    TEST_CASE(6, x14, 0x0aa000aa, la x11, tdat; lw x14, 0(x11))
    TEST_CASE(7, x14, 0xefefaa78, la x11, tdat4; li x12, 0x12345678; sb x12, 0(x11); lw x14, 0(x11))
    TEST_CASE(8, x14, 0x34efaa78, la x11, tdat4; li x12, 0x12345634; sb x12, 3(x11); lw x14, 0(x11))
    TEST_CASE(9, x14, 0, la x11, tdat8; sb x0, 0(x11); lbu x14, 0(x11))
TEST_END
    .data
tdat:  .byte 0xef, 0xef, 0xef, 0xef
tdat4: .byte 0xef, 0xef, 0xef, 0xef
tdat8: .byte 0xef, 0xef, 0xef, 0xef
