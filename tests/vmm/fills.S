/* SPDX-License-Identifier: Apache-2.0 */
/* A guest ELF whose bss fills its 16 KiB of RAM up to the last 256 bytes,
 * leaving no room for the device tree (tests/vmm/mkimage.sh). */
    .text
    .globl _start
_start:
    j       _start
    .bss
    .space  0x4000 - 0x100 - 4
