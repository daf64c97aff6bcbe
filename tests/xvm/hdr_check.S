/* SPDX-License-Identifier: Apache-2.0 */
/* Assembled by `make check-xvm-h`: the words of the VMSW0/VMSW1 macros of
 * xvm.h must equal the RTL's encodings (XVM_INSN_VMSW0/1). */
#include "xvm.h"

    .section .text.macro, "ax"
    VMSW0
    VMSW1

    .section .text.expect, "ax"
    .word XVM_INSN_VMSW0
    .word XVM_INSN_VMSW1
