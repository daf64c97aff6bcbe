/* SPDX-License-Identifier: Apache-2.0 */
/* Monitor entry points: boot, the trap vector with its assembly fast
 * paths, the return into a guest, and the vmsw gate page.
 *
 * The monitor keeps a few words at fixed addresses in the top 2 KiB of
 * every address space (VMM_FIXED_VA, reached as an offset from x0), so a
 * trap or a gate call can save t0 and find the running vCPU without a
 * base register and without touching any CSR. */
#include "vmm.h"
#include "vmm_offsets.h"
#include "xvm.h"
#include "sbi.h"
#include "bundle.h"

#define SLOT(n)       (VCPU_REGS_OFF + (n) * 4)
#define STATUS_MMU    (XVM_MSTATUS_SUM | XVM_MSTATUS_MXR)
#define CSRR_FIELDS   0xFF          /* rs1 and funct3, after >> 12 */

/* 0 leaves the assembly fast paths out, so that every trap takes the C
 * path they re-implement (make test-vmm-fastpath compares the two). */
#ifndef VMM_FAST_PATHS
#define VMM_FAST_PATHS 1
#endif

    .section .text.entry, "ax"
    .globl _start
_start:
    j       0f
    .word   MONITOR_INFO_MAGIC, __vmm_end, VMM_RAM_LIMIT, VMM_MAX_GUESTS, VMM_SHADOW_POOL
0:  la      sp, vmm_stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  call    vmm_main
3:  j       3b

    /* All guest registers into the vCPU at t0 (t0 itself is in VMM_FIX_T0). */
    .macro SAVE_GUEST
    .irp n, 1,2,3,4,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw      x\n, SLOT(\n)(t0)
    .endr
    lw      t1, VMM_FIX_T0(x0)
    sw      t1, SLOT(5)(t0)
    .endm

    /* The guest's own trap records (vmctl.GTR, xvm.md R12) live in
     * gscratch..gtval while it runs and in its vCPU while the monitor's C
     * code runs: copied out on every entry into C, back on the way out. */
    .macro RECORDS_TO_VCPU vcpu, r0, r1, r2, r3
    csrr    \r0, XVM_CSR_GSCRATCH
    csrr    \r1, XVM_CSR_GEPC
    csrr    \r2, XVM_CSR_GCAUSE
    csrr    \r3, XVM_CSR_GTVAL
    sw      \r0, VCPU_SSCRATCH_OFF(\vcpu)
    sw      \r1, VCPU_SEPC_OFF(\vcpu)
    sw      \r2, VCPU_SCAUSE_OFF(\vcpu)
    sw      \r3, VCPU_STVAL_OFF(\vcpu)
    .endm
    .macro RECORDS_FROM_VCPU vcpu, r0, r1, r2, r3
    lw      \r0, VCPU_SSCRATCH_OFF(\vcpu)
    lw      \r1, VCPU_SEPC_OFF(\vcpu)
    lw      \r2, VCPU_SCAUSE_OFF(\vcpu)
    lw      \r3, VCPU_STVAL_OFF(\vcpu)
    csrw    XVM_CSR_GSCRATCH, \r0
    csrw    XVM_CSR_GEPC, \r1
    csrw    XVM_CSR_GCAUSE, \r2
    csrw    XVM_CSR_GTVAL, \r3
    .endm

    /* t2 <- the value a CSR instruction writes (t1 = instruction, t2 = its
     * source operand, t3 = the CSR's old value); t4 <- nonzero when it
     * writes at all (csrrw, or an rs1/uimm field other than 0). */
    /* Back to the guest from a fast path: t0 and t1 were saved in the
     * fixed slots, t2 and t3 in the vCPU. */
    .macro FAST_EXIT
    lw      t1, VMM_FIX_T1(x0)
    lw      t2, SLOT(7)(t0)
    lw      t3, SLOT(28)(t0)
    lw      t0, VMM_FIX_T0(x0)
    sret
    .endm

    /* Branches to \slow when a virtual interrupt may be pending once the
     * guest can take it (enabled in sie, and SSIP set or the virtual timer
     * due); the C path then decides what to inject. Clobbers \a and \b. */
    .macro IRQ_MAY_BE_PENDING a, b, slow
    lw      \a, VCPU_SIE_OFF(t0)
    lw      \b, VCPU_SIP_OFF(t0)
    and     \b, \b, \a
    bnez    \b, \slow
    andi    \a, \a, XVM_MIP_STIP
    beqz    \a, 10f
    lw      \a, (VCPU_STIMECMP_OFF + 4)(t0)
    csrr    \b, XVM_CSR_TIMEH
    bltu    \b, \a, 10f
    bne     \b, \a, \slow
    lw      \a, VCPU_STIMECMP_OFF(t0)
    csrr    \b, XVM_CSR_TIME
    bgeu    \b, \a, \slow
