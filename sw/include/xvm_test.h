/* SPDX-License-Identifier: Apache-2.0 */
/* Self-checking assembly test harness (cpp macros; include from .S files).
 *
 * Register conventions inside a test:
 *   gp  number of the current test case (1..255); a failure exits with
 *       (gp << 16) | XVM_FINISHER_FAIL, i.e. process status gp
 *   tp  recovery address for an expected trap, 0 when no trap is expected
 *   t2  (x7) expected value of a check
 *   t4, t5, t6  set by a trap: xstatus as the trap entry left it (xPP,
 *       xPIE), xcause, xtval
 * On a trap with tp != 0, the M-mode and S-mode handlers resume at tp
 * (bit 0 cleared) and leave the trapping pc in tp. They resume in the
 * privilege the trap came from, or, when bit 0 of tp is set, in the
 * privilege that took the trap (MPP/SPP forced to M/S). After an
 * interrupt they resume with MIE/SIE = 0 (MPIE/SPIE cleared) so that a
 * still-pending interrupt is not taken again at once. A trap with
 * tp == 0 fails the current test case.
 * The handlers use mscratch/sscratch as scratch (t3 is preserved).
 * Statements are separated by ';' and comments must be C comments. */
#ifndef XVM_TEST_H
#define XVM_TEST_H

#include "xvm_defs.h"

#define XT_CHECK_N(n) .if (n) < 1 || (n) > 255; .error "test number out of 1..255"; .endif

/* Xvm has no PMP (the CSRs ignore writes); QEMU does, and denies S/U
 * everything until an entry matches, so open all memory with one NAPOT
 * entry. */
#define XT_PMP_OPEN                                                        \
    li t0, -1; csrw XVM_CSR_PMPADDR0, t0;                                  \
    li t0, 0x1f; csrw XVM_CSR_PMPCFG0, t0

/* Registers start defined (the handlers save registers the test may never
 * have written; a 4-state simulation would otherwise see X). */
#define XT_CLEAR_REGS                                                      \
    .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31; \
    li x\r, 0;                                                             \
    .endr

/* Start of the program: traps to the harness handlers, then the body. */
#define TEST_BEGIN                                                         \
    .section .text.init.enter, "ax";                                       \
    .globl _start;                                                         \
_start:                                                                    \
    XT_CLEAR_REGS;                                                         \
    la t0, xt_mtrap; csrw XVM_CSR_MTVEC, t0;                               \
    la t0, xt_strap; csrw XVM_CSR_STVEC, t0;                               \
    li gp, 0; li tp, 0;                                                    \
    XT_PMP_OPEN;                                                           \
    la sp, xt_stack_top;                                                   \
    j xt_body;                                                             \
    .balign 4;                                                             \
xt_mtrap:                                                                  \
    beqz tp, xt_fail;                                                      \
    csrr t4, XVM_CSR_MSTATUS;                                              \
    csrr t5, XVM_CSR_MCAUSE;                                               \
    csrr t6, XVM_CSR_MTVAL;                                                \
    csrw XVM_CSR_MSCRATCH, t3;                                             \
    andi t3, tp, 1; beqz t3, 1f;                                           \
    li t3, XVM_MSTATUS_MPP; csrs XVM_CSR_MSTATUS, t3;                      \
1:  bgez t5, 2f; li t3, XVM_MSTATUS_MPIE; csrc XVM_CSR_MSTATUS, t3;        \
2:  andi tp, tp, -2;                                                       \
    csrrw tp, XVM_CSR_MEPC, tp;                                            \
    csrr t3, XVM_CSR_MSCRATCH;                                             \
    mret;                                                                  \
    .balign 4;                                                             \
xt_strap:                                                                  \
    beqz tp, xt_fail;                                                      \
    csrr t4, XVM_CSR_SSTATUS;                                              \
    csrr t5, XVM_CSR_SCAUSE;                                               \
    csrr t6, XVM_CSR_STVAL;                                                \
    csrw XVM_CSR_SSCRATCH, t3;                                             \
    andi t3, tp, 1; beqz t3, 1f;                                           \
    li t3, XVM_MSTATUS_SPP; csrs XVM_CSR_SSTATUS, t3;                      \
