/* SPDX-License-Identifier: Apache-2.0 */
/* R6: an instruction that is illegal for any other reason raises illegal
 * instruction (2), never the virtualization fault, also in S with VM=1; and
 * instruction-fetch faults (page fault, access fault, VA-mask fault) outrank
 * both. */
#include "harness.h"

#define NOMAP_VA 0x00003000     /* not mapped */
#define NODEV_VA 0x00004000     /* mapped to a physical hole */
#define NODEV_PA 0x40000000
#define HIGH_VA  0x00002000     /* above the VAMSB=12 limit, mapped */

/* One snippet in priv with VM=vm: one trap into S with cause, stval = the
 * instruction, sepc = its address. */
.macro CASE n, label, priv, vm, cause
    CHECK \n
    GVA s6, \label
    lw s5, \label
    RUN \priv, \vm, s6
    EXPECT_S_TRAP \cause, \priv, \vm
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
.endm

/* A fetch fault at va (in treg) running priv/VM=1: cause, stval = va. */
.macro FETCH_CASE n, va, priv, cause
    CHECK \n
    li s6, \va
    RUN \priv, 1, s6
    EXPECT_S_TRAP \cause, \priv, 1
    EXPECT_REC_R REC_S_TVAL, s6
    EXPECT_REC_R REC_S_EPC, s6
.endm

TEST_BODY
    SV32_ON
    /* Illegal for reasons of their own, S with VM=1 and VM=0. */
    CHECK 1
    SNIP_LOOP ill_first, ill_last, PS, 1, 0, XH_STRAP, XVM_EXC_ILLEGAL_INSN
    CHECK 2
    SNIP_LOOP ill_first, ill_last, PS, 0, 0, XH_STRAP, XVM_EXC_ILLEGAL_INSN

    /* mstatus traps: TSR, TVM, TW. */
    li s7, XVM_MSTATUS_TSR
    csrs XVM_CSR_MSTATUS, s7
    CASE 3, sret_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrc XVM_CSR_MSTATUS, s7
    CASE 4, sret_snip, PS, 1, XVM_EXC_VIRT_FAULT
    li s7, XVM_MSTATUS_TVM
    csrs XVM_CSR_MSTATUS, s7
    CASE 5, satp_read_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    CASE 6, satp_write_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    CASE 7, sfence_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrc XVM_CSR_MSTATUS, s7
    CASE 8, satp_read_snip, PS, 1, XVM_EXC_VIRT_FAULT
    CASE 9, sfence_snip, PS, 1, XVM_EXC_VIRT_FAULT
    li s7, XVM_MSTATUS_TW
    csrs XVM_CSR_MSTATUS, s7
    CASE 10, wfi_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrc XVM_CSR_MSTATUS, s7
    CASE 11, wfi_snip, PS, 1, XVM_EXC_VIRT_FAULT

    /* Counter enables: cycle without mcounteren.CY; stimecmp without
     * mcounteren.TM or without menvcfgh.STCE. */
    li s7, 1
    csrc XVM_CSR_MCOUNTEREN, s7
    CASE 12, cycle_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrs XVM_CSR_MCOUNTEREN, s7
    li s7, 2
    csrc XVM_CSR_MCOUNTEREN, s7
    CASE 13, stimecmp_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrs XVM_CSR_MCOUNTEREN, s7
    li s7, XVM_MENVCFGH_STCE
    csrc XVM_CSR_MENVCFGH, s7
    CASE 14, stimecmp_snip, PS, 1, XVM_EXC_ILLEGAL_INSN
    csrs XVM_CSR_MENVCFGH, s7
    CASE 15, stimecmp_snip, PS, 1, XVM_EXC_VIRT_FAULT

    /* The examples of R6 in U with VM=1, and vmsw from a page without VG
     * in S (the only non-illegal case: 24). */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX | XVM_PTE_VG
    CASE 16, sret_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    CASE 17, vmsw0_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    CASE 18, sstatus_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    CASE 19, wfi_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    CASE 20, sfence_snip, PU, 1, XVM_EXC_ILLEGAL_INSN
    MAP_4K GPAGE_VA, s2, F_SRX
    CASE 21, vmsw0_snip, PS, 1, XVM_EXC_VIRT_FAULT
    CASE 22, sstatus_snip, PS, 1, XVM_EXC_VIRT_FAULT

    /* Fetch faults first: unmapped page, no X, physical hole, VA mask. */
    FETCH_CASE 23, NOMAP_VA, PS, XVM_EXC_INSN_PAGE_FAULT
    li s2, NODEV_PA
    MAP_4K NODEV_VA, s2, F_SRX
    FETCH_CASE 24, NODEV_VA, PS, XVM_EXC_INSN_ACCESS
    la s2, xh_gpage
    MAP_4K NODEV_VA, s2, F_SRW
    FETCH_CASE 25, NODEV_VA, PS, XVM_EXC_INSN_PAGE_FAULT
    MAP_4K HIGH_VA, s2, F_SRX
    SET_VAMSB 12
    FETCH_CASE 26, HIGH_VA, PS, XVM_EXC_INSN_ACCESS
    FETCH_CASE 27, NOMAP_VA, PS, XVM_EXC_INSN_ACCESS
    MAP_4K GPAGE_VA, s2, F_URWX
    MAP_4K HIGH_VA, s2, F_URWX
    FETCH_CASE 28, HIGH_VA, PU, XVM_EXC_INSN_ACCESS
    SET_VAMSB 31
    /* Offset 0 of the guest page is a sensitive instruction: at HIGH_VA it
     * runs (unmasked) and faults 24. */
    MAP_4K GPAGE_VA, s2, F_SRX
    MAP_4K HIGH_VA, s2, F_SRX
    CHECK 29
    li s6, HIGH_VA
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_S_EPC, s6
    TEST_PASS

