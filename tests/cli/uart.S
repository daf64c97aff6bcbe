/* SPDX-License-Identifier: Apache-2.0 */
# Prints a fixed line on the UART (waiting for THR empty), then passes.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li t0, XVM_UART_BASE
  la t1, msg
next:
  lbu t2, 0(t1)
  beqz t2, done
wait:
  lbu t3, XVM_UART_LSR(t0)
  andi t3, t3, XVM_UART_LSR_THRE
  beqz t3, wait
  sb t2, XVM_UART_THR(t0)
  addi t1, t1, 1
  j next
done:
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
  .data
msg: .asciz "hello from cli\n"
