/* SPDX-License-Identifier: Apache-2.0 */
/* Physical memory layout of the images the firmware boots. Usable from C,
 * assembly and cpp-preprocessed linker scripts. */
#ifndef FW_LAYOUT_H
#define FW_LAYOUT_H

#include "xvm_defs.h"

/* The firmware owns the first FW_SIZE bytes of RAM (code, data, stacks). */
#define FW_SIZE            0x4000
/* The monitor is loaded right after the firmware. It must stay within
 * 1 MiB of its gate page (top of the guest half) so that the gate can reach
 * it with one jal. */
#define FW_MONITOR_BASE    (XVM_RAM_BASE + FW_SIZE)
/* A native guest kernel is loaded on a 4 MiB boundary: its boot code maps
 * itself with one Sv32 megapage. */
#define FW_KERNEL_BASE     (XVM_RAM_BASE + XVM_MEGAPAGE_SIZE)

#endif
