/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Instructions on a path not taken, or after a trapping instruction, must
 * have no effect: no trap, no register write, no store. */
TEST_BEGIN
    la x11, wdat
    li x12, 0x77
    /* taken branches and jumps over faulting and system instructions */
    TEST_NO_TRAP(1, beq x0, x0, 1f; .word 0; ecall; ebreak; lw x14, 0(x0); sw x12, 0(x0); mret; 1:)
    TEST_NO_TRAP(2, jal x0, 1f; csrw XVM_CSR_MVENDORID, x0; lw x14, 0(x0); 1:)
    TEST_NO_TRAP(3, la x13, 1f; jalr x0, 0(x13); .word 0xffffffff; amoadd.w x0, x0, (x0); 1:)
    /* ... and their register writes and stores do not happen */
    TEST_CASE(4, x14, 0x55, li x14, 0x55; beq x0, x0, 1f; li x14, 1; sw x12, 0(x11); 1:)
    TEST_CASE(5, x15, 0, lw x15, 0(x11))
    TEST_CASE(6, x14, 0x55, bne x11, x0, 1f; addi x14, x14, 1; div x14, x14, x0; 1:)
    /* a trapping load: the following instructions do not execute */
    li x14, 0x66
    li x15, 0x66
    li x13, 0x00080000
    TEST_TRAP_R(7, XVM_EXC_LOAD_ACCESS, x13, lw x14, 0(x13); li x15, 1; sw x12, 4(x11); li x14, 2)
    TEST_CASE(8, x14, 0x66, nop)
    TEST_CASE(9, x15, 0x66, nop)
    TEST_CASE(10, x16, 0, lw x16, 4(x11))
    /* a trapping store after an ALU op: the ALU op happened, the store not */
    TEST_TRAP_R(11, XVM_EXC_STORE_ACCESS, x13, sw x12, 0(x13); sw x12, 8(x11); addi x15, x15, 1)
    TEST_CASE(12, x16, 0, lw x16, 8(x11))
    TEST_CASE(13, x15, 0x66, nop)
    /* an illegal instruction right after a store: the store happens */
    TEST_CASE(14, x16, 0x77, sw x12, 12(x11); la tp, 1f; .word 0; j xt_fail; 1: li tp, 0; lw x16, 12(x11))
    /* ecall after a mul/div: results retired before it are kept */
    TEST_CASE(15, x16, 42, li x16, 6; li x17, 7; mul x16, x16, x17; la tp, 1f; ecall; li x16, 0; 1: li tp, 0)
    TEST_CASE(16, x16, 6, li x16, 42; li x17, 7; div x16, x16, x17; la tp, 1f; ecall; li x16, 0; 1: li tp, 0)
    /* wrong-path stores to devices: the finisher would end the run */
    li x13, XVM_FINISHER_BASE
    li x16, (99 << 16) | XVM_FINISHER_FAIL
    TEST_NO_TRAP(18, beq x0, x0, 1f; sw x16, 0(x13); sw x16, 0(x13); 1:)
    TEST_NO_TRAP(19, jal x0, 1f; sw x16, 0(x13); 1:)
    TEST_NO_TRAP(20, li x15, 1; bnez x15, 1f; sw x16, 0(x13); 1:)
    /* a branch mispredicted both ways in a loop */
    TEST_CASE(17, x14, 10, li x14, 0; li x13, 20; 1: andi x16, x13, 1; beqz x16, 2f; addi x14, x14, 1; 2: addi x13, x13, -1; bnez x13, 1b)
TEST_END
    .data
    .balign 16
wdat: .word 0, 0, 0, 0
