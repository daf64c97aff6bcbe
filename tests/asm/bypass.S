/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Data hazards: a result consumed 0..4 instructions after it is produced,
 * through every kind of producer (ALU, load, mul/div, CSR, jal link, lui,
 * auipc) and consumer (ALU source 1 and 2, store data and address, branch,
 * jalr target). The pipeline must forward or stall correctly. */
#define NOPS(k) .rept k; nop; .endr
/* producer result in x14 after k nops, used as source 1 and source 2 */
#define RR_SRC1(n, k, inst, res, v1, v2) \
    TEST_CASE(n, x14, res, li x11, v1; li x12, v2; NOPS(k); inst x14, x11, x12)
#define RR_CHAIN(n, k, inst, res, v1, v2) \
    TEST_CASE(n, x15, res, li x11, v1; li x12, v2; inst x13, x11, x12; NOPS(k); add x15, x13, x0)
#define RR_CHAIN2(n, k, inst, res, v1, v2) \
    TEST_CASE(n, x15, res, li x11, v1; li x12, v2; inst x13, x11, x12; NOPS(k); add x15, x0, x13)
#define LD_USE(n, k, res) \
    TEST_CASE(n, x15, res, la x11, bdat; lw x13, 4(x11); NOPS(k); addi x15, x13, 1)
#define LD_ADDR(n, k, res) \
    TEST_CASE(n, x15, res, la x11, bptr; lw x13, 0(x11); NOPS(k); lw x15, 0(x13))
#define LD_ST(n, k) \
    TEST_CASE(n, x15, 0x5a5a5a5a, la x11, bdat; lw x13, 8(x11); NOPS(k); sw x13, 12(x11); lw x15, 12(x11); sw zero, 12(x11))
#define LD_BR(n, k) \
    TEST_CASE(n, x15, 1, li x15, 0; la x11, bdat; lw x13, 4(x11); NOPS(k); beq x13, x0, xt_fail; li x12, 41; NOPS(0); bne x13, x12, 1f; li x15, 1; 1:)
#define LD_JALR(n, k) \
    TEST_CASE(n, x15, 7, li x15, 0; la x11, bjmp; lw x13, 0(x11); NOPS(k); jalr x1, 0(x13); addi x15, x15, 5)
