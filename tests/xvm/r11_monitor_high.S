/* SPDX-License-Identifier: Apache-2.0 */
/* R11 and the monitor layout it allows: VAMSB=30, the monitor (the
 * harness's S handler and mon_entry) lives above 0x7FFFFFFF in the same
 * address space as the guest. A paravirtual hypercall goes guest -> gate
 * page (vmsw.0) -> monitor at its high address -> gate (vmsw.1; ret) with
 * no trap and no satp change, and returns the guest's VA limit
 * (XVM_VA_LIMIT(30)); a trap from the guest reaches the high handler
 * directly; the guest itself cannot fetch or load the monitor's pages. */
#include "harness.h"

#define GATE_VA 0x00003000      /* the guest page again, as a gate page */
#define VAMSB   30

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GATE_VA, s2, F_GATE
    SET_VAMSB VAMSB
    csrr s7, XVM_CSR_SATP

    /* Hypercall round trip. */
    CHECK 1
    GVA a3, gate_call
    li t0, GATE_VA
    add a3, a3, t0
    li a4, 0
    GVA s6, guest_hypercall
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 1
    EXPECT_EQ a4, XVM_VA_LIMIT(VAMSB)
    la t0, mon_calls
    lw t1, 0(t0)
    EXPECT_EQ t1, 1
    csrr t1, XVM_CSR_SATP
    EXPECT_EQ_R t1, s7
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, VAMSB << XVM_VMCTL_VAMSB_LO

    /* A trap from the guest lands in the high handler, VM=0 (R7). */
    CHECK 2
    GVA s6, guest_sensitive
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1

    /* The monitor's pages are mapped but out of the guest's reach. */
    CHECK 3
    la a1, mon_calls
    GVA s6, guest_peek
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_LOAD_ACCESS, PS, 1
    EXPECT_REC_R REC_S_TVAL, a1
    CHECK 4
    la s6, mon_entry
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, PS, 1
    EXPECT_REC_R REC_S_TVAL, s6

    /* The gate code through the guest's own (non-gate) mapping: 24. */
    CHECK 5
    GVA a3, gate_call
    li a4, 0
    GVA s6, guest_hypercall
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_S_EPC, a3
    SET_VAMSB 31
    TEST_PASS

/* The monitor's hypercall entry (S, VM=0, high address): counts the call
 * and returns the guest's VA limit computed from vmctl (readable here only
 * because VM=0) through the gate's return path. */
    .balign 4
mon_entry:
    la t0, mon_calls
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    csrr t1, XVM_CSR_VMCTL
    srli t1, t1, XVM_VMCTL_VAMSB_LO
    andi t1, t1, 31
    li t2, 31
    sub t2, t2, t1
    li a0, -1
    srl a0, a0, t2
    la t0, gate_ret
    la t1, xh_gpage
    sub t0, t0, t1
    li t1, GATE_VA
    add t0, t0, t1
    jr t0

    .section .data
    .balign 4
mon_calls:
    .word 0

GUEST_PAGE_BEGIN
guest_hypercall:
    jalr ra, a3
    mv a4, a0
    GEND
guest_sensitive:
    csrr a0, XVM_CSR_SATP
    GEND
guest_peek:
    lw a0, 0(a1)
    GEND
/* Runs at GATE_VA + offset, where the page is a gate (VG=1). */
gate_call:
    VMSW0
    lui t0, %hi(mon_entry)
    addi t0, t0, %lo(mon_entry)
    jr t0
gate_ret:
    VMSW1
    ret
GUEST_PAGE_END
