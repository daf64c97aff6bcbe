/* SPDX-License-Identifier: Apache-2.0 */
# riscv-tests convention: the run ends by a store to tohost. TOHOST_VALUE
# selects pass (1) or fail ((code << 1) | 1); an even value is first stored
# to check that it does not end the run.
  .section .text.init
  .globl _start
_start:
  la t0, tohost
  li t1, 2
  sw t1, 0(t0)
  li t1, TOHOST_VALUE
  sw t1, 0(t0)
1: j 1b
  .data
  .balign 8
  .globl tohost
tohost: .dword 0
