/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* cycle/time/instret and their high halves: readable in M; in S they need
 * the mcounteren bit, in U also the scounteren bit; mcycle/minstret count
 * up. tval of the illegal reads is the instruction bits. */
#define RDCYCLE    0xc0002773   /* csrr x14, cycle */
#define RDTIME     0xc0102773   /* csrr x14, time */
#define RDINSTRET  0xc0202773   /* csrr x14, instret */
#define RDCYCLEH   0xc8002773   /* csrr x14, cycleh */
#define RDTIMEH    0xc8102773   /* csrr x14, timeh */
#define RDINSTRETH 0xc8202773   /* csrr x14, instreth */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    /* counting */
    TEST_CASE(1, x14, 1, csrr x12, XVM_CSR_MCYCLE; nop; nop; csrr x13, XVM_CSR_MCYCLE; sltu x14, x12, x13)
    TEST_CASE(2, x14, 1, csrr x12, XVM_CSR_MINSTRET; nop; nop; csrr x13, XVM_CSR_MINSTRET; sltu x14, x12, x13)
    TEST_CASE(3, x14, 1, csrr x12, XVM_CSR_CYCLE; nop; nop; csrr x13, XVM_CSR_CYCLE; sltu x14, x12, x13)
    TEST_CASE(4, x14, 1, csrr x12, XVM_CSR_INSTRET; nop; nop; csrr x13, XVM_CSR_INSTRET; sltu x14, x12, x13)
    TEST_CASE(5, x14, 1, csrr x12, XVM_CSR_TIME; li x11, 200; 1: addi x11, x11, -1; bnez x11, 1b; csrr x13, XVM_CSR_TIME; sltu x14, x12, x13)
    /* mcycle is writable: the high half reads back */
    TEST_CASE(6, x14, 0x12345678, li x12, 0x12345678; csrw XVM_CSR_MCYCLEH, x12; csrr x14, XVM_CSR_MCYCLEH)
    TEST_CASE(7, x14, 0x12345678, csrr x14, XVM_CSR_CYCLEH)
    TEST_CASE(8, x14, 0x0badf00d, li x12, 0x0badf00d; csrw XVM_CSR_MINSTRETH, x12; csrr x14, XVM_CSR_INSTRETH)
    csrw XVM_CSR_MCYCLEH, zero
    csrw XVM_CSR_MINSTRETH, zero
    /* S with mcounteren = 0: all illegal */
    csrw XVM_CSR_MCOUNTEREN, zero
    csrw XVM_CSR_SCOUNTEREN, zero
    GOTO_S(1f)
1:  TEST_TRAP(9, XVM_EXC_ILLEGAL_INSN, RDCYCLE, .word RDCYCLE)
    TEST_TRAP(10, XVM_EXC_ILLEGAL_INSN, RDTIME, .word RDTIME)
    TEST_TRAP(11, XVM_EXC_ILLEGAL_INSN, RDINSTRET, .word RDINSTRET)
    TEST_TRAP(12, XVM_EXC_ILLEGAL_INSN, RDCYCLEH, .word RDCYCLEH)
    TEST_TRAP(13, XVM_EXC_ILLEGAL_INSN, RDTIMEH, .word RDTIMEH)
    TEST_TRAP(14, XVM_EXC_ILLEGAL_INSN, RDINSTRETH, .word RDINSTRETH)
    BACK_TO_M
    /* one bit at a time */
    csrwi XVM_CSR_MCOUNTEREN, 1
    GOTO_S(2f)
2:  TEST_NO_TRAP(15, .word RDCYCLE; .word RDCYCLEH)
    TEST_TRAP(16, XVM_EXC_ILLEGAL_INSN, RDTIME, .word RDTIME)
    TEST_TRAP(17, XVM_EXC_ILLEGAL_INSN, RDINSTRET, .word RDINSTRET)
    BACK_TO_M
    csrwi XVM_CSR_MCOUNTEREN, 2
    GOTO_S(3f)
3:  TEST_NO_TRAP(18, .word RDTIME; .word RDTIMEH)
    TEST_TRAP(19, XVM_EXC_ILLEGAL_INSN, RDCYCLE, .word RDCYCLE)
    BACK_TO_M
    csrwi XVM_CSR_MCOUNTEREN, 4
    GOTO_S(4f)
4:  TEST_NO_TRAP(20, .word RDINSTRET; .word RDINSTRETH)
    TEST_TRAP(21, XVM_EXC_ILLEGAL_INSN, RDTIMEH, .word RDTIMEH)
    /* S can set scounteren */
    csrwi XVM_CSR_SCOUNTEREN, 7
    TEST_CASE(22, x14, 7, csrr x14, XVM_CSR_SCOUNTEREN)
    BACK_TO_M
    /* U: needs both bits */
    csrwi XVM_CSR_MCOUNTEREN, 7
    csrwi XVM_CSR_SCOUNTEREN, 0
    GOTO_U(5f)
5:  TEST_TRAP(23, XVM_EXC_ILLEGAL_INSN, RDCYCLE, .word RDCYCLE)
    TEST_TRAP(24, XVM_EXC_ILLEGAL_INSN, RDTIME, .word RDTIME)
    TEST_TRAP(25, XVM_EXC_ILLEGAL_INSN, RDINSTRETH, .word RDINSTRETH)
    BACK_TO_M
    csrwi XVM_CSR_SCOUNTEREN, 7
    csrwi XVM_CSR_MCOUNTEREN, 0
    GOTO_U(6f)
6:  TEST_TRAP(26, XVM_EXC_ILLEGAL_INSN, RDCYCLE, .word RDCYCLE)
    BACK_TO_M
    csrwi XVM_CSR_MCOUNTEREN, 7
    GOTO_U(7f)
7:  TEST_NO_TRAP(27, .word RDCYCLE; .word RDTIME; .word RDINSTRET; .word RDCYCLEH; .word RDTIMEH; .word RDINSTRETH)
    /* U cannot touch the enables */
    TEST_TRAP(28, XVM_EXC_ILLEGAL_INSN, 0x10602773, csrr x14, XVM_CSR_SCOUNTEREN)
    BACK_TO_M
    csrw XVM_CSR_MCOUNTEREN, zero
    csrw XVM_CSR_SCOUNTEREN, zero
TEST_END
