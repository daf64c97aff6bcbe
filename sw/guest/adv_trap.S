/* SPDX-License-Identifier: Apache-2.0 */
/* The adversarial guest's S-mode trap vector and its probe: probe(fn)
 * calls fn and returns 0, or, when fn traps, records scause/stval and
 * returns 1 from probe with the callee-saved registers restored. */
#include "guest.h"

    .section .text
    .balign 4
    .globl adv_probe
adv_probe:
    la      t0, probe_ctx
    sw      ra, 0(t0)
    sw      sp, 4(t0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    sw      s\n, (8 + \n * 4)(t0)
    .endr
    jalr    a0
    /* fn returned without trapping: the jalr replaced ra. */
    la      t0, probe_ctx
    lw      ra, 0(t0)
    li      a0, 0
    ret

    .globl adv_trap_vector
adv_trap_vector:
    csrr    t0, XVM_CSR_SCAUSE
    la      t1, adv_last_cause
    sw      t0, 0(t1)
    csrr    t0, XVM_CSR_STVAL
    la      t1, adv_last_tval
    sw      t0, 0(t1)
    la      t0, probe_resume
    csrw    XVM_CSR_SEPC, t0
    sret

probe_resume:
    la      t0, probe_ctx
    lw      ra, 0(t0)
    lw      sp, 4(t0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    lw      s\n, (8 + \n * 4)(t0)
    .endr
    li      a0, 1
    ret

    .section .bss
    .balign 4
probe_ctx:
    .space 4 * 14
    .globl adv_last_cause, adv_last_tval
adv_last_cause:
    .space 4
adv_last_tval:
    .space 4
