/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* ecall in M-mode: cause 11, tval 0, epc = the ecall; it does not retire,
 * so execution resumes only through the handler. */
TEST_BEGIN
    TEST_TRAP(1, XVM_EXC_ECALL_M, 0, ecall)
    /* registers are untouched by the trap */
    li x14, 0x1234
    TEST_TRAP(2, XVM_EXC_ECALL_M, 0, ecall)
    TEST_CASE(3, x14, 0x1234, nop)
    /* ecall with mtval holding an old value: cleared to 0 */
    li x12, 0x55aa55aa
    csrw XVM_CSR_MTVAL, x12
    TEST_TRAP(4, XVM_EXC_ECALL_M, 0, ecall)
    /* illegal instruction: tval holds the instruction bits */
    TEST_TRAP(5, XVM_EXC_ILLEGAL_INSN, 0xffffffff, .word 0xffffffff)
    TEST_TRAP(6, XVM_EXC_ILLEGAL_INSN, 0x00000000, .word 0x00000000)
TEST_END
