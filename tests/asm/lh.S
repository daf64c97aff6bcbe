/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_LD_OP(1, lh, 0x000000ff, 0, tdat)
    TEST_LD_OP(2, lh, 0xffffff00, 2, tdat)
    TEST_LD_OP(3, lh, 0x00000ff0, 4, tdat)
    TEST_LD_OP(4, lh, 0xfffff00f, 6, tdat)
    TEST_LD_OP(5, lh, 0xffff8000, 8, tdat)
    TEST_LD_OP(6, lh, 0x00007fff, 10, tdat)
    TEST_LD_OP(7, lh, 0xffffff00, -6, tdat8)
    TEST_CASE(8, x11, 0x00000ff0, la x11, tdat; lh x11, 4(x11))
    TEST_CASE(9, x0, 0, la x11, tdat; lh x0, 0(x11))
TEST_END
    .data
tdat:  .half 0x00ff, 0xff00, 0x0ff0, 0xf00f
tdat8: .half 0x8000, 0x7fff
