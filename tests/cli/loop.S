/* SPDX-License-Identifier: Apache-2.0 */
# Never finishes: exercises --max-cycles.
  .section .text.init
  .globl _start
_start:
  j _start
