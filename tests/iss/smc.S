/* SPDX-License-Identifier: Apache-2.0 */
# Self-modifying code (docs/architecture.md, "fence.i"): a store over an
# instruction ahead, without fence.i, may execute the old or the new bits;
# after fence.i, only the new. The RTL executes the old bits when it had
# already fetched them and the model always the new ones, so in lockstep
# the model must follow the RTL's choice instead of reporting a mismatch.
# Passes through the finisher; fails with exit code 1..3 (the first check
# that failed).
#include "xvm_defs.h"

#define ADDI_A1_1 0x00100593    /* addi a1, zero, 1 */
#define ADDI_A2_2 0x00200613    /* addi a2, zero, 2 */

  .section .text.init
  .globl _start
_start:
  li s0, ADDI_A2_2

  # The next instruction, no fence.i: a1 = 1 (old) or a2 = 2 (new).
  li a1, 0
  li a2, 0
  la t0, next
  sw s0, 0(t0)
next:
  addi a1, zero, 1
  li s1, 1
  jal check_either

  # Three instructions ahead, no fence.i.
  li a1, 0
  li a2, 0
  la t0, ahead
  sw s0, 0(t0)
  nop
  nop
ahead:
  addi a1, zero, 1
  li s1, 2
  jal check_either

  # After fence.i the new bits execute.
  li a1, 0
  li a2, 0
  la t0, synced
  sw s0, 0(t0)
  fence.i
synced:
  addi a1, zero, 1
  li s1, 3
  bnez a1, fail
  li t1, 2
  bne a2, t1, fail

  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b

# Exactly one of the two instructions ran: (a1, a2) is (1, 0) or (0, 2).
check_either:
  li t1, 1
  bne a1, t1, 1f
  bnez a2, fail
  ret
1:
  bnez a1, fail
  li t1, 2
  bne a2, t1, fail
  ret

# Exit code s1: the check that failed.
fail:
  slli s1, s1, 16
  li t0, XVM_FINISHER_FAIL
  or s1, s1, t0
  li t0, XVM_FINISHER_BASE
  sw s1, 0(t0)
1: j 1b
