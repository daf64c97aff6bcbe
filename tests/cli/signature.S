/* SPDX-License-Identifier: Apache-2.0 */
# Writes two words of the signature (the third keeps its initial value),
# then passes.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  la t0, begin_signature
  li t1, 0x11111111
  sw t1, 0(t0)
  li t1, 0xdeadbeef
  sw t1, 4(t0)
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
  .data
  .balign 16
  .globl begin_signature
begin_signature:
  .word 0, 0, 0xcafef00d
  .globl end_signature
end_signature:
