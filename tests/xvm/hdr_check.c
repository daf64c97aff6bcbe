/* SPDX-License-Identifier: Apache-2.0 */
/* Compiled by `make check-xvm-h`: the C forms of vmsw in xvm.h must produce
 * the RTL's encodings; the function's first two words are compared with
 * XVM_INSN_VMSW0/1. */
#include "xvm.h"

void hdr_check_vmsw(void);

__attribute__((section(".text.cfun"))) void hdr_check_vmsw(void)
{
    xvm_vmsw0();
    xvm_vmsw1();
}
