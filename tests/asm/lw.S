/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_LD_OP(1, lw, 0x00ff00ff, 0, tdat)
    TEST_LD_OP(2, lw, 0xff00ff00, 4, tdat)
    TEST_LD_OP(3, lw, 0x0ff00ff0, 8, tdat)
    TEST_LD_OP(4, lw, 0xf00ff00f, 12, tdat)
    TEST_LD_OP(5, lw, 0x0ff00ff0, -4, tdat12)
    TEST_LD_OP(6, lw, 0x00ff00ff, -12, tdat12)
    /* offset extremes: base chosen so that base+imm hits tdat */
    TEST_CASE(7, x14, 0xff00ff00, la x11, tdat+4-2047; lw x14, 2047(x11))
    TEST_CASE(8, x14, 0x00ff00ff, la x11, tdat; li x12, 2048; add x11, x11, x12; lw x14, -2048(x11))
    TEST_CASE(9, x11, 0xf00ff00f, la x11, tdat; lw x11, 12(x11))
    TEST_CASE(10, x0, 0, la x11, tdat; lw x0, 0(x11))
TEST_END
    .data
tdat:   .word 0x00ff00ff, 0xff00ff00, 0x0ff00ff0
tdat12: .word 0xf00ff00f
