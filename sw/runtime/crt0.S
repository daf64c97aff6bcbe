/* SPDX-License-Identifier: Apache-2.0 */
/* Reset entry: M-mode at XVM_RESET_PC. Sets up gp, tp, sp, the trap
 * vector and a zeroed .bss, runs constructors, then exit(main()). */
#include "xvm_defs.h"

    .section .text.init.enter, "ax"
    .globl _start
_start:
    /* Registers start defined: the trap entry saves all of them, and a
     * 4-state simulation would otherwise see X. */
    .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li      x\r, 0
    .endr
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      tp, __tls_base
    la      sp, __stack_top
    la      t0, xvm_trap_entry
    csrw    XVM_CSR_MTVEC, t0
    la      t0, xvm_trap_stack_top
    csrw    XVM_CSR_MSCRATCH, t0

    /* Xvm has no PMP (writes ignored); QEMU's PMP denies S/U everything
     * until an entry matches, so open all memory with one NAPOT entry. */
    li      t0, -1
    csrw    XVM_CSR_PMPADDR0, t0
    li      t0, 0x1f
    csrw    XVM_CSR_PMPCFG0, t0

    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:
    call    __libc_init_array
    li      a0, 0
    li      a1, 0
    li      a2, 0
    call    main
    call    exit
3:  j       3b
