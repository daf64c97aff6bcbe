/* SPDX-License-Identifier: Apache-2.0 */
/* R4/R6 over all 4096 CSR numbers: `csrr a0, n` in S. With VM=1 it is a
 * virtualization fault exactly for the 18 implemented S-level CSRs (vmctl.GTR
 * is 0), no trap
 * for the enabled counters (cycle, time, instret and high halves), and an
 * illegal instruction for every other number (absent, M-level, H-level,
 * hpmcounters whose enables cannot be set). With VM=0 the S-level CSRs read
 * normally. In U (VM=1) only the counters are readable. The csrr word is
 * written into the guest page's slot at run time (s9 = the word). */
#include "harness.h"

#define CSRR_A0 ((2 << 12) | (10 << 7) | 0x73)    /* csrrs a0, 0, x0 */

/* s4 <- 1 if the CSR number s3 is in the table [first, last) of halves. */
.macro IN_TABLE first, last
    li s4, 0
    la t0, \first
    la t2, \last
.Lscan\@:
    bgeu t0, t2, .Lend\@
    lhu t1, 0(t0)
    addi t0, t0, 2
    bne t1, s3, .Lscan\@
    li s4, 1
.Lend\@:
.endm

/* The sweep in priv with VM=vm. */
.macro SWEEP n, priv, vm
    CHECK \n
    li s3, 0
.Lnext\@:
    slli s9, s3, 20
    li t0, CSRR_A0
    or s9, s9, t0
    la t0, slot
    sw s9, 0(t0)
    fence.i
    /* Expected cause in s5. */
    li s5, -1
    IN_TABLE counters, counters_end
    bnez s4, .Lrun\@
    li s5, XVM_EXC_ILLEGAL_INSN
    .if (\priv) == PS
    IN_TABLE s_csrs, s_csrs_end
    beqz s4, .Lrun\@
    .if \vm
    li s5, XVM_EXC_VIRT_FAULT
    .else
    li s5, -1
    .endif
    .endif
.Lrun\@:
    GVA s6, slot
    RUN \priv, \vm, s6
    EXPECT_OUTCOME \priv, \vm, s5, s9, s6
    addi s3, s3, 1
    li t0, 4096
    blt s3, t0, .Lnext\@
.endm

TEST_BODY
    SV32_ON
    SWEEP 1, PS, 1
    SWEEP 2, PS, 0
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX
    SWEEP 3, PU, 1
    TEST_PASS

    .section .rodata
    .balign 2
s_csrs:
    .irp n, XVM_CSR_SSTATUS, XVM_CSR_SIE, XVM_CSR_STVEC, XVM_CSR_SCOUNTEREN, \
            XVM_CSR_SENVCFG, XVM_CSR_SSCRATCH, XVM_CSR_SEPC, XVM_CSR_SCAUSE, \
            XVM_CSR_STVAL, XVM_CSR_SIP, XVM_CSR_STIMECMP, XVM_CSR_STIMECMPH, \
            XVM_CSR_SATP, XVM_CSR_VMCTL, XVM_CSR_GSCRATCH, XVM_CSR_GEPC, \
            XVM_CSR_GCAUSE, XVM_CSR_GTVAL
    .half \n
    .endr
s_csrs_end:
counters:
    .irp n, XVM_CSR_CYCLE, XVM_CSR_TIME, XVM_CSR_INSTRET, \
            XVM_CSR_CYCLEH, XVM_CSR_TIMEH, XVM_CSR_INSTRETH
    .half \n
    .endr
counters_end:

GUEST_PAGE_BEGIN
slot:
    .word 0
    GEND
GUEST_PAGE_END
