/* SPDX-License-Identifier: Apache-2.0 */
/* M-mode trap entry installed by crt0. It runs on its own stack (mscratch
 * holds its top) so that traps from S/U with a virtual or bad sp still
 * work, saves every register in a struct xvm_trap_frame, calls
 * xvm_trap_handler(frame) and returns with mret using the frame's mepc,
 * mstatus and registers (the handler may change all of them). */
#include "xvm_defs.h"

#define FRAME_SIZE   (36 * 4)
#define OFF_MEPC     (32 * 4)
#define OFF_MCAUSE   (33 * 4)
#define OFF_MTVAL    (34 * 4)
#define OFF_MSTATUS  (35 * 4)

    .section .text
    .balign 4
    .globl xvm_trap_entry
xvm_trap_entry:
    csrrw   sp, XVM_CSR_MSCRATCH, sp
    addi    sp, sp, -FRAME_SIZE
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw      x\n, (\n * 4)(sp)
    .endr
    sw      zero, 0(sp)
    csrr    t0, XVM_CSR_MSCRATCH
    sw      t0, (2 * 4)(sp)
    csrr    t0, XVM_CSR_MEPC
    sw      t0, OFF_MEPC(sp)
    csrr    t0, XVM_CSR_MCAUSE
    sw      t0, OFF_MCAUSE(sp)
    csrr    t0, XVM_CSR_MTVAL
    sw      t0, OFF_MTVAL(sp)
    csrr    t0, XVM_CSR_MSTATUS
    sw      t0, OFF_MSTATUS(sp)

    mv      a0, sp
    call    xvm_trap_handler

    lw      t0, OFF_MEPC(sp)
    csrw    XVM_CSR_MEPC, t0
    lw      t0, OFF_MSTATUS(sp)
    csrw    XVM_CSR_MSTATUS, t0
    addi    t0, sp, FRAME_SIZE
    csrw    XVM_CSR_MSCRATCH, t0
    .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw      x\n, (\n * 4)(sp)
    .endr
    lw      sp, (2 * 4)(sp)
    mret

    .section .bss
    .balign 16
    .globl xvm_trap_stack_top
xvm_trap_stack:
    .space 4096
xvm_trap_stack_top:
