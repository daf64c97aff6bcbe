/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_ST_OP(1, lh, sh, 0x000000aa, 0, tdat)
    TEST_ST_OP(2, lh, sh, 0xffffaa00, 2, tdat)
    TEST_ST_OP(3, lhu, sh, 0x0000beef, 4, tdat)
    TEST_ST_OP(4, lh, sh, 0xffffa00a, 6, tdat)
    TEST_ST_OP(5, lh, sh, 0x00000aa0, -2, tdat8)
    TEST_CASE(6, x14, 0xaa0000aa, la x11, tdat; lw x14, 0(x11))
    TEST_CASE(7, x14, 0xbeef5678, la x11, tdat8; li x12, 0x12345678; sh x12, 0(x11); lw x14, 0(x11))
    TEST_CASE(8, x14, 0x56785678, la x11, tdat8; sh x12, 2(x11); lw x14, 0(x11))
TEST_END
    .data
tdat:  .half 0xbeef, 0xbeef, 0xbeef, 0xbeef
tdat8: .half 0xbeef, 0xbeef