TEST_BEGIN
    RR_SRC1(1, 0, add, 3, 1, 2)
    RR_CHAIN(2, 0, add, 0x24, 0x11, 0x13)
    RR_CHAIN(3, 1, sub, 0xfffffffe, 0x11, 0x13)
    RR_CHAIN(4, 2, xor, 0x2, 0x11, 0x13)
    RR_CHAIN(5, 3, sll, 0x880000, 0x11, 0x13)
    RR_CHAIN(6, 4, slt, 1, 0x11, 0x13)
    RR_CHAIN2(7, 0, or, 0x13, 0x11, 0x13)
    RR_CHAIN2(8, 1, and, 0x11, 0x11, 0x13)
    RR_CHAIN2(9, 2, sra, 0, 0x11, 0x13)
    /* M unit */
    RR_CHAIN(10, 0, mul, 0x143, 0x11, 0x13)
    RR_CHAIN(11, 1, mulhu, 0x1, 0x80000000, 0x2)
    RR_CHAIN2(12, 0, div, 0xfffffffa, -37, 6)
    RR_CHAIN2(13, 1, rem, 0xffffffff, -37, 6)
    RR_CHAIN(14, 2, divu, 0x2aaaaaa4, -37, 6)
    RR_CHAIN(15, 0, remu, 0x3, -37, 6)
    /* back-to-back M ops depending on each other */
    TEST_CASE(16, x15, 0x16, li x11, 7; li x12, 3; mul x13, x11, x12; mul x13, x13, x12; div x13, x13, x12; rem x14, x13, x11; add x15, x13, x14; addi x15, x15, 1)
    TEST_CASE(17, x15, 6, li x11, 100; li x12, 7; div x13, x11, x12; div x15, x13, x12; addi x15, x15, 4)
    /* load-use */
    LD_USE(18, 0, 42)
    LD_USE(19, 1, 42)
    LD_USE(20, 2, 42)
    LD_USE(21, 3, 42)
    LD_ADDR(22, 0, 0x5a5a5a5a)
    LD_ADDR(23, 1, 0x5a5a5a5a)
    LD_ST(24, 0)
    LD_ST(25, 1)
    LD_BR(26, 0)
    LD_BR(27, 1)
    LD_JALR(28, 0)
    LD_JALR(29, 2)
    /* load to the same register as its base, used at once */
    TEST_CASE(30, x15, 0x5a5a5a5b, la x13, bptr; lw x13, 0(x13); lw x13, 0(x13); addi x15, x13, 1)
    /* store then load of the same word, byte, overlapping halves */
    TEST_CASE(31, x15, 0x11223344, la x11, bdat; li x12, 0x11223344; sw x12, 16(x11); lw x15, 16(x11))
    TEST_CASE(32, x15, 0x112233aa, li x12, 0xaa; sb x12, 16(x11); lw x15, 16(x11))
    TEST_CASE(33, x15, 0xffffff99, li x12, 0x99; sb x12, 17(x11); lb x15, 17(x11))
    TEST_CASE(34, x15, 0x7777, li x12, 0x7777; sh x12, 18(x11); lhu x15, 18(x11))
    TEST_CASE(35, x15, 0x777799aa, lw x15, 16(x11))
    /* store data produced by the previous instruction */
    TEST_CASE(36, x15, 0x124, li x12, 0x123; addi x12, x12, 1; sw x12, 20(x11); lw x15, 20(x11))
    /* store address produced by the previous instruction */
    TEST_CASE(37, x15, 0x321, la x13, bdat; addi x13, x13, 24; li x12, 0x321; sw x12, 0(x13); lw x15, 24(x11))
    /* AMO result and memory used at once */
    TEST_CASE(38, x15, 0x643, li x12, 0x321; amoadd.w x13, x12, (x13); add x15, x13, x12; addi x15, x15, 1; lw x14, 24(x11); addi x14, x14, -0x642; bnez x14, xt_fail)
    /* lr/sc status used by the next branch */
    TEST_CASE(39, x15, 0, addi x13, x11, 28; lr.w x14, (x13); sc.w x15, x12, (x13); bnez x15, xt_fail)
    /* CSR write then read, read then use */
    TEST_CASE(40, x15, 0x99, li x12, 0x98; csrw XVM_CSR_MSCRATCH, x12; csrr x13, XVM_CSR_MSCRATCH; addi x15, x13, 1)
    TEST_CASE(41, x15, 0x98, csrrw x13, XVM_CSR_MSCRATCH, x12; csrrs x15, XVM_CSR_MSCRATCH, x0)
    TEST_CASE(42, x15, 0x99, csrrwi x13, XVM_CSR_MSCRATCH, 1; add x15, x13, x0; csrr x13, XVM_CSR_MSCRATCH; add x15, x15, x13)
    /* link registers */
    TEST_CASE(43, x15, 0, jal x13, 1f; 1: la x12, 1b; sub x15, x13, x12)
    TEST_CASE(44, x15, 8, 1: auipc x13, 0; addi x15, x13, 8; la x12, 1b; sub x15, x15, x12)
    TEST_CASE(45, x15, 0x12345678, lui x13, 0x12345; addi x15, x13, 0x678)
    /* jalr to an address computed by the previous instruction */
    TEST_CASE(46, x15, 5, li x15, 0; la x13, 2f; addi x13, x13, -4; addi x13, x13, 4; jalr x0, 0(x13); li x15, 9; 2: addi x15, x15, 5)
    /* write to x0 is never forwarded */
    TEST_CASE(47, x15, 3, li x11, 5; add x0, x11, x11; addi x15, x0, 3)
    TEST_CASE(48, x15, 0, la x11, bdat; lw x0, 4(x11); add x15, x0, x0)
    TEST_CASE(49, x15, 0, li x11, 7; mul x0, x11, x11; add x15, x0, x0)
TEST_END
    .data
    .balign 16
bdat: .word 0, 41, 0x5a5a5a5a, 0, 0, 0, 0, 0, 0
bptr: .word bdat + 8
bjmp: .word bjump_target
    .text
bjump_target:
    addi x15, x15, 2
    ret
