/* SPDX-License-Identifier: Apache-2.0 */
# Xvm R10 with VAMSB = 10: the mask limit (0x800) falls inside a page. In
# S-mode with VM=1, an aligned lw just below the limit and an lh ending at
# it work; a lw at 0x7fe is split in two halves and its second half
# (0x800) is masked: load access fault with mtval = 0x7fe (docs/xvm.md
# section 10). Passes through the finisher; fails with exit code 1.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  la t0, mtrap
  csrw mtvec, t0
  li t0, 0x80100000          # root
  li t1, 0x80101000          # L0
  srli t2, t1, 12
  slli t2, t2, 10
  ori t2, t2, XVM_PTE_V
  sw t2, 0(t0)               # root[0] -> L0
  la t3, spage
  srli t3, t3, 12
  slli t3, t3, 10
  ori t3, t3, 0xcf           # V R W X A D
  sw t3, 0(t1)               # VA 0 -> spage
  li t0, XVM_SATP_MODE_SV32 | (0x80100000 >> 12)
  csrw satp, t0
  sfence.vma
  li t0, (10 << XVM_VMCTL_VAMSB_LO)
  csrw 0x5c0, t0
  li t0, XVM_MSTATUSH_MPVM
  csrw 0x310, t0
  li t0, XVM_MSTATUS_MPP
  csrc mstatus, t0
  li t0, XVM_MSTATUS_MPP_S
  csrs mstatus, t0
  csrw mepc, zero
  mret
mtrap:
  csrr t0, mcause
  li t1, XVM_EXC_LOAD_ACCESS
  bne t0, t1, fail
  csrr t0, mtval
  li t1, 0x7fe
  bne t0, t1, fail
  li t1, 0x4433
  bne x3, t1, fail
  li t1, 0x44332211
  bne x2, t1, fail
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
fail:
  li t0, XVM_FINISHER_BASE
  li t1, (1 << 16) | XVM_FINISHER_FAIL
  sw t1, 0(t0)
1: j 1b
  .balign 4096
spage:
  li x1, 0x7fc
  lw x2, 0(x1)
  lh x3, 2(x1)
  lw x4, 2(x1)
  j .
  .org spage + 0x7fc
  .word 0x44332211
  .word 0x88776655
