/* SPDX-License-Identifier: Apache-2.0 */
/* R1 exhaustively along each field: every custom-0 word other than the two
 * vmsw encodings is illegal (2, stval = the word) in S from a gate page,
 * with VM=0 (where vmsw would be permitted) and VM=1. Swept: imm 0..4095
 * (rd = rs1 = funct3 = 0), rd 1..31, rs1 1..31 and funct3 1..7 (each with
 * imm 0 and 1). The word under test is written into the slot of the guest
 * page at run time (s9 = the word, printed on failure). */
#include "harness.h"

/* Run the word in s9 with VM=vm: a vmsw must switch (end VM = its imm),
 * anything else must be illegal. */
.macro TRY_WORD vm
    la t0, slot
    sw s9, 0(t0)
    fence.i
    GVA s6, slot
    RUN PS, \vm, s6
    li t0, XVM_INSN_VMSW0
    beq s9, t0, .Lvmsw\@
    li t0, XVM_INSN_VMSW1
    beq s9, t0, .Lvmsw\@
    li s5, XVM_EXC_ILLEGAL_INSN
    EXPECT_OUTCOME PS, \vm, s5, s9, s6
    j .Ldone\@
.Lvmsw\@:
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_REC REC_S_COUNT, 0
    EXPECT_REC REC_E_COUNT, 1
    la t0, xh_rec
    lw t1, REC_E_STATUSH(t0)
    srli t1, t1, XVM_MSTATUSH_MPVM_BIT
    andi t1, t1, 1
    srli t2, s9, 20
    XH_CMP
.Ldone\@:
.endm

/* for s3 in [lo, hi]: s9 = (s3 << shift) | (imm << 20) | custom-0. */
.macro SWEEP n, lo, hi, shift, imm, vm
    CHECK \n
    li s3, \lo
.Lnext\@:
    slli s9, s3, \shift
    li t0, ((\imm) << 20) | XVM_OPCODE_CUSTOM0
    or s9, s9, t0
    TRY_WORD \vm
    addi s3, s3, 1
    li t0, \hi
    ble s3, t0, .Lnext\@
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE
    .irp vm, 0, 1
    SWEEP 1 + 10 * \vm, 0, 4095, 20, 0, \vm
    SWEEP 2 + 10 * \vm, 1, 31, 7, 0, \vm
    SWEEP 3 + 10 * \vm, 1, 31, 7, 1, \vm
    SWEEP 4 + 10 * \vm, 1, 31, 15, 0, \vm
    SWEEP 5 + 10 * \vm, 1, 31, 15, 1, \vm
    SWEEP 6 + 10 * \vm, 1, 7, 12, 0, \vm
    SWEEP 7 + 10 * \vm, 1, 7, 12, 1, \vm
    .endr
    TEST_PASS

/* The slot is written by M code through its physical address. */
GUEST_PAGE_BEGIN
slot:
    .word 0
    GEND
GUEST_PAGE_END