GUEST_PAGE_BEGIN
    /* Offset 0: see check 29. */
sstatus_snip:
    csrr a0, XVM_CSR_SSTATUS
    GEND
    SNIP
ill_first:
    SNIP; csrw XVM_CSR_MSTATUS, a0; GEND
    SNIP; csrr a0, XVM_CSR_MSTATUS; GEND
    SNIP; csrr a0, XVM_CSR_MSTATUSH; GEND
    SNIP; csrr a0, XVM_CSR_MEDELEG; GEND
    SNIP; csrr a0, XVM_CSR_MVENDORID; GEND
    SNIP; csrw XVM_CSR_MVENDORID, a0; GEND
    SNIP; csrw 0x5FF, a0; GEND
    SNIP; csrr a0, 0x5FF; GEND
    SNIP; csrr a0, 0x5C1; GEND
    SNIP; csrr a0, 0x1FF; GEND
    SNIP; csrr a0, 0x9C0; GEND
    SNIP; csrr a0, 0xDC0; GEND
    SNIP; csrw XVM_CSR_CYCLE, a0; GEND
    SNIP; csrs XVM_CSR_CYCLE, a1; GEND
    SNIP; csrwi XVM_CSR_TIME, 1; GEND
    SNIP; csrw XVM_CSR_INSTRET, a0; GEND
    SNIP; csrw XVM_CSR_CYCLEH, a0; GEND
    SNIP; csrr a0, XVM_CSR_HPMCOUNTER3; GEND
    SNIP; mret; GEND
    SNIP; .word 0x00000000; GEND
    SNIP; .word 0xFFFFFFFF; GEND
    SNIP; .insn i XVM_OPCODE_CUSTOM0, 0, x0, x0, 2; GEND
    SNIP; .insn i XVM_OPCODE_CUSTOM0, 0, x1, x0, 1; GEND
    SNIP
ill_last:
sret_snip:
    sret
    GEND
satp_read_snip:
    csrr a0, XVM_CSR_SATP
    GEND
satp_write_snip:
    csrw XVM_CSR_SATP, zero
    GEND
sfence_snip:
    sfence.vma
    GEND
wfi_snip:
    wfi
    GEND
cycle_snip:
    csrr a0, XVM_CSR_CYCLE
    GEND
stimecmp_snip:
    csrr a0, XVM_CSR_STIMECMP
    GEND
vmsw0_snip:
    VMSW0
    GEND
GUEST_PAGE_END
