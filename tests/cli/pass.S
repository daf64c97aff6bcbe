/* SPDX-License-Identifier: Apache-2.0 */
# Ends the run through the test finisher with "pass".
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
