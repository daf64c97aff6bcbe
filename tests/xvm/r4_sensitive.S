/* SPDX-License-Identifier: Apache-2.0 */
/* R4: in S with VM=1 every CSR instruction on an S-level CSR (all six forms,
 * read-only forms included) and sret, sfence.vma and wfi raise the
 * virtualization fault (24, stval = the instruction); in U they are
 * illegal (2) whatever VM (with VM=0 in S they are ordinary:
 * r4_sensitive_vm0.S). Unprivileged counters,
 * fences, ecall and ebreak are not sensitive. */
#include "harness.h"

/* Every CSR form on one CSR: snippets for the VM=1 and U tables. */
.macro ALL_FORMS csr
    SNIP; csrrw a0, \csr, a1; GEND
    SNIP; csrrs a0, \csr, a1; GEND
    SNIP; csrrc a0, \csr, a1; GEND
    SNIP; csrrwi a0, \csr, 5; GEND
    SNIP; csrrsi a0, \csr, 5; GEND
    SNIP; csrrci a0, \csr, 5; GEND
    SNIP; csrrs a0, \csr, x0; GEND
    SNIP; csrrc a0, \csr, x0; GEND
    SNIP; csrrsi a0, \csr, 0; GEND
    SNIP; csrrci a0, \csr, 0; GEND
    SNIP; csrrw x0, \csr, a1; GEND
.endm

#define S_CSRS XVM_CSR_SSTATUS, XVM_CSR_SIE, XVM_CSR_STVEC, XVM_CSR_SCOUNTEREN, \
    XVM_CSR_SENVCFG, XVM_CSR_SSCRATCH, XVM_CSR_SEPC, XVM_CSR_SCAUSE,            \
    XVM_CSR_STVAL, XVM_CSR_SIP, XVM_CSR_STIMECMP, XVM_CSR_STIMECMPH,            \
    XVM_CSR_SATP, XVM_CSR_VMCTL, XVM_CSR_GSCRATCH, XVM_CSR_GEPC, XVM_CSR_GCAUSE, \
    XVM_CSR_GTVAL

TEST_BODY
    li a2, 0
    /* Sv32, S code page. */
    SV32_ON
    CHECK 1
    SNIP_LOOP sens_first, sens_last, PS, 1, 0, XH_STRAP, XVM_EXC_VIRT_FAULT
    CHECK 3
    SNIP_LOOP plain_first, plain_last, PS, 1, 0, XH_NONE
    /* The same with the virtualization fault going to M (not delegated). */
    li t0, 1 << XVM_EXC_VIRT_FAULT
    csrc XVM_CSR_MEDELEG, t0
    CHECK 4
    SNIP_LOOP sens_first, sens_last, PS, 1, 0, XH_MTRAP, XVM_EXC_VIRT_FAULT
    li t0, 1 << XVM_EXC_VIRT_FAULT
    csrs XVM_CSR_MEDELEG, t0
    /* U: illegal with VM 0 and 1. */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX
    CHECK 5
    SNIP_LOOP sens_first, sens_last, PU, 1, 0, XH_STRAP, XVM_EXC_ILLEGAL_INSN
    CHECK 6
    SNIP_LOOP sens_first, sens_last, PU, 0, 0, XH_STRAP, XVM_EXC_ILLEGAL_INSN
    CHECK 7
    SNIP_LOOP plain_first, plain_last, PU, 1, 0, XH_NONE

    /* Bare. */
    BARE
    CHECK 8
    SNIP_LOOP sens_first, sens_last, PS, 1, 1, XH_STRAP, XVM_EXC_VIRT_FAULT
    CHECK 10
    SNIP_LOOP sens_first, sens_last, PU, 1, 1, XH_STRAP, XVM_EXC_ILLEGAL_INSN

    /* sret with VM=0 is a real return (to S, SPVM=0, at sret_to). */
    CHECK 11
    la t0, sret_to
    csrw XVM_CSR_SEPC, t0
    li t0, XVM_MSTATUS_SPP
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_VMCTL_SPVM
    csrc XVM_CSR_VMCTL, t0
    la s6, sret_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 0

    /* wfi with VM=0: retires once an interrupt is pending and enabled in
     * mie (SSIP, delegated, SIE=0 so that it is not taken). */
    CHECK 12
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    csrs XVM_CSR_MIP, t0
    li t0, XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, t0
    la s6, wfi_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 0
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIP, t0
    csrc XVM_CSR_MIE, t0
    csrc XVM_CSR_MIDELEG, t0

    /* ecall and ebreak in a guest are their own exceptions. */
    CHECK 13
    la s6, ecall_snip
    RUN PS, 1, s6
    EXPECT_M_TRAP XVM_EXC_ECALL_S, PS, 1
    EXPECT_REC REC_M_TVAL, 0
    CHECK 14
    la s6, ebreak_snip
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_BREAKPOINT, PS, 1
    EXPECT_REC_R REC_S_TVAL, s6
    TEST_PASS

GUEST_PAGE_BEGIN
sens_first:
    .irp csr, S_CSRS
    ALL_FORMS \csr
    .endr
    SNIP; sret; GEND
    SNIP; sfence.vma; GEND
    SNIP; sfence.vma a0, a1; GEND
    SNIP; wfi; GEND
    SNIP
sens_last:
plain_first:
    SNIP; csrr a0, XVM_CSR_CYCLE; GEND
    SNIP; csrr a0, XVM_CSR_TIME; GEND
    SNIP; csrr a0, XVM_CSR_INSTRET; GEND
    SNIP; csrr a0, XVM_CSR_CYCLEH; GEND
    SNIP; csrr a0, XVM_CSR_TIMEH; GEND
    SNIP; csrr a0, XVM_CSR_INSTRETH; GEND
    SNIP; fence; GEND
    SNIP; fence.i; GEND
    SNIP
plain_last:
sret_snip:
    sret
sret_to:
    GEND
wfi_snip:
    wfi
    GEND
ecall_snip:
    li a7, 0
    ecall
ebreak_snip:
    ebreak
GUEST_PAGE_END
