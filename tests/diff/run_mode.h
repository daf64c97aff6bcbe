/* SPDX-License-Identifier: Apache-2.0 */
/* Running a function in S or U from M (run_mode.S). */
#ifndef RUN_MODE_H
#define RUN_MODE_H

/* a7 value of the ecall that ends a run_mode call. */
#define RUN_MODE_EXIT 0x7e5

#ifndef __ASSEMBLER__
#include <stdint.h>
#include "xvm_rt.h"

uint32_t run_mode(uint32_t (*fn)(uint32_t), uint32_t arg, uint32_t mpp);
void run_mode_back(void);

/* For the trap handler: if f is the exit ecall of run_mode, arrange the
 * return to M and return 1. */
static inline int run_mode_finish(struct xvm_trap_frame *f)
{
    if ((f->mcause == XVM_EXC_ECALL_U || f->mcause == XVM_EXC_ECALL_S) &&
        f->x[17] == RUN_MODE_EXIT) {
        f->mepc = (uint32_t)(uintptr_t)run_mode_back;
        f->mstatus |= XVM_MSTATUS_MPP;
        return 1;
    }
    return 0;
}
#endif

#endif
