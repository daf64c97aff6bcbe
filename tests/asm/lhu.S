/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_LD_OP(1, lhu, 0x000000ff, 0, tdat)
    TEST_LD_OP(2, lhu, 0x0000ff00, 2, tdat)
    TEST_LD_OP(3, lhu, 0x00000ff0, 4, tdat)
    TEST_LD_OP(4, lhu, 0x0000f00f, 6, tdat)
    TEST_LD_OP(5, lhu, 0x00008000, 8, tdat)
    TEST_LD_OP(6, lhu, 0x00007fff, 10, tdat)
    TEST_LD_OP(7, lhu, 0x0000ff00, -6, tdat8)
    TEST_CASE(8, x11, 0x0000f00f, la x11, tdat; lhu x11, 6(x11))
    TEST_CASE(9, x0, 0, la x11, tdat; lhu x0, 0(x11))
TEST_END
    .data
tdat:  .half 0x00ff, 0xff00, 0x0ff0, 0xf00f
tdat8: .half 0x8000, 0x7fff
