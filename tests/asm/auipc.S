/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0, 1: auipc x14, 0; la x11, 1b; sub x14, x14, x11)
    TEST_CASE(2, x14, 0x1000, 1: auipc x14, 1; la x11, 1b; sub x14, x14, x11)
    TEST_CASE(3, x14, 0xfffff000, 1: auipc x14, 0xfffff; la x11, 1b; sub x14, x14, x11)
    TEST_CASE(4, x14, 0x80000000, 1: auipc x14, 0x80000; la x11, 1b; sub x14, x14, x11)
    TEST_CASE(5, x0, 0, auipc x0, 1)
TEST_END
