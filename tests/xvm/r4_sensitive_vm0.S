/* SPDX-License-Identifier: Apache-2.0 */
/* R4, the other side: in S with VM=0 the sensitive CSR instructions,
 * sfence.vma (and sret, wfi: r4_sensitive.S) execute normally. Only forms
 * that leave the CSR's value unchanged are used, since they really run. */
#include "harness.h"

/* Forms that leave the CSR's value as it was (a2 = 0), for VM=0, where
 * they really execute. */
.macro SAFE_FORMS csr
    SNIP; csrrs a0, \csr, x0; GEND
    SNIP; csrrc a0, \csr, x0; GEND
    SNIP; csrrsi a0, \csr, 0; GEND
    SNIP; csrrci a0, \csr, 0; GEND
    SNIP; csrrs a0, \csr, a2; GEND
    SNIP; csrrc a0, \csr, a2; GEND
    SNIP; csrrs a0, \csr, x0; csrrw a0, \csr, a0; GEND
.endm

#define S_CSRS XVM_CSR_SSTATUS, XVM_CSR_SIE, XVM_CSR_STVEC, XVM_CSR_SCOUNTEREN, \
    XVM_CSR_SENVCFG, XVM_CSR_SSCRATCH, XVM_CSR_SEPC, XVM_CSR_SCAUSE,            \
    XVM_CSR_STVAL, XVM_CSR_SIP, XVM_CSR_STIMECMP, XVM_CSR_STIMECMPH,            \
    XVM_CSR_SATP, XVM_CSR_VMCTL

TEST_BODY
    li a2, 0
    SV32_ON
    CHECK 1
    SNIP_LOOP safe_first, safe_last, PS, 0, 0, XH_NONE
    BARE
    CHECK 2
    SNIP_LOOP safe_first, safe_last, PS, 0, 1, XH_NONE
    TEST_PASS

GUEST_PAGE_BEGIN
safe_first:
    .irp csr, S_CSRS
    SAFE_FORMS \csr
    .endr
    SNIP; sfence.vma; GEND
    SNIP; sfence.vma a0, a1; GEND
    SNIP
safe_last:
GUEST_PAGE_END
