/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Exact minstret accounting (QEMU's instret is not exact): every retired
 * instruction counts once, a trapping one (ecall) does not, and a CSR
 * write to minstret suppresses that instruction's own increment. */
TEST_BEGIN
    /* csrr; 3 x nop; csrr: the second read sees 4 more */
    TEST_CASE(1, x14, 4, csrr x12, XVM_CSR_MINSTRET; nop; nop; nop; csrr x13, XVM_CSR_MINSTRET; sub x14, x13, x12)
    TEST_CASE(2, x14, 4, csrr x12, XVM_CSR_INSTRET; nop; nop; nop; csrr x13, XVM_CSR_INSTRET; sub x14, x13, x12)
    /* a write is seen as written by the next read */
    TEST_CASE(3, x14, 100, li x12, 100; csrw XVM_CSR_MINSTRET, x12; csrr x14, XVM_CSR_MINSTRET)
    TEST_CASE(4, x14, 1001, li x12, 1000; csrw XVM_CSR_MINSTRET, x12; nop; csrr x14, XVM_CSR_MINSTRET)
    /* carry into minstreth */
    TEST_CASE(5, x14, 1, csrw XVM_CSR_MINSTRETH, zero; li x12, -1; csrw XVM_CSR_MINSTRET, x12; nop; csrr x14, XVM_CSR_MINSTRETH)
    TEST_CASE(6, x14, 1, csrr x14, XVM_CSR_MINSTRET; sltiu x14, x14, 16)
    /* ecall does not retire: the handler's instructions are counted, the
     * ecall itself is not. Count the handler by running it twice. */
    csrr x15, XVM_CSR_MINSTRET
    TEST_TRAP(7, XVM_EXC_ECALL_M, 0, ecall)
    csrr x16, XVM_CSR_MINSTRET
    TEST_TRAP(8, XVM_EXC_ECALL_M, 0, ecall; nop)
    csrr x17, XVM_CSR_MINSTRET
    /* both intervals hold the same instructions apart from the ecall */
    TEST_CASE(9, x14, 0, sub x18, x16, x15; sub x19, x17, x16; sub x14, x18, x19)
    /* mcycle: a write is seen by the next read, plus the few cycles since */
    TEST_CASE(10, x14, 0, li x12, 5000; csrw XVM_CSR_MCYCLE, x12; csrr x13, XVM_CSR_MCYCLE; sltu x14, x13, x12)
    TEST_CASE(11, x14, 1, li x12, 5100; sltu x14, x13, x12)
TEST_END