10:
    .endm

    .macro NEW_VALUE
    srli    t4, t1, 12
    andi    t4, t4, 3
    addi    t4, t4, -XVM_F3_CSRRW
    beqz    t4, 8f
    addi    t4, t4, XVM_F3_CSRRW - XVM_F3_CSRRS
    bnez    t4, 7f
    or      t2, t3, t2
    j       9f
7:  not     t2, t2
    and     t2, t3, t2
9:  srli    t4, t1, 15
    andi    t4, t4, 31
    j       6f
8:  li      t4, 1
6:
    .endm

    .section .text
    .option norelax
    .balign 4
    .globl vmm_trap_entry
vmm_trap_entry:
    sw      t0, VMM_FIX_T0(x0)
    lw      t0, VMM_FIX_VCPU(x0)
    sw      t1, VMM_FIX_T1(x0)
    sw      t2, SLOT(7)(t0)
    sw      t3, SLOT(28)(t0)
#if VMM_FAST_PATHS
    csrr    t1, XVM_CSR_SCAUSE
    li      t2, XVM_EXC_VIRT_FAULT
    beq     t1, t2, fast_virt_fault
    li      t2, XVM_EXC_ECALL_S
    beq     t1, t2, fast_ecall
    li      t2, XVM_EXC_ECALL_U
    beq     t1, t2, fast_ecall_u
#endif
slow_path:
    lw      t1, VMM_FIX_T1(x0)
    lw      t2, SLOT(7)(t0)
    lw      t3, SLOT(28)(t0)
    SAVE_GUEST
    RECORDS_TO_VCPU t0, t1, t2, t3, t4
    mv      a0, t0
    csrr    a1, XVM_CSR_SCAUSE
    csrr    a2, XVM_CSR_STVAL
    csrr    a3, XVM_CSR_SEPC
    csrr    a4, XVM_CSR_SSTATUS
    srli    a4, a4, XVM_MSTATUS_SPP_BIT
    andi    a4, a4, 1
    csrr    a5, XVM_CSR_VMCTL
    srli    a5, a5, XVM_VMCTL_SPVM_BIT
    andi    a5, a5, 1
    la      sp, vmm_stack_top
    call    vmm_trap

    /* a0 = the vCPU to run. */
    .globl vmm_enter
vmm_enter:
    sw      a0, VMM_FIX_VCPU(x0)
    lw      t0, VCPU_PC_OFF(a0)
    csrw    XVM_CSR_SEPC, t0
    RECORDS_FROM_VCPU a0, t0, t1, t2, t3
    .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw      x\n, SLOT(\n)(a0)
    .endr
    lw      a0, SLOT(10)(a0)
    sret

#if VMM_FAST_PATHS
    /* The null hypercall by ecall: answered without leaving assembly. */
fast_ecall:
    li      t1, SBI_EXT_XVM
    bne     a7, t1, slow_path
    addi    t1, a6, -SBI_XVM_NULL
    bnez    t1, slow_path
    li      a0, SBI_SUCCESS
    li      a1, 0
    lw      t1, VCPU_ECALL_NULL_OFF(t0)
    addi    t1, t1, 1
    sw      t1, VCPU_ECALL_NULL_OFF(t0)
    j       fast_next

    /* A system call of a guest task: reflected to the guest kernel as the
     * hardware would deliver it (vcpu_trap() in assembly). It came from U
     * after an sret, so it cannot be part of a trap storm, and it leaves
     * the guest in S with SIE = 0: nothing to inject. */
fast_ecall_u:
    lw      t1, VCPU_SSTATUS_OFF(t0)
    andi    t2, t1, XVM_MSTATUS_SIE
    slli    t2, t2, XVM_MSTATUS_SPIE_BIT - XVM_MSTATUS_SIE_BIT
    andi    t1, t1, ~(XVM_MSTATUS_SIE | XVM_MSTATUS_SPIE | XVM_MSTATUS_SPP)
    or      t1, t1, t2
    sw      t1, VCPU_SSTATUS_OFF(t0)
    lw      t1, VCPU_FAST_REFLECT_OFF(t0)
    csrr    t2, XVM_CSR_SEPC
    csrw    XVM_CSR_GEPC, t2
    addi    t1, t1, 1
    li      t2, XVM_EXC_ECALL_U
    csrw    XVM_CSR_GCAUSE, t2
    sw      t1, VCPU_FAST_REFLECT_OFF(t0)
    csrw    XVM_CSR_GTVAL, zero
    li      t2, XVM_PRIV_S
    sw      t2, VCPU_PRIV_OFF(t0)
    lw      t2, VCPU_STVEC_OFF(t0)
    andi    t2, t2, -4
    csrw    XVM_CSR_SEPC, t2
    li      t3, XVM_MSTATUS_SPP
    csrs    XVM_CSR_SSTATUS, t3
    FAST_EXIT

    /* Hot virtualization faults: csr instructions on sstatus (the trap
     * records never fault: R12), emulated with t0-t4:
     * t0 = vCPU, t1 = instruction, t2 = source operand, t3 = old value.
     * A write that sets sstatus.SIE while a virtual interrupt may be
     * pending, and anything else, needs C: the slow path. */
