/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, ori, 0xffffff0f, 0xff00ff00, -0x0f1)
    TEST_IMM_OP(2, ori, 0x0ff00ff0, 0x0ff00ff0, 0x0f0)
    TEST_IMM_OP(3, ori, 0x00ff07ff, 0x00ff00ff, 0x70f)
    TEST_IMM_OP(4, ori, 0xf00ff0ff, 0xf00ff00f, 0x0f0)
    TEST_IMM_OP(5, ori, 0xfffff800, 0x00000000, -2048)
    TEST_IMM_SRC1_EQ_DEST(6, ori, 0xff00fff0, 0xff00ff00, 0x0f0)
    TEST_IMM_ZEROSRC1(7, ori, 0x000007ff, 2047)
    TEST_IMM_ZERODEST(8, ori, 0x00ff00ff, 0x70f)
TEST_END
