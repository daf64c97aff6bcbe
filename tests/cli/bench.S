/* SPDX-License-Identifier: Apache-2.0 */
# Simulation-speed benchmark: a mix of ALU, multiply, load, store and
# branch instructions (12 per round) for ITERATIONS rounds, then pass.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li s0, ITERATIONS
  la s1, buf
  li a0, 0
  li a1, 1
loop:
  add a0, a0, a1
  xor a1, a1, a0
  slli a2, a0, 3
  mul a3, a2, a1
  sw a3, 0(s1)
  lw a4, 0(s1)
  sub a0, a0, a4
  andi a5, s0, 15
  sltu a6, a5, a1
  add a0, a0, a6
  addi s0, s0, -1
  bnez s0, loop
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
  .data
  .balign 4
buf: .word 0
