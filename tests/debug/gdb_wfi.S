/* SPDX-License-Identifier: Apache-2.0 */
# Waits for an interrupt that never comes (none is enabled): under gdb,
# Ctrl-C must still stop the hart while it idles in wfi.
  .section .text.init
  .globl _start
_start:
  wfi
  j _start
