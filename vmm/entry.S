/* Monitor entry points: boot, the trap vector, the return into a guest,
 * and the gate path (vmsw.0 in the gate page, then here with VM=0 and the
 * guest's registers; back through vmsw.1). sscratch holds the running
 * vCPU whenever a guest runs. */
#include "vmm.h"
#include "xvm.h"
#include "sbi.h"

    .section .text.entry, "ax"
    .globl _start
_start:
    la      sp, vmm_stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  call    vmm_main
3:  j       3b

    .macro SAVE_GUEST
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw      x\n, (VCPU_REGS_OFF + \n * 4)(sp)
    .endr
    csrr    t0, XVM_CSR_SSCRATCH
    sw      t0, (VCPU_REGS_OFF + 2 * 4)(sp)
    .endm

    .section .text
    .balign 4
    .globl vmm_trap_entry
vmm_trap_entry:
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    SAVE_GUEST
    mv      a0, sp
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

    .globl vmm_enter
vmm_enter:
    csrw    XVM_CSR_SSCRATCH, a0
    lw      t0, VCPU_PC_OFF(a0)
    csrw    XVM_CSR_SEPC, t0
    .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw      x\n, (VCPU_REGS_OFF + \n * 4)(a0)
    .endr
    lw      a0, (VCPU_REGS_OFF + 10 * 4)(a0)
    sret

    /* Reached from the gate with VM=0 and interrupts off (SIE=0). The
     * null hypercall returns at once (it saves only t0); everything else
     * saves the guest like a trap and resumes it at the gate's vmsw.1. */
    .globl vmm_gate_entry
vmm_gate_entry:
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    sw      t0, (VCPU_REGS_OFF + 5 * 4)(sp)
    li      t0, SBI_EXT_XVM
    bne     a7, t0, 1f
    li      t0, SBI_XVM_NULL
    bne     a6, t0, 1f
    lw      t0, VCPU_GATE_NULL_OFF(sp)
    addi    t0, t0, 1
    sw      t0, VCPU_GATE_NULL_OFF(sp)
    lw      t0, (VCPU_REGS_OFF + 5 * 4)(sp)
    li      a0, SBI_SUCCESS
    li      a1, 0
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    j       vmm_gate_return
1:  lw      t0, (VCPU_REGS_OFF + 5 * 4)(sp)
    SAVE_GUEST
    li      t0, VMM_GATE_RETURN
    sw      t0, VCPU_PC_OFF(sp)
    mv      a0, sp
    la      sp, vmm_stack_top
    call    vmm_gate_call
    j       vmm_enter

    /* The gate page, mapped at VMM_GATE_VA in every shadow with VG=1,
     * X=1, U=0 (R2). The rest of the page is zero: illegal instructions. */
    .section .gate, "ax"
    .globl vmm_gate
vmm_gate:
    VMSW0
    j       vmm_gate_entry
    .globl vmm_gate_return
vmm_gate_return:
    VMSW1
    ret

    .section .bss.stack, "aw", @nobits
    .balign 16
    .space 4096
    .globl vmm_stack_top
vmm_stack_top:
