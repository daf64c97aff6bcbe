/* SPDX-License-Identifier: Apache-2.0 */
/* R10 with a limit inside a page (VAMSB <= 10): a misaligned load/store
 * that stays inside one page is performed in two halves, and each half is
 * checked against the mask before anything happens (architecture.md); the
 * fault's xtval is the address of the access. With VAMSB=10 (limit 0x7FF)
 * a word at 0x7FE straddles the limit. */
#include "harness.h"

TEST_BODY
    SV32_ON
    SET_VAMSB 10
    .irp snip, lw_snip, sw_snip
    .ifc \snip, lw_snip
    CHECK 1
    .else
    CHECK 6
    .endif
    GVA s6, \snip
    li a1, 0x7FE
    RUN PS, 1, s6
    .ifc \snip, lw_snip
    EXPECT_S_TRAP XVM_EXC_LOAD_ACCESS, PS, 1
    .else
    EXPECT_S_TRAP XVM_EXC_STORE_ACCESS, PS, 1
    .endif
    EXPECT_REC REC_S_TVAL, 0x7FE
    EXPECT_REC_R REC_S_EPC, s6
    .endr
    /* Both halves below the limit. */
    CHECK 2
    GVA s6, lw_snip
    li a1, 0x7FC
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 1
    CHECK 3
    GVA s6, lw_snip
    li a1, 0x7FD
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_LOAD_ACCESS, PS, 1
    EXPECT_REC REC_S_TVAL, 0x7FD
    /* VM=0: nothing masked (the page is readable, not writable). */
    CHECK 4
    GVA s6, lw_snip
    li a1, 0x7FE
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 0
    CHECK 5
    GVA s6, sw_snip
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_STORE_PAGE_FAULT, PS, 0
    EXPECT_REC REC_S_TVAL, 0x7FE
    SET_VAMSB 31
    TEST_PASS

GUEST_PAGE_BEGIN
lw_snip:
    lw a0, 0(a1)
    GEND
sw_snip:
    sw a2, 0(a1)
    GEND
GUEST_PAGE_END
