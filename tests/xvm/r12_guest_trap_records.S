/* SPDX-License-Identifier: Apache-2.0 */
/* R12: with vmctl.GTR = 1, sscratch, sepc, scause and stval in S with VM=1
 * are the guest's own copies gscratch, gepc, gcause, gtval: every CSR form
 * on them reads and writes the copy without a trap, the host's records stay
 * as they were, traps into S write only the host's records, sret with VM=0
 * returns to sepc, with VM=0 the S numbers name the host's records, every
 * other S-level CSR (the copies' own numbers included) stays sensitive, and
 * in U they stay illegal; in M they read back right after a write. Guest
 * results come back in a3-a6 and s0. */
#include "harness.h"

#define HOST_SCRATCH 0x10000001
#define HOST_EPC     0x10000004
#define HOST_CAUSE   0x10000003
#define HOST_TVAL    0x10000005
#define GUEST_SCRATCH 0x20000001
#define GUEST_EPC    0x20000008
#define GUEST_CAUSE  0x20000003
#define GUEST_TVAL   0x20000005

/* M: both sets of records to their initial values. */
.macro SET_RECORDS
    li t0, HOST_SCRATCH
    csrw XVM_CSR_SSCRATCH, t0
    li t0, HOST_EPC
    csrw XVM_CSR_SEPC, t0
    li t0, HOST_CAUSE
    csrw XVM_CSR_SCAUSE, t0
    li t0, HOST_TVAL
    csrw XVM_CSR_STVAL, t0
    li t0, GUEST_SCRATCH
    csrw XVM_CSR_GSCRATCH, t0
    li t0, GUEST_EPC
    csrw XVM_CSR_GEPC, t0
    li t0, GUEST_CAUSE
    csrw XVM_CSR_GCAUSE, t0
    li t0, GUEST_TVAL
    csrw XVM_CSR_GTVAL, t0
.endm

/* M: CSR csr == constant. */
.macro EXPECT_CSR csr, val
    csrr t1, \csr
    li t2, \val
    XH_CMP
.endm

.macro EXPECT_GUEST_RECORDS scratch, epc, cause, tval
    EXPECT_CSR XVM_CSR_GSCRATCH, \scratch
    EXPECT_CSR XVM_CSR_GEPC, \epc
    EXPECT_CSR XVM_CSR_GCAUSE, \cause
    EXPECT_CSR XVM_CSR_GTVAL, \tval
.endm

/* M: guest at label in priv with VM=vm. */
.macro RUN_AT label, priv, vm
    GVA s6, \label
    RUN \priv, \vm, s6
.endm

TEST_BODY
    SV32_ON
    li t0, XVM_VMCTL_GTR
    csrs XVM_CSR_VMCTL, t0

    /* Reads: the guest's copies, no trap. */
    CHECK 1
    SET_RECORDS
    RUN_AT g_read, PS, 1
    EXPECT_NO_TRAP PS, 1
    EXPECT_EQ a3, GUEST_SCRATCH
    EXPECT_EQ a4, GUEST_EPC
    EXPECT_EQ a5, GUEST_CAUSE
    EXPECT_EQ a6, GUEST_TVAL

    /* Writes in every form: the copies change (gepc keeps bits 1:0 zero),
     * the host's records do not. */
    CHECK 2
    SET_RECORDS
    RUN_AT g_write, PS, 1
    EXPECT_NO_TRAP PS, 1
    EXPECT_EQ a3, GUEST_SCRATCH
    EXPECT_EQ a4, GUEST_EPC
    EXPECT_EQ a5, GUEST_CAUSE
    EXPECT_EQ a6, GUEST_TVAL
    EXPECT_GUEST_RECORDS 0x30000001, 0x3000000C, 7, (GUEST_TVAL|0xF0)
    EXPECT_CSR XVM_CSR_SSCRATCH, HOST_SCRATCH
    EXPECT_CSR XVM_CSR_SEPC, HOST_EPC
    EXPECT_CSR XVM_CSR_SCAUSE, HOST_CAUSE
    EXPECT_CSR XVM_CSR_STVAL, HOST_TVAL
    CHECK 3
    SET_RECORDS
    RUN_AT g_clear, PS, 1
    EXPECT_NO_TRAP PS, 1
    EXPECT_EQ a3, GUEST_SCRATCH
    EXPECT_EQ a4, GUEST_EPC
    EXPECT_GUEST_RECORDS (GUEST_SCRATCH&~1), (GUEST_EPC&~8), GUEST_CAUSE, GUEST_TVAL

    /* A trap out of the guest into S fills the host's records only. */
    CHECK 4
    SET_RECORDS
    RUN_AT g_illegal, PS, 1
    EXPECT_S_TRAP XVM_EXC_ILLEGAL_INSN, PS, 1
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_REC REC_S_TVAL, 0
    EXPECT_GUEST_RECORDS GUEST_SCRATCH, GUEST_EPC, GUEST_CAUSE, GUEST_TVAL

    /* Everything else S-level stays sensitive. */
    CHECK 5
    SNIP_LOOP sens_first, sens_last, PS, 1, 0, XH_STRAP, XVM_EXC_VIRT_FAULT

    /* VM=0: the S numbers are the host's records, the G numbers the
     * guest's; sret returns to sepc. */
    CHECK 6
    SET_RECORDS
    RUN_AT g_host, PS, 0
    EXPECT_NO_TRAP PS, 0
    EXPECT_EQ a3, HOST_SCRATCH
    EXPECT_EQ a4, GUEST_SCRATCH
    CHECK 7
    SET_RECORDS
    RUN_AT g_sret, PS, 0
    EXPECT_NO_TRAP PS, 0
    EXPECT_EQ s0, 1

    /* In M the copies read back right after a write. */
    CHECK 10
    li t0, 0x40000004
    csrw XVM_CSR_GEPC, t0
    csrr t1, XVM_CSR_GEPC
    li t2, 0x40000004
    XH_CMP
    li t0, 0x40000009
    csrw XVM_CSR_GSCRATCH, t0
    csrrw t1, XVM_CSR_GSCRATCH, zero
    li t2, 0x40000009
    XH_CMP

    /* GTR = 0: sensitive again. */
    CHECK 8
    li t0, XVM_VMCTL_GTR
    csrc XVM_CSR_VMCTL, t0
    SNIP_LOOP rec_first, rec_last, PS, 1, 0, XH_STRAP, XVM_EXC_VIRT_FAULT
    li t0, XVM_VMCTL_GTR
    csrs XVM_CSR_VMCTL, t0

    /* U: illegal whatever GTR and VM. */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX
    CHECK 9
    SNIP_LOOP rec_first, rec_last, PU, 1, 0, XH_STRAP, XVM_EXC_ILLEGAL_INSN
    TEST_PASS

