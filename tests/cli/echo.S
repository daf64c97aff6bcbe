/* SPDX-License-Identifier: Apache-2.0 */
# Copies UART input to UART output up to and including a newline, then
# passes: without input it runs until --max-cycles.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  li t0, XVM_UART_BASE
  li t4, '\n'
poll:
  lbu t3, XVM_UART_LSR(t0)
  andi t3, t3, XVM_UART_LSR_DR
  beqz t3, poll
  lbu t2, XVM_UART_RBR(t0)
  sb t2, XVM_UART_THR(t0)
  bne t2, t4, poll
  li t0, XVM_FINISHER_BASE
  li t1, XVM_FINISHER_PASS
  sw t1, 0(t0)
1: j 1b
