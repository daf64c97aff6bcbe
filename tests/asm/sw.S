/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_ST_OP(1, lw, sw, 0x00aa00aa, 0, tdat)
    TEST_ST_OP(2, lw, sw, 0xaa00aa00, 4, tdat)
    TEST_ST_OP(3, lw, sw, 0x0aa00aa0, 8, tdat)
    TEST_ST_OP(4, lw, sw, 0xa00aa00a, 12, tdat)
    TEST_ST_OP(5, lw, sw, 0x12345678, -4, tdat16)
    TEST_CASE(6, x14, 0xdeadbeef, la x11, tdat16; lw x14, 0(x11))
    TEST_CASE(7, x14, 0, la x11, tdat16; sw x0, 0(x11); lw x14, 0(x11))
    /* store then load through another base register */
    TEST_CASE(8, x14, 0x87654321, la x11, tdat; li x12, 0x87654321; sw x12, 4(x11); addi x13, x11, 8; lw x14, -4(x13))
TEST_END
    .data
tdat:   .word 0xdeadbeef, 0xdeadbeef, 0xdeadbeef, 0xdeadbeef
tdat16: .word 0xdeadbeef
