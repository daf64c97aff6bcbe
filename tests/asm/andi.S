/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_IMM_OP(1, andi, 0xff00ff00, 0xff00ff00, -0x0f1)
    TEST_IMM_OP(2, andi, 0x000000f0, 0x0ff00ff0, 0x0f0)
    TEST_IMM_OP(3, andi, 0x0000000f, 0x00ff00ff, 0x70f)
    TEST_IMM_OP(4, andi, 0x00000000, 0xf00ff00f, 0x0f0)
    /* the sign-extended immediate keeps the upper bits */
    TEST_IMM_OP(5, andi, 0x12345000, 0x12345678, -2048)
    TEST_IMM_SRC1_EQ_DEST(6, andi, 0x00000000, 0xff00ff00, 0x0f0)
    TEST_IMM_ZEROSRC1(7, andi, 0, -1)
    TEST_IMM_ZERODEST(8, andi, 0x00ff00ff, 0x70f)
TEST_END
