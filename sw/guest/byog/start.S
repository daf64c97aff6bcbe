/* SPDX-License-Identifier: Apache-2.0 */
/* Entry (docs/guest-platform.md): S-mode, paging off, a0 = hart id,
 * a1 = device tree. Also the trap vector: traps come only from the U task
 * (the kernel runs with SIE = 0), so sscratch holds the kernel trap stack. */
    .section .text.entry, "ax"
    .globl _start
_start:
    la      sp, boot_stack_top
    la      t0, trap_vector
    csrw    stvec, t0
    la      t0, __bss_start
    la      t1, __bss_end
2:  bgeu    t0, t1, 3f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       2b
3:  call    kmain
1:  j       1b

    .text
    .balign 4
trap_vector:
    csrrw   sp, sscratch, sp
    addi    sp, sp, -128
    sw      x1, 4(sp)
    sw      x3, 12(sp)
    sw      x4, 16(sp)
    sw      x5, 20(sp)
    sw      x6, 24(sp)
    sw      x7, 28(sp)
    sw      x8, 32(sp)
    sw      x9, 36(sp)
    sw      x10, 40(sp)
    sw      x11, 44(sp)
    sw      x12, 48(sp)
    sw      x13, 52(sp)
    sw      x14, 56(sp)
    sw      x15, 60(sp)
    sw      x16, 64(sp)
    sw      x17, 68(sp)
    sw      x18, 72(sp)
    sw      x19, 76(sp)
    sw      x20, 80(sp)
    sw      x21, 84(sp)
    sw      x22, 88(sp)
    sw      x23, 92(sp)
    sw      x24, 96(sp)
    sw      x25, 100(sp)
    sw      x26, 104(sp)
    sw      x27, 108(sp)
    sw      x28, 112(sp)
    sw      x29, 116(sp)
    sw      x30, 120(sp)
    sw      x31, 124(sp)
    csrr    t0, sscratch
    sw      t0, 8(sp)
    mv      a0, sp
    call    trap
    lw      t0, 8(sp)
    csrw    sscratch, t0
    lw      x1, 4(sp)
    lw      x3, 12(sp)
    lw      x4, 16(sp)
    lw      x5, 20(sp)
    lw      x6, 24(sp)
    lw      x7, 28(sp)
    lw      x8, 32(sp)
    lw      x9, 36(sp)
    lw      x10, 40(sp)
    lw      x11, 44(sp)
    lw      x12, 48(sp)
    lw      x13, 52(sp)
    lw      x14, 56(sp)
    lw      x15, 60(sp)
    lw      x16, 64(sp)
    lw      x17, 68(sp)
    lw      x18, 72(sp)
    lw      x19, 76(sp)
    lw      x20, 80(sp)
    lw      x21, 84(sp)
    lw      x22, 88(sp)
    lw      x23, 92(sp)
    lw      x24, 96(sp)
    lw      x25, 100(sp)
    lw      x26, 104(sp)
    lw      x27, 108(sp)
    lw      x28, 112(sp)
    lw      x29, 116(sp)
    lw      x30, 120(sp)
    lw      x31, 124(sp)
    addi    sp, sp, 128
    csrrw   sp, sscratch, sp
    sret

    .globl sbi_call
sbi_call:
    mv      a7, a0
    mv      a6, a1
    mv      a0, a2
    mv      a1, a3
    mv      a2, a4
    ecall
    ret

    .section .bss.stacks, "aw", @nobits
    .balign 16
    .space  4096
    .globl boot_stack_top
boot_stack_top:
    .space  4096
    .globl trap_stack_top
trap_stack_top:
