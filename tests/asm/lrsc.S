/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* lr.w / sc.w: reservation rules of docs/architecture.md. */
TEST_BEGIN
    /* lr loads, sc to the same word succeeds (rd 0) and stores */
    TEST_CASE(1, x14, 0x11111111, la x11, lrdat; lr.w x14, (x11))
    TEST_CASE(2, x15, 0, li x12, 0x22222222; sc.w x15, x12, (x11))
    TEST_CASE(3, x14, 0x22222222, lw x14, 0(x11))
    /* every sc clears the reservation: a second sc fails, no store */
    TEST_CASE(4, x15, 1, li x12, 0x33333333; sc.w x15, x12, (x11))
    TEST_CASE(5, x14, 0x22222222, lw x14, 0(x11))
    /* sc without any lr fails */
    TEST_CASE(6, x15, 1, la x11, lrdat+4; li x12, 0x44444444; sc.w x15, x12, (x11))
    TEST_CASE(7, x14, 0x55555555, lw x14, 0(x11))
    /* sc to a different word than the reservation fails */
    TEST_CASE(8, x15, 1, la x11, lrdat; lr.w x14, (x11); la x13, lrdat+4; sc.w x15, x12, (x13))
    TEST_CASE(9, x14, 0x55555555, lw x14, 0(x13))
    /* sc after a load to the reserved word still succeeds */
    TEST_CASE(10, x15, 0, la x11, lrdat; lr.w x14, (x11); lw x13, 0(x11); li x12, 0x77777777; sc.w x15, x12, (x11))
    TEST_CASE(11, x14, 0x77777777, lw x14, 0(x11))
    /* a trap clears the reservation */
    la x11, lrdat
    lr.w x14, (x11)
    TEST_TRAP(12, XVM_EXC_ECALL_M, 0, ecall)
    TEST_CASE(13, x15, 1, li x12, 0x12121212; sc.w x15, x12, (x11))
    /* the lr/sc increment loop used by C atomics */
    TEST_CASE(16, x14, 8, la x11, lrdat+8; li x13, 8; 1: lr.w.aq x14, (x11); addi x14, x14, 1; sc.w.rl x15, x14, (x11); bnez x15, 1b; addi x13, x13, -1; bnez x13, 1b; lw x14, 0(x11))
    /* rd = x0 on sc; the store still happens */
    TEST_CASE(17, x14, 0x0badcafe, la x11, lrdat; lr.w x14, (x11); li x12, 0x0badcafe; sc.w x0, x12, (x11); lw x14, 0(x11))
    /* lr.w with rd = rs1, then sc.w using a fresh address register */
    TEST_CASE(18, x11, 0x0badcafe, la x11, lrdat; lr.w x11, (x11))
    TEST_CASE(19, x15, 0, la x13, lrdat; li x12, 0x600d600d; sc.w x15, x12, (x13))
    TEST_CASE(20, x14, 0x600d600d, lw x14, 0(x13))
TEST_END
    .data
    .balign 8
lrdat: .word 0x11111111, 0x55555555, 0
