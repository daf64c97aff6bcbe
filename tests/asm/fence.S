/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* fence orders memory; on one hart it must not change any result. */
TEST_BEGIN
    TEST_CASE(1, x14, 0x13579bdf, la x11, fdat; li x12, 0x13579bdf; sw x12, 0(x11); fence; lw x14, 0(x11))
    TEST_CASE(2, x14, 0x2468ace0, li x12, 0x2468ace0; sw x12, 0(x11); fence rw, rw; lw x14, 0(x11))
    TEST_CASE(3, x14, 0x11223344, li x12, 0x11223344; fence w, r; sw x12, 4(x11); fence r, w; lw x14, 4(x11))
    TEST_CASE(4, x14, 0x2468ace0, fence iorw, iorw; lw x14, 0(x11))
    /* fence.tso encoding */
    TEST_CASE(5, x14, 0x11223344, fence.tso; lw x14, 4(x11))
TEST_END
    .data
fdat: .word 0, 0