fast_virt_fault:
    csrr    t1, XVM_CSR_STVAL
    /* Only SYSTEM and custom-0 (vmsw, funct3 = rs1 = 0) instructions raise
     * virtualization faults, so rs1 = 0 and funct3 = csrrs is a csrr. */
    srli    t2, t1, 12
    andi    t2, t2, CSRR_FIELDS
    addi    t2, t2, -XVM_F3_CSRRS
    bnez    t2, 3f
    srli    t2, t1, 20
    addi    t3, t2, -XVM_CSR_SSTATUS
    bnez    t3, 3f
    lw      t3, VCPU_SSTATUS_OFF(t0)

    /* guest rd <- t3 */
set_rd:
    srli    t2, t1, 4
    andi    t2, t2, 31 << 3
1:  auipc   t1, %pcrel_hi(rd_table)
    add     t1, t1, t2
    jalr    x0, %pcrel_lo(1b)(t1)

    /* funct3 = 0: sret, wfi, sfence.vma or vmsw; otherwise a CSR op. */
3:  srli    t2, t1, 12
    andi    t2, t2, 7
    bnez    t2, csr_op
    li      t3, XVM_INSN_SRET
    beq     t1, t3, fast_sret
    j       slow_path
csr_op:
    sw      t4, SLOT(29)(t0)
    andi    t3, t2, XVM_F3_CSR_IMM
    bnez    t3, 1f
    srli    t3, t1, 15
    andi    t3, t3, 31
    slli    t3, t3, 3
    la      t4, rs1_table
    add     t4, t4, t3
    jr      t4
1:  srli    t2, t1, 15
    andi    t2, t2, 31
got_rs1:
    srli    t3, t1, 20
    li      t4, XVM_CSR_SSTATUS
    beq     t3, t4, f_sstatus
slow_t4:
    lw      t4, SLOT(29)(t0)
    j       slow_path

f_sstatus:
    lw      t3, VCPU_SSTATUS_OFF(t0)
    NEW_VALUE
    beqz    t4, set_rd_t4
    li      t4, XVM_SSTATUS_MASK
    and     t2, t2, t4
    andi    t4, t2, XVM_MSTATUS_SIE
    beqz    t4, 2f
    andi    t4, t3, XVM_MSTATUS_SIE
    bnez    t4, 2f
    /* SIE 0 -> 1 (local_irq_enable): t1 is free until it is read back
     * from stval. */
    IRQ_MAY_BE_PENDING t4, t1, slow_t4
    csrr    t1, XVM_CSR_STVAL
2:  sw      t2, VCPU_SSTATUS_OFF(t0)
    xor     t4, t2, t3
    srli    t4, t4, XVM_MSTATUS_SUM_BIT
    andi    t4, t4, STATUS_MMU >> XVM_MSTATUS_SUM_BIT
    beqz    t4, set_rd_t4
    /* SUM/MXR changed: the real ones follow (the shadow keeps U bits). */
    li      t4, STATUS_MMU
    csrc    XVM_CSR_SSTATUS, t4
    and     t2, t2, t4
    csrs    XVM_CSR_SSTATUS, t2
set_rd_t4:
    lw      t4, SLOT(29)(t0)
    j       set_rd

fast_done:
    lw      t1, VCPU_FAST_CSR_OFF(t0)
    csrr    t2, XVM_CSR_SEPC
    addi    t1, t1, 1
    addi    t2, t2, 4
    sw      t1, VCPU_FAST_CSR_OFF(t0)
    csrw    XVM_CSR_SEPC, t2
    FAST_EXIT
fast_next:
    csrr    t1, XVM_CSR_SEPC
    addi    t1, t1, 4
    csrw    XVM_CSR_SEPC, t1
    FAST_EXIT

    /* sret, unless a virtual interrupt may be pending (the C path then
     * decides what to inject): priv <- SPP, SIE <- SPIE, SPIE <- 1,
     * SPP <- U, pc <- sepc (R4, privileged spec). */
