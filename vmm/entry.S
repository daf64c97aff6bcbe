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

#define SLOT(n)      (VCPU_REGS_OFF + (n) * 4)
#define T0_SLOT      SLOT(5)
#define T1_SLOT      SLOT(6)
#define T2_SLOT      SLOT(7)
#define T3_SLOT      SLOT(28)
#define OPCODE_SYSTEM 0x73
#define FUNCT3_IMM    4
#define OP_CSRRW      1
#define OP_CSRRS      2
#define STATUS_MMU    (XVM_MSTATUS_SUM | XVM_MSTATUS_MXR)
#define CSRR_MASK     0x000FF07F    /* rs1, funct3, opcode */
#define CSRR_MATCH    ((OP_CSRRS << 12) | OPCODE_SYSTEM)

    /* t1 <- the value the instruction writes (from t1 = source, t2 = old);
     * t3 <- nonzero when it writes at all (csrrw, or rs1/uimm field != 0). */
    .macro call_new_value_t3
    srli    t3, t0, 12
    andi    t3, t3, 3
    addi    t3, t3, -OP_CSRRW
    beqz    t3, 8f
    addi    t3, t3, OP_CSRRW - OP_CSRRS
    bnez    t3, 7f
    or      t1, t2, t1
    j       9f
7:  not     t1, t1
    and     t1, t2, t1
9:  srli    t3, t0, 15
    andi    t3, t3, 31
    j       6f
8:  li      t3, 1
6:
    .endm

    .section .text
    .option norelax
    .balign 4
    .globl vmm_trap_entry
vmm_trap_entry:
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    sw      t0, T0_SLOT(sp)
    sw      t1, T1_SLOT(sp)
    sw      t2, T2_SLOT(sp)
    sw      t3, T3_SLOT(sp)
    csrr    t0, XVM_CSR_SCAUSE
    li      t1, XVM_EXC_VIRT_FAULT
    beq     t0, t1, fast_virt_fault
    li      t1, XVM_EXC_ECALL_S
    beq     t0, t1, fast_ecall
slow_path:
    lw      t0, T0_SLOT(sp)
    lw      t1, T1_SLOT(sp)
    lw      t2, T2_SLOT(sp)
    lw      t3, T3_SLOT(sp)
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
    j       vmm_enter

    /* The null hypercall by ecall: answered without leaving assembly. */
fast_ecall:
    li      t1, SBI_EXT_XVM
    bne     a7, t1, slow_path
    li      t1, SBI_XVM_NULL
    bne     a6, t1, slow_path
    li      a0, SBI_SUCCESS
    li      a1, 0
    lw      t1, VCPU_ECALL_NULL_OFF(sp)
    addi    t1, t1, 1
    sw      t1, VCPU_ECALL_NULL_OFF(sp)
    j       fast_next

    /* Hot virtualization faults: csr instructions on sstatus, sscratch,
     * sepc (read and write) and scause, stval (read), emulated with t0-t3
     * only. t0 = instruction, t1 = source operand, t2 = old value. A write
     * that sets sstatus.SIE may unmask a pending interrupt: slow path. */
fast_virt_fault:
    csrr    t0, XVM_CSR_STVAL
    /* csrr rd, csr (csrrs with rs1 = x0): no operand, no write. */
    li      t1, CSRR_MASK
    and     t1, t0, t1
    li      t2, CSRR_MATCH
    bne     t1, t2, 3f
    srli    t2, t0, 20
    li      t3, XVM_CSR_SSTATUS
    bne     t2, t3, 4f
    lw      t2, VCPU_SSTATUS_OFF(sp)
    j       set_rd
4:  li      t3, XVM_CSR_SEPC
    bne     t2, t3, 5f
    lw      t2, VCPU_SEPC_OFF(sp)
    j       set_rd
5:  li      t3, XVM_CSR_SSCRATCH
    bne     t2, t3, 3f
    lw      t2, VCPU_SSCRATCH_OFF(sp)
    j       set_rd
