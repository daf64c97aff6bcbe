/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* amominu.w: rd gets the old memory value, memory gets old op rs2. */
TEST_BEGIN
    TEST_CASE(1, x14, 0x80000000, la x11, amodat; li x12, 0x80000000; sw x12, 0(x11); li x13, 0xfffff800; amominu.w x14, x13, (x11))
    TEST_CASE(2, x15, 0x80000000, lw x15, 0(x11))
    TEST_CASE(3, x14, 0x80000000, li x13, 0x00000001; amominu.w x14, x13, (x11))
    TEST_CASE(4, x15, 0x00000001, lw x15, 0(x11))
    TEST_CASE(5, x14, 0x12345678, la x11, amodat+4; li x13, 0x7fffffff; amominu.w x14, x13, (x11))
    TEST_CASE(6, x15, 0x12345678, lw x15, 0(x11))
    /* rd = x0 still performs the memory update */
    TEST_CASE(7, x15, 0x5a5a5a5a, la x11, amodat+8; li x13, 0xffffffff; amominu.w x0, x13, (x11); lw x15, 0(x11))
    /* rd = rs2: the old value lands in rd, memory uses the old rs2 */
    TEST_CASE(8, x13, 0x12345678, la x11, amodat+12; li x13, 0x7fffffff; amominu.w x13, x13, (x11))
    TEST_CASE(9, x15, 0x12345678, lw x15, 0(x11))
    /* aq/rl forms */
    TEST_CASE(10, x14, 0x12345678, amominu.w.aqrl x14, x13, (x11))
TEST_END
    .data
    .balign 8
amodat: .word 0, 0x12345678, 0x5a5a5a5a, 0x12345678
