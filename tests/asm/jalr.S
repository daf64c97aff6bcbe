/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0, la x11, 2f; 1: jalr x1, 0(x11); j xt_fail; 2: la x12, 1b; addi x12, x12, 4; sub x14, x1, x12)
    /* positive and negative offsets */
    TEST_CASE(2, x14, 0, la x11, 2f; addi x11, x11, -16; jalr x1, 16(x11); j xt_fail; 2: li x14, 0)
    TEST_CASE(3, x14, 0, la x11, 2f; addi x11, x11, 8; jalr x1, -8(x11); j xt_fail; 2: li x14, 0)
    /* bit 0 of the target is cleared */
    TEST_CASE(4, x14, 0, la x11, 2f; jalr x1, 1(x11); j xt_fail; 2: li x14, 0)
    /* rd == rs1: the target uses the old value */
    TEST_CASE(5, x14, 0, la x11, 2f; 1: jalr x11, 0(x11); j xt_fail; 2: la x12, 1b; addi x12, x12, 4; sub x14, x11, x12)
    /* rd = x0 */
    TEST_CASE(6, x0, 0, la x11, 2f; jalr x0, 0(x11); j xt_fail; 2:)
TEST_END
