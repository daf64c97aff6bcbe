/* SPDX-License-Identifier: Apache-2.0 */
/* Commit-log contract for Xvm (docs/platform.md): an instruction line ends with
 * " vm" iff it executed with VM=1, a trap line iff VM was 1 before the trap.
 * check_log.sh runs this program and looks for the exact lines. The code
 * runs from the gate page at VA 0: vmsw.1 (VM=0), li a0, 1 (VM=1), vmsw.0
 * (VM=1), li a0, 2 (VM=0), vmsw.1, csrr a0, sstatus (fault 24 with VM=1). */
#include "harness.h"

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE
    CHECK 1
    li s6, GPAGE_VA
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    TEST_PASS

GUEST_PAGE_BEGIN
    VMSW1
    li a0, 1
    VMSW0
    li a0, 2
    VMSW1
    csrr a0, XVM_CSR_SSTATUS
    GEND
GUEST_PAGE_END
