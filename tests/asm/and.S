/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_RR_OP(1, and, 0x0f000f00, 0xff00ff00, 0x0f0f0f0f)
    TEST_RR_OP(2, and, 0x00f000f0, 0x0ff00ff0, 0xf0f0f0f0)
    TEST_RR_OP(3, and, 0x000f000f, 0x00ff00ff, 0x0f0f0f0f)
    TEST_RR_OP(4, and, 0xf000f000, 0xf00ff00f, 0xf0f0f0f0)
    TEST_RR_SRC1_EQ_DEST(5, and, 0x0f000f00, 0xff00ff00, 0x0f0f0f0f)
    TEST_RR_SRC2_EQ_DEST(6, and, 0x0f000f00, 0xff00ff00, 0x0f0f0f0f)
    TEST_RR_SRC12_EQ_DEST(7, and, 0xff00ff00, 0xff00ff00)
    TEST_RR_ZEROSRC1(8, and, 0, 0xff00ff00)
    TEST_RR_ZEROSRC2(9, and, 0, 0x00ff00ff)
    TEST_RR_ZERODEST(10, and, 0x11111111, 0x22222222)
TEST_END