1:  bgez t5, 2f; li t3, XVM_MSTATUS_SPIE; csrc XVM_CSR_SSTATUS, t3;        \
2:  andi tp, tp, -2;                                                       \
    csrrw tp, XVM_CSR_SEPC, tp;                                            \
    csrr t3, XVM_CSR_SSCRATCH;                                             \
    sret;                                                                  \
    .balign 4;                                                             \
    .globl xt_fail;                                                        \
xt_fail:                                                                   \
    li tp, 0;                                                              \
    bnez gp, 1f; li gp, 255; 1:                                            \
    slli t0, gp, 16; li t1, XVM_FINISHER_FAIL; or t0, t0, t1;              \
    li t1, XVM_FINISHER_BASE; sw t0, 0(t1);                                \
    j xt_fail;                                                             \
xt_body:

/* End of the program: pass. */
#define TEST_END                                                           \
    li t0, XVM_FINISHER_PASS; li t1, XVM_FINISHER_BASE; sw t0, 0(t1);      \
    j .;                                                                   \
    .section .bss; .balign 16; .space 4096; xt_stack_top:;                 \
    .section .text

/* Runs code, then requires reg == expect. */
#define TEST_CASE(n, reg, expect, ...)                                     \
    XT_CHECK_N(n); test_##n: li gp, n; __VA_ARGS__;                        \
    li x7, expect; bne reg, x7, xt_fail

/* Register-register ALU forms: distinct rd, rd aliasing sources, x0. */
#define TEST_RR_OP(n, inst, res, v1, v2) \
    TEST_CASE(n, x14, res, li x11, v1; li x12, v2; inst x14, x11, x12)
#define TEST_RR_SRC1_EQ_DEST(n, inst, res, v1, v2) \
    TEST_CASE(n, x11, res, li x11, v1; li x12, v2; inst x11, x11, x12)
#define TEST_RR_SRC2_EQ_DEST(n, inst, res, v1, v2) \
    TEST_CASE(n, x12, res, li x11, v1; li x12, v2; inst x12, x11, x12)
#define TEST_RR_SRC12_EQ_DEST(n, inst, res, v1) \
    TEST_CASE(n, x11, res, li x11, v1; inst x11, x11, x11)
#define TEST_RR_ZEROSRC1(n, inst, res, v2) \
    TEST_CASE(n, x14, res, li x12, v2; inst x14, x0, x12)
#define TEST_RR_ZEROSRC2(n, inst, res, v1) \
    TEST_CASE(n, x14, res, li x11, v1; inst x14, x11, x0)
#define TEST_RR_ZERODEST(n, inst, v1, v2) \
    TEST_CASE(n, x0, 0, li x11, v1; li x12, v2; inst x0, x11, x12)

/* Register-immediate ALU forms. */
#define TEST_IMM_OP(n, inst, res, v1, imm) \
    TEST_CASE(n, x14, res, li x11, v1; inst x14, x11, imm)
#define TEST_IMM_SRC1_EQ_DEST(n, inst, res, v1, imm) \
    TEST_CASE(n, x11, res, li x11, v1; inst x11, x11, imm)
#define TEST_IMM_ZEROSRC1(n, inst, res, imm) \
    TEST_CASE(n, x14, res, inst x14, x0, imm)
#define TEST_IMM_ZERODEST(n, inst, v1, imm) \
    TEST_CASE(n, x0, 0, li x11, v1; inst x0, x11, imm)

/* Loads and stores relative to a data label. */
#define TEST_LD_OP(n, inst, res, off, base) \
    TEST_CASE(n, x14, res, la x11, base; inst x14, off(x11))
#define TEST_ST_OP(n, ld, st, val, off, base) \
    TEST_CASE(n, x14, val, la x11, base; li x12, val; st x12, off(x11); ld x14, off(x11))

/* Branches: taken must skip the fail jump, not taken must fall through. */
#define TEST_BR_TAKEN(n, inst, v1, v2)                                     \
    XT_CHECK_N(n); test_##n: li gp, n; li x11, v1; li x12, v2;            \
    inst x11, x12, xt_br_##n; j xt_fail; xt_br_##n:
