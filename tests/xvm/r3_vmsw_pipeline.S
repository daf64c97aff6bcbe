/* SPDX-License-Identifier: Apache-2.0 */
/* R2/R3 around control flow and traps: a vmsw on a path that is not taken
 * (jump, taken branch, jalr) has no effect; one after a not-taken branch
 * does; a trap on the instruction before a vmsw leaves VM alone; a trap on
 * the instruction after it saves the new VM; vmsw right before a jump
 * applies to the target; sensitive instructions, VA-mask faults and illegal
 * words on a path that is not taken raise nothing; a load from the gate
 * page before its vmsw does not spoil the gate. All in S, Sv32, gate page. */
#include "harness.h"

#define NOMAP_VA 0x00003000
#define HIGH_VA  0x00002000

.macro NO_TRAP_CASE n, label, vm, endvm
    CHECK \n
    GVA s6, \label
    RUN PS, \vm, s6
    EXPECT_NO_TRAP PS, \endvm
.endm

/* One trap into S with cause, from VM=trapvm, at label + off. */
.macro TRAP_CASE n, label, vm, cause, trapvm, off
    CHECK \n
    GVA s6, \label
    RUN PS, \vm, s6
    EXPECT_S_TRAP \cause, PS, \trapvm
    addi s6, s6, \off
    EXPECT_REC_R REC_S_EPC, s6
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE
    li a1, NOMAP_VA

    /* vmsw on paths that are not taken. */
    NO_TRAP_CASE 1, jump_over_on, 0, 0
    TRAP_CASE 2, jump_over_off, 1, XVM_EXC_VIRT_FAULT, 1, 8
    NO_TRAP_CASE 3, branch_over_on, 0, 0
    NO_TRAP_CASE 4, jalr_over_on, 0, 0
    /* ... and after a branch that is not taken. */
    TRAP_CASE 5, fall_into_on, 0, XVM_EXC_VIRT_FAULT, 1, 8

    /* A trap before the vmsw: VM unchanged. */
    TRAP_CASE 6, fault_then_on, 0, XVM_EXC_LOAD_PAGE_FAULT, 0, 0
    TRAP_CASE 7, fault_then_off, 1, XVM_EXC_LOAD_PAGE_FAULT, 1, 0
    CHECK 8
    li a7, 0
    GVA s6, ecall_then_on
    RUN PS, 0, s6
    EXPECT_M_TRAP XVM_EXC_ECALL_S, PS, 0
    /* Sensitive instruction before vmsw.0, resumed: the vmsw.0 then runs
     * with VM=1 again and switches. */
    CHECK 9
    GVA s6, sens_then_off
    RUN PS, 1, s6, 0, 1
    EXPECT_REC REC_S_COUNT, 1
    EXPECT_REC REC_S_CAUSE, XVM_EXC_VIRT_FAULT
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_FIELD REC_S_VMCTL, XVM_VMCTL_SPVM_BIT, 1, 1
    EXPECT_END PS, 0

    /* A trap right after the vmsw saves the new VM. */
    TRAP_CASE 10, off_then_fault, 1, XVM_EXC_LOAD_PAGE_FAULT, 0, 4
    TRAP_CASE 11, on_then_fault, 0, XVM_EXC_LOAD_PAGE_FAULT, 1, 4
    CHECK 12
    li a7, 0
    GVA s6, on_then_ecall
    RUN PS, 0, s6
    EXPECT_M_TRAP XVM_EXC_ECALL_S, PS, 1

    /* vmsw, then a jump: the target runs with the new VM. */
    TRAP_CASE 13, on_then_jump, 0, XVM_EXC_VIRT_FAULT, 1, 12
    TRAP_CASE 14, on_off_on, 0, XVM_EXC_VIRT_FAULT, 1, 12
    NO_TRAP_CASE 15, off_on_off, 1, 0

    /* Nothing on paths that are not taken, with VM=1. */
    SET_VAMSB 12
    li a1, HIGH_VA
    NO_TRAP_CASE 16, skip_masked_load, 1, 1
    NO_TRAP_CASE 17, skip_sensitive, 1, 1
    NO_TRAP_CASE 18, skip_illegal, 1, 1
    SET_VAMSB 31

    /* The gate page read as data first (TLB filled by a load). */
    NO_TRAP_CASE 19, load_gate_then_on, 0, 1
    TEST_PASS

GUEST_PAGE_BEGIN
jump_over_on:
    j 1f
    VMSW1
1:  csrr a0, XVM_CSR_SSTATUS
    GEND
jump_over_off:
    j 1f
    VMSW0
1:  csrr a0, XVM_CSR_SSTATUS
    GEND
branch_over_on:
    beq x0, x0, 1f
    VMSW1
1:  csrr a0, XVM_CSR_SSTATUS
    GEND
jalr_over_on:
    auipc t1, 0
    jalr x0, 12(t1)
    VMSW1
    csrr a0, XVM_CSR_SSTATUS
    GEND
fall_into_on:
    bne x0, x0, 1f
    VMSW1
1:  csrr a0, XVM_CSR_SSTATUS
    GEND
fault_then_on:
    lw a0, 0(a1)
    VMSW1
    GEND
fault_then_off:
    lw a0, 0(a1)
    VMSW0
    GEND
ecall_then_on:
    ecall
    VMSW1
    GEND
sens_then_off:
    csrr a0, XVM_CSR_SSTATUS
    VMSW0
    GEND
off_then_fault:
    VMSW0
    lw a0, 0(a1)
    GEND
on_then_fault:
    VMSW1
    lw a0, 0(a1)
    GEND
on_then_ecall:
    VMSW1
    ecall
on_then_jump:
    VMSW1
    j 1f
    nop
1:  csrr a0, XVM_CSR_SSTATUS
    GEND
on_off_on:
    VMSW1
    VMSW0
    VMSW1
    csrr a0, XVM_CSR_SSTATUS
    GEND
off_on_off:
    VMSW0
    VMSW1
    VMSW0
    csrr a0, XVM_CSR_SSTATUS
    GEND
skip_masked_load:
    j 1f
    lw a0, 0(a1)
1:  GEND
skip_sensitive:
    j 1f
    csrr a0, XVM_CSR_SSTATUS
1:  GEND
skip_illegal:
    j 1f
    .word 0x0020000B
1:  GEND
load_gate_then_on:
    lw a0, 0(x0)
    VMSW1
    GEND
GUEST_PAGE_END
