/* SPDX-License-Identifier: Apache-2.0 */
/* M-mode firmware: boots the hart and serves the SBI of a native kernel. */
#ifndef FW_H
#define FW_H

#include <stdint.h>
#include "xvm_rt.h"

/* Exit codes of the simulation when the firmware itself gives up. */
#define FW_EXIT_TRAP          101   /* an unexpected trap into M-mode */
#define FW_EXIT_GUEST_FAILURE 1     /* SRST with a failure reason */

/* An SBI call from S-mode: a7 = extension, a6 = function, a0..a5 args;
 * results in a0 (error) and a1 (value). */
void fw_sbi_call(struct xvm_trap_frame *f);

#endif