fast_sret:
    IRQ_MAY_BE_PENDING t2, t3, slow_path
    lw      t1, VCPU_SSTATUS_OFF(t0)
    andi    t2, t1, XVM_MSTATUS_SPP
    srli    t2, t2, XVM_MSTATUS_SPP_BIT
    sw      t2, VCPU_PRIV_OFF(t0)
    li      t3, XVM_MSTATUS_SPP
    beqz    t2, 2f
    csrs    XVM_CSR_SSTATUS, t3
    j       3f
2:  csrc    XVM_CSR_SSTATUS, t3
3:  andi    t2, t1, XVM_MSTATUS_SPIE
    srli    t2, t2, XVM_MSTATUS_SPIE_BIT - XVM_MSTATUS_SIE_BIT
    andi    t1, t1, ~(XVM_MSTATUS_SIE | XVM_MSTATUS_SPP)
    or      t1, t1, t2
    ori     t1, t1, XVM_MSTATUS_SPIE
    sw      t1, VCPU_SSTATUS_OFF(t0)
    sw      zero, VCPU_STORM_OFF(t0)
    lw      t1, VCPU_FAST_SRET_OFF(t0)
    csrr    t2, XVM_CSR_GEPC
    addi    t1, t1, 1
    csrw    XVM_CSR_SEPC, t2
    sw      t1, VCPU_FAST_SRET_OFF(t0)
    FAST_EXIT

    /* t2 <- guest register rs1 (8 bytes per entry). */
    .balign 8
rs1_table:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .if \n == 0
    li      t2, 0
    .elseif \n == 5
    lw      t2, VMM_FIX_T0(x0)
    .elseif \n == 6
    lw      t2, VMM_FIX_T1(x0)
    .elseif \n == 7 || \n == 28 || \n == 29
    lw      t2, SLOT(\n)(t0)
    .else
    mv      t2, x\n
    .endif
    j       got_rs1
    .endr

    /* guest register rd <- t3 (8 bytes per entry); t4 is live again. */
rd_table:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .if \n == 0
    nop
    .elseif \n == 5
    sw      t3, VMM_FIX_T0(x0)
    .elseif \n == 6
    sw      t3, VMM_FIX_T1(x0)
    .elseif \n == 7 || \n == 28
    sw      t3, SLOT(\n)(t0)
    .else
    mv      x\n, t3
    .endif
    j       fast_done
    .endr
#endif

    /* From the gate with VM=0, interrupts off (SIE=0) and every guest
     * register intact: saves the guest like a trap and resumes it, after
     * the hypercall, at the gate's vmsw.1. */
    .globl vmm_gate_entry
vmm_gate_entry:
    sw      t0, VMM_FIX_T0(x0)
    lw      t0, VMM_FIX_VCPU(x0)
    SAVE_GUEST
    RECORDS_TO_VCPU t0, t1, t2, t3, t4
    la      t1, vmm_gate_return
    sw      t1, VCPU_PC_OFF(t0)
    mv      a0, t0
    la      sp, vmm_stack_top
    call    vmm_gate_call
    j       vmm_enter

    /* The gate page, mapped at VMM_GATE_VA in every shadow with VG=1,
     * X=1, U=0 (R2); the rest of the page is zero (illegal instructions).
     * After vmsw.0 it answers the null hypercall itself, in a0 and a1 (its
     * results, so a0 is the only register it saves, and a0 = 0 = success
     * once the checks pass), counting in VMM_FIX_GATE_NULL; any other call
     * continues in the monitor. Entered anywhere else, with VM=1, its first
     * access to the monitor's half is refused by the VA mask (R10). */
    .section .gate, "ax"
    .globl vmm_gate
vmm_gate:
    VMSW0
    sw      a0, VMM_FIX_A0(x0)
    li      a0, SBI_EXT_XVM
    bne     a7, a0, 1f
    addi    a0, a6, -SBI_XVM_NULL
    bnez    a0, 1f
    lw      a1, VMM_FIX_GATE_NULL(x0)
    addi    a1, a1, 1
    sw      a1, VMM_FIX_GATE_NULL(x0)
    li      a1, 0
    .globl vmm_gate_return
vmm_gate_return:
    VMSW1
    ret
1:  lw      a0, VMM_FIX_A0(x0)
    j       vmm_gate_entry

    .section .bss.stack, "aw", @nobits
    .balign 16
    .space VMM_STACK_SIZE
    .globl vmm_stack_top
vmm_stack_top:
