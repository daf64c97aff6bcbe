/* SPDX-License-Identifier: Apache-2.0 */
/* R3: the instruction after vmsw is fetched, decoded and checked with the
 * new VM: sensitive instructions, data VA masking, fetch VA masking and S
 * interrupts (R9) all see the new VM at the very next instruction; vmsw has
 * no CSR side effect. */
#include "harness.h"

#define EDGE_VA 0x00001000      /* page whose last word is a vmsw */
#define NEXT_VA 0x00002000      /* the page right after it */

.macro GATE_RUN vm, label
    GVA s6, \label
    RUN PS, \vm, s6
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE

    /* Sensitive instruction right after the switch. */
    CHECK 1
    GATE_RUN 0, on_then_csr
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    lw s5, on_then_csr + 4
    EXPECT_REC_R REC_S_TVAL, s5
    addi s6, s6, 4
    EXPECT_REC_R REC_S_EPC, s6
    CHECK 2
    GATE_RUN 1, off_then_csr
    EXPECT_NO_TRAP PS, 0
    CHECK 3
    GATE_RUN 0, on_then_sret
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    lw s5, on_then_sret + 4
    EXPECT_REC_R REC_S_TVAL, s5
    CHECK 4
    GATE_RUN 1, off_then_sfence
    EXPECT_NO_TRAP PS, 0

    /* Data masking right after the switch (VAMSB=12: limit 0x1FFF; VA
     * 0x2000 is mapped, so only the mask can fault). */
    SET_VAMSB 12
    la s2, xh_dpage
    MAP_4K NEXT_VA, s2, F_SRW
    CHECK 5
    li a1, NEXT_VA
    GATE_RUN 0, on_then_load
    EXPECT_S_TRAP XVM_EXC_LOAD_ACCESS, PS, 1
    EXPECT_REC REC_S_TVAL, NEXT_VA
    GVA s6, on_then_load
    addi s6, s6, 4
    EXPECT_REC_R REC_S_EPC, s6
    CHECK 6
    li a1, NEXT_VA
    GATE_RUN 1, off_then_load
    EXPECT_NO_TRAP PS, 0

    /* Fetch masking right after the switch: a vmsw in the last word below
     * the limit, and the next page (mapped, executable, starting with GEND)
     * above it. */
    la s2, xh_epage
    MAP_4K EDGE_VA, s2, F_GATE
    la s2, xh_gpage
    MAP_4K NEXT_VA, s2, F_SRX
    la t1, xh_epage + 0xFFC
    li t2, XVM_INSN_VMSW1
    sw t2, 0(t1)
    fence.i
    CHECK 7
    li s6, NEXT_VA - 4
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, PS, 1
    EXPECT_REC REC_S_TVAL, NEXT_VA
    EXPECT_REC REC_S_EPC, NEXT_VA
    la t1, xh_epage + 0xFFC
    li t2, XVM_INSN_VMSW0
    sw t2, 0(t1)
    fence.i
    CHECK 8
    li s6, NEXT_VA - 4
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 0
    SET_VAMSB 31

    /* A pending S interrupt (SSIP, delegated, SSIE=1, SIE=0) is taken right
     * after vmsw.1: its sepc is the instruction after the vmsw. */
    li t0, XVM_MIP_SSIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    csrs XVM_CSR_MIP, t0
    li t0, XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, t0
    CHECK 9
    GATE_RUN 0, on_then_nop
    EXPECT_S_TRAP XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI, PS, 1
    GVA s6, on_then_nop
    addi s6, s6, 4
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_REC REC_S_TVAL, 0
    li t0, XVM_MIP_SSIP
    csrc XVM_CSR_MIP, t0
    csrc XVM_CSR_MIE, t0
    csrc XVM_CSR_MIDELEG, t0

    /* No side effect on S CSRs: sepc, scause, stval, vmctl keep their
     * values across vmsw.1 and vmsw.0. */
    CHECK 10
    li s7, 0x00ABCDE0
    csrw XVM_CSR_SEPC, s7
    csrw XVM_CSR_SCAUSE, s7
    csrw XVM_CSR_STVAL, s7
    li s8, XVM_VMCTL_SPVM | (23 << XVM_VMCTL_VAMSB_LO)
    csrw XVM_CSR_VMCTL, s8
    csrr s9, XVM_CSR_SSTATUS
    GATE_RUN 0, on_off
    EXPECT_NO_TRAP PS, 0
    EXPECT_REC_R REC_E_VMCTL, s8
    csrr t1, XVM_CSR_SEPC
    EXPECT_EQ_R t1, s7
    csrr t1, XVM_CSR_SCAUSE
    EXPECT_EQ_R t1, s7
    csrr t1, XVM_CSR_STVAL
    EXPECT_EQ_R t1, s7
    csrr t1, XVM_CSR_SSTATUS
    EXPECT_EQ_R t1, s9
    TEST_PASS

GUEST_PAGE_BEGIN
    /* Offset 0: also the code at NEXT_VA in checks 7 and 8. */
    GEND
on_then_csr:
    VMSW1
    csrr a0, XVM_CSR_SSTATUS
    GEND
off_then_csr:
    VMSW0
    csrr a0, XVM_CSR_SSTATUS
    GEND
on_then_sret:
    VMSW1
    sret
    GEND
off_then_sfence:
    VMSW0
    sfence.vma
    GEND
on_then_load:
    VMSW1
    lw a0, 0(a1)
    GEND
off_then_load:
    VMSW0
    lw a0, 0(a1)
    GEND
on_then_nop:
    VMSW1
    nop
    GEND
on_off:
    VMSW1
    VMSW0
    GEND
GUEST_PAGE_END