3:  andi    t1, t0, 0x7F
    li      t2, OPCODE_SYSTEM
    bne     t1, t2, slow_path
    srli    t1, t0, 12
    andi    t1, t1, 7
    beqz    t1, slow_path
    andi    t2, t1, FUNCT3_IMM
    bnez    t2, 1f
    srli    t2, t0, 15
    andi    t2, t2, 31
    slli    t2, t2, 3
    la      t3, rs1_table
    add     t3, t3, t2
    jr      t3
1:  srli    t1, t0, 15
    andi    t1, t1, 31
got_rs1:
    srli    t2, t0, 20
    li      t3, XVM_CSR_SSCRATCH
    beq     t2, t3, f_sscratch
    li      t3, XVM_CSR_SEPC
    beq     t2, t3, f_sepc
    li      t3, XVM_CSR_SSTATUS
    beq     t2, t3, f_sstatus
    li      t3, XVM_CSR_SCAUSE
    beq     t2, t3, f_scause
    li      t3, XVM_CSR_STVAL
    beq     t2, t3, f_stval
    j       slow_path

f_scause:
    lw      t2, VCPU_SCAUSE_OFF(sp)
    j       read_only
f_stval:
    lw      t2, VCPU_STVAL_OFF(sp)
read_only:
    call_new_value_t3
    bnez    t3, slow_path
    j       set_rd

f_sscratch:
    lw      t2, VCPU_SSCRATCH_OFF(sp)
    call_new_value_t3
    beqz    t3, set_rd
    sw      t1, VCPU_SSCRATCH_OFF(sp)
    j       set_rd

f_sepc:
    lw      t2, VCPU_SEPC_OFF(sp)
    call_new_value_t3
    beqz    t3, set_rd
    andi    t1, t1, -4
    sw      t1, VCPU_SEPC_OFF(sp)
    j       set_rd

f_sstatus:
    lw      t2, VCPU_SSTATUS_OFF(sp)
    call_new_value_t3
    beqz    t3, set_rd
    li      t3, XVM_SSTATUS_MASK
    and     t1, t1, t3
    andi    t3, t1, XVM_MSTATUS_SIE
    beqz    t3, 2f
    andi    t3, t2, XVM_MSTATUS_SIE
    beqz    t3, slow_path
2:  sw      t1, VCPU_SSTATUS_OFF(sp)
    li      t3, STATUS_MMU
    csrc    XVM_CSR_SSTATUS, t3
    and     t1, t1, t3
    csrs    XVM_CSR_SSTATUS, t1
    j       set_rd

set_rd:
    srli    t3, t0, 7
    andi    t3, t3, 31
    slli    t3, t3, 3
    la      t1, rd_table
    add     t1, t1, t3
    jr      t1

fast_done:
    lw      t1, VCPU_FAST_CSR_OFF(sp)
    addi    t1, t1, 1
    sw      t1, VCPU_FAST_CSR_OFF(sp)
fast_next:
    csrr    t1, XVM_CSR_SEPC
    addi    t1, t1, 4
    csrw    XVM_CSR_SEPC, t1
    lw      t0, T0_SLOT(sp)
    lw      t1, T1_SLOT(sp)
    lw      t2, T2_SLOT(sp)
    lw      t3, T3_SLOT(sp)
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    sret

    /* t1 <- guest register rs1 (8 bytes per entry). */
    .balign 8
rs1_table:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .if \n == 0
    li      t1, 0
    .elseif \n == 2
    csrr    t1, XVM_CSR_SSCRATCH
    .elseif \n == 5 || \n == 6 || \n == 7 || \n == 28
    lw      t1, SLOT(\n)(sp)
    .else
    mv      t1, x\n
    .endif
    j       got_rs1
    .endr

    /* guest register rd <- t2 (8 bytes per entry). */
rd_table:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .if \n == 0
    nop
    .elseif \n == 2
    csrw    XVM_CSR_SSCRATCH, t2
    .elseif \n == 5 || \n == 6 || \n == 7 || \n == 28
    sw      t2, SLOT(\n)(sp)
    .else
    mv      x\n, t2
    .endif
    j       fast_done
    .endr

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