#define TEST_BR_NOT_TAKEN(n, inst, v1, v2)                                 \
    XT_CHECK_N(n); test_##n: li gp, n; li x11, v1; li x12, v2;            \
    inst x11, x12, xt_fail

/* The first instruction of the code must trap with cause and tval (a constant);
 * execution resumes after the check. */
#define TEST_TRAP(n, cause, tval, ...)                                    \
    XT_CHECK_N(n); test_##n: li gp, n; la tp, xt_rec_##n;                 \
xt_at_##n: __VA_ARGS__; j xt_fail;                                                \
xt_rec_##n: la x7, xt_at_##n; bne tp, x7, xt_fail;                         \
    li x7, cause; bne t5, x7, xt_fail;                                     \
    li x7, tval; bne t6, x7, xt_fail; li tp, 0
/* Same, with the expected tval in register treg. */
#define TEST_TRAP_R(n, cause, treg, ...)                                  \
    XT_CHECK_N(n); test_##n: li gp, n; la tp, xt_rec_##n;                 \
xt_at_##n: __VA_ARGS__; j xt_fail;                                                \
xt_rec_##n: la x7, xt_at_##n; bne tp, x7, xt_fail;                         \
    li x7, cause; bne t5, x7, xt_fail;                                     \
    bne t6, treg, xt_fail; li tp, 0
/* A jump to treg must trap on the fetch there with cause, the trapping pc
 * and the value both treg. */
#define TEST_JUMP_TRAP(n, cause, treg)                                     \
    XT_CHECK_N(n); test_##n: li gp, n; la tp, xt_rec_##n;                 \
    jalr x1, 0(treg); j xt_fail;                                           \
xt_rec_##n: bne tp, treg, xt_fail;                                         \
    li x7, cause; bne t5, x7, xt_fail;                                     \
    bne t6, treg, xt_fail; li tp, 0
/* The code must not trap. */
#define TEST_NO_TRAP(n, ...) \
    XT_CHECK_N(n); test_##n: li gp, n; li tp, 0; __VA_ARGS__

/* Fails the current test case if reg != expect (a constant). */
#define CHECK(reg, expect) li x7, expect; bne reg, x7, xt_fail
/* Fails the current test case if ra != rb. */
#define CHECK_EQ(ra, rb) bne ra, rb, xt_fail
/* Starts a test case made of free-form code and CHECKs. */
#define TEST_NUM(n) XT_CHECK_N(n); test_##n: li gp, n

/* Fails the current test case unless (reg & mask) == value (uses t0, t1). */
#define CHECK_BITS(reg, mask, value) \
    li t0, mask; and t0, reg, t0; li t1, value; bne t0, t1, xt_fail

/* Privilege changes (use t0). GOTO_S/GOTO_U: mret from M to label in S/U.
 * BACK_TO_M: ecall (which must not be delegated) returning to M right
 * after it; t4/t5/t6 hold mstatus/mcause/mtval of that ecall.
 * BACK_TO_S: the same from U with ecall from U delegated to S. */
#define GOTO_S(label)                                                      \
    li t0, XVM_MSTATUS_MPP; csrc XVM_CSR_MSTATUS, t0;                      \
    li t0, XVM_MSTATUS_MPP_S; csrs XVM_CSR_MSTATUS, t0;                    \
    la t0, label; csrw XVM_CSR_MEPC, t0; mret
#define GOTO_U(label)                                                      \
    li t0, XVM_MSTATUS_MPP; csrc XVM_CSR_MSTATUS, t0;                      \
    la t0, label; csrw XVM_CSR_MEPC, t0; mret
#define BACK_TO_M la tp, 1f + 1; ecall; j xt_fail; 1: li tp, 0
#define BACK_TO_S BACK_TO_M
/* From S to U with sret. */
#define SGOTO_U(label)                                                     \
    li t0, XVM_MSTATUS_SPP; csrc XVM_CSR_SSTATUS, t0;                      \
    la t0, label; csrw XVM_CSR_SEPC, t0; sret

#endif