GUEST_PAGE_BEGIN
g_read:
    csrr a3, XVM_CSR_SSCRATCH
    csrr a4, XVM_CSR_SEPC
    csrr a5, XVM_CSR_SCAUSE
    csrr a6, XVM_CSR_STVAL
    GEND
g_write:
    li a3, 0x30000001
    csrrw a3, XVM_CSR_SSCRATCH, a3
    li a4, 0x3000000F
    csrrw a4, XVM_CSR_SEPC, a4
    csrrwi a5, XVM_CSR_SCAUSE, 7
    li a6, 0xF0
    csrrs a6, XVM_CSR_STVAL, a6
    GEND
g_clear:
    csrrci a3, XVM_CSR_SSCRATCH, 1
    li a4, 8
    csrrc a4, XVM_CSR_SEPC, a4
    csrrsi zero, XVM_CSR_SCAUSE, 0
    csrrs zero, XVM_CSR_STVAL, zero
    GEND
g_illegal:
    .word 0
    GEND
g_host:
    csrr a3, XVM_CSR_SSCRATCH
    csrr a4, XVM_CSR_GSCRATCH
    GEND
g_sret:
    li s0, 0
    li a5, XVM_MSTATUS_SPP
    csrs XVM_CSR_SSTATUS, a5
    li a5, XVM_VMCTL_SPVM
    csrc XVM_CSR_VMCTL, a5
    lla a3, g_sret_right
    lla a4, g_sret_wrong
    csrw XVM_CSR_GEPC, a4
    csrw XVM_CSR_SEPC, a3
    sret
g_sret_wrong:
    li s0, 2
    GEND
g_sret_right:
    li s0, 1
    GEND

    .balign XH_SNIP_SIZE
sens_first:
    SNIP; csrr a0, XVM_CSR_SSTATUS; GEND
    SNIP; csrr a0, XVM_CSR_SATP; GEND
    SNIP; csrr a0, XVM_CSR_SIP; GEND
    SNIP; csrw XVM_CSR_STVEC, a0; GEND
    SNIP; csrr a0, XVM_CSR_VMCTL; GEND
    SNIP; csrr a0, XVM_CSR_GSCRATCH; GEND
    SNIP; csrw XVM_CSR_GEPC, a0; GEND
    SNIP; csrr a0, XVM_CSR_GCAUSE; GEND
    SNIP; csrrs a0, XVM_CSR_GTVAL, x0; GEND
    SNIP; sret; GEND
sens_last:
    .balign XH_SNIP_SIZE
rec_first:
    SNIP; csrr a0, XVM_CSR_SSCRATCH; GEND
    SNIP; csrw XVM_CSR_SEPC, a0; GEND
    SNIP; csrrsi a0, XVM_CSR_SCAUSE, 0; GEND
    SNIP; csrrci a0, XVM_CSR_STVAL, 1; GEND
rec_last:
GUEST_PAGE_END
