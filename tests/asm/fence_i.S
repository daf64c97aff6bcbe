/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* fence.i makes stores to instruction memory visible to fetch. */
TEST_BEGIN
    /* patch "addi x14, x0, 1" into "addi x14, x0, 2" and run it */
    TEST_CASE(1, x14, 2, la x11, patch; lw x12, 0(x11); li x13, 1 << 20; add x12, x12, x13; sw x12, 0(x11); fence.i; jal x1, patch)
    /* patch again, this time to 3 */
    TEST_CASE(2, x14, 3, lw x12, 0(x11); add x12, x12, x13; sw x12, 0(x11); fence.i; jal x1, patch)
    /* a patched instruction straight after the fence.i */
    TEST_CASE(3, x14, 0x7ff, la x11, 1f; li x12, 0x7ff00713; sw x12, 0(x11); fence.i; 1: addi x14, x0, 0)
TEST_END
    .data
    .balign 4
patch:
    addi x14, x0, 1
    ret
