/* SPDX-License-Identifier: Apache-2.0 */
/* uint32_t run_mode(uint32_t (*fn)(uint32_t), uint32_t arg, uint32_t mpp)
 * Calls fn(arg) in the privilege whose mstatus.MPP field value is mpp and
 * returns its result in M. fn returns to run_mode_exit, whose ecall with
 * a7 = RUN_MODE_EXIT the program's trap handler turns into a return to
 * run_mode_back in M (see run_mode.h). fn runs on the caller's stack. */
#include "xvm_defs.h"
#include "run_mode.h"

    .text
    .globl run_mode
run_mode:
    addi    sp, sp, -16
    sw      ra, 12(sp)
    csrr    t0, XVM_CSR_MSTATUS
    li      t1, XVM_MSTATUS_MPP
    not     t1, t1
    and     t0, t0, t1
    or      t0, t0, a2
    csrw    XVM_CSR_MSTATUS, t0
    csrw    XVM_CSR_MEPC, a0
    mv      a0, a1
    la      ra, run_mode_exit
    mret
run_mode_exit:
    li      a7, RUN_MODE_EXIT
    ecall
    .globl run_mode_back
run_mode_back:
    lw      ra, 12(sp)
    addi    sp, sp, 16
    ret
