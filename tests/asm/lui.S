/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0x00000000, lui x14, 0x00000)
    TEST_CASE(2, x14, 0xfffff000, lui x14, 0xfffff)
    TEST_CASE(3, x14, 0x7ffff000, lui x14, 0x7ffff)
    TEST_CASE(4, x14, 0x80000000, lui x14, 0x80000)
    /* the low 12 bits are cleared */
    TEST_CASE(5, x14, 0x12345000, li x14, -1; lui x14, 0x12345)
    TEST_CASE(6, x14, 0xfffffc00, lui x14, 0xfffff; srai x14, x14, 2)
    TEST_CASE(7, x0, 0, lui x0, 0x80000)
TEST_END
