/* SPDX-License-Identifier: Apache-2.0 */
# ISS speed benchmark: about 100 million instructions of ALU work, loads,
# stores and branches over a 4 KiB buffer, then the finisher's pass.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li   s0, 1000000          # outer iterations
  la   s1, buffer
  li   t2, 0x12345
outer:
  li   t0, 0
inner:
  add  t1, s1, t0
  lw   a0, 0(t1)
  add  a0, a0, t2
  xor  a1, a0, t0
  slli a2, a1, 3
  sw   a2, 0(t1)
  mul  a3, a2, a1
  addi t0, t0, 4
  andi t0, t0, 0x3c
  bnez t0, inner
  addi s0, s0, -1
  bnez s0, outer
  li   t0, XVM_FINISHER_BASE
  li   t1, XVM_FINISHER_PASS
  sw   t1, 0(t0)
1: j 1b
  .data
  .balign 64
buffer:
  .space 64
