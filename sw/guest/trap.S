/* SPDX-License-Identifier: Apache-2.0 */
/* Traps come only from U-mode (the kernel runs with SIE=0 and never
 * faults): sscratch holds the current task, whose struct starts with the
 * saved registers. trap_handler() returns the task to resume. */
#include "guest.h"

    .section .text
    .balign 4
    .globl trap_entry
trap_entry:
    csrrw   sp, XVM_CSR_SSCRATCH, sp
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw      x\n, (TASK_REGS_OFF + \n * 4)(sp)
    .endr
    csrr    t0, XVM_CSR_SSCRATCH
    sw      t0, (TASK_REGS_OFF + 2 * 4)(sp)
    csrr    t0, XVM_CSR_SEPC
    sw      t0, TASK_PC_OFF(sp)
    mv      a0, sp
    la      sp, kstack_top
    call    trap_handler

    .globl user_return
user_return:
    csrw    XVM_CSR_SSCRATCH, a0
    lw      t0, TASK_PC_OFF(a0)
    csrw    XVM_CSR_SEPC, t0
    .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw      x\n, (TASK_REGS_OFF + \n * 4)(a0)
    .endr
    lw      a0, (TASK_REGS_OFF + 10 * 4)(a0)
    sret
