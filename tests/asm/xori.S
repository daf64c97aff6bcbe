/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, xori, 0xff00f00f, 0x00ff0f00, -0x0f1)
    TEST_IMM_OP(2, xori, 0x0ff00f00, 0x0ff00ff0, 0x0f0)
    TEST_IMM_OP(3, xori, 0x00ff0ff0, 0x00ff08ff, 0x70f)
    TEST_IMM_OP(4, xori, 0xf00ff0ff, 0xf00ff00f, 0x0f0)
    /* not */
    TEST_IMM_OP(5, xori, 0x12345678, 0xedcba987, -1)
    TEST_IMM_SRC1_EQ_DEST(6, xori, 0xff00f00f, 0xff00f700, 0x70f)
    TEST_IMM_ZEROSRC1(7, xori, 0xfffff800, -2048)
    TEST_IMM_ZERODEST(8, xori, 0x00ff00ff, 0x70f)
TEST_END
