/* SPDX-License-Identifier: Apache-2.0 */
/* A guest ELF whose two loadable segments overlap in guest RAM, which
 * xvm-mkimage must refuse (tests/vmm/mkimage.sh). */
    .section .text.a, "ax"
    .globl _start
_start:
    j       _start
    .section .text.b, "ax"
    .word   0
