/* SPDX-License-Identifier: Apache-2.0 */
/* Entry in S-mode with paging off, at the physical load address (which
 * must be 4 MiB aligned). Maps the load megapage both at KERNEL_VBASE and
 * at itself, turns paging on, continues at KERNEL_VBASE and calls
 * kmain(phys_base). Only pc-relative addressing before the switch. */
#include "guest.h"

#define BOOT_PTE (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | \
                  XVM_PTE_G | XVM_PTE_A | XVM_PTE_D)

    .section .text.boot, "ax"
    .globl _start
_start:
    auipc   s0, 0
    li      t0, XVM_MEGAPAGE_SIZE - 1
    and     t0, t0, s0
1:  bnez    t0, 1b                  /* misaligned load address: cannot map */

    lla     t0, boot_pt
    srli    t1, s0, XVM_PAGE_SHIFT
    slli    t1, t1, 10
    ori     t1, t1, BOOT_PTE
    li      t2, (KERNEL_VBASE >> 22) * 4
    add     t2, t2, t0
    sw      t1, 0(t2)
    srli    t2, s0, 22
    slli    t2, t2, 2
    add     t2, t2, t0
    sw      t1, 0(t2)

    srli    t0, t0, XVM_PAGE_SHIFT
    li      t1, XVM_SATP_MODE_SV32
    or      t0, t0, t1
    sfence.vma
    csrw    XVM_CSR_SATP, t0
    sfence.vma

    li      t0, KERNEL_VBASE
    lla     t1, high
    sub     t1, t1, s0
    add     t0, t0, t1
    jr      t0

high:
    la      sp, kstack_top
    la      t0, __bss_start
    la      t1, __bss_end
2:  bgeu    t0, t1, 3f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       2b
3:  mv      a0, s0
    call    kmain
4:  j       4b

    /* In .data, not .bss: it is used before .bss is cleared. */
    .section .data.boot_pt, "aw"
    .balign XVM_PAGE_SIZE
    .globl boot_pt
boot_pt:
    .space XVM_PAGE_SIZE

    .section .bss.kstack, "aw", @nobits
    .balign 16
    .space KSTACK_SIZE
    .globl kstack_top
kstack_top:
