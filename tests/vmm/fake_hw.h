/* SPDX-License-Identifier: Apache-2.0 */
#ifndef FAKE_HW_H
#define FAKE_HW_H

#include <setjmp.h>
#include "vmm.h"

#define FAKE_RAM_SIZE  0x400000u
#define FAKE_HEAP_OFF  0x10000u

struct fake_hw {
    uint8_t *ram;
    uint32_t heap;
    uint64_t time, timer;
    uint32_t satp, tlb_flushes, tlb_va_flushes, tlb_va;
    uint32_t entered_priv, entered_sstatus;
    char out[4096];
    uint32_t out_len;
    const char *in;
    uint32_t in_len, in_pos;
    int exit_code, exit_armed;
    jmp_buf exit_jmp;
};
extern struct fake_hw fake;

void fake_reset(void);

#endif
