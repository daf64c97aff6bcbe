/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* jal and taken branches to a target that is not 4-byte aligned: cause 0
 * raised by the jump/branch, tval = target (QEMU 7.2 reports the pc of
 * the jump instead). Hand-encoded: the assembler refuses odd offsets. */
TEST_BEGIN
    /* jal x0, +2 */
    la x11, xt_at_1 + 2
    TEST_TRAP_R(1, XVM_EXC_INSN_MISALIGNED, x11, .word 0x0020006f)
    /* beq x0, x0, +2 taken */
    la x11, xt_at_2 + 2
    TEST_TRAP_R(2, XVM_EXC_INSN_MISALIGNED, x11, .word 0x00000163)
    /* the same branch not taken (bne x0, x0, +2) does not trap */
    TEST_NO_TRAP(3, .word 0x00001163)
    /* the link register is not written by a trapping jal x14, +2 */
    TEST_CASE(4, x14, 0x55, li x14, 0x55; la tp, 2f; .word 0x0020076f; j xt_fail; 2: li tp, 0)
    /* blt x0, x11(=1), -6 taken: backward misaligned target */
    li x11, 1
    la x12, xt_at_5 - 6
    TEST_TRAP_R(5, XVM_EXC_INSN_MISALIGNED, x12, .word 0xfeb04de3)
TEST_END
