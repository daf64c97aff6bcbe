/* SPDX-License-Identifier: Apache-2.0 */
# Has data 2 MiB into RAM: loadable with the default RAM size, outside RAM
# with --ram-size 1M.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
  .section .high, "aw"
  .word 0x12345678
