/* SPDX-License-Identifier: Apache-2.0 */
/* R2: vmsw legality, in its order: M/U -> illegal (2); S but not permitted
 * -> virtualization fault (24, xtval = the word); permitted iff the fetch
 * was translated by a leaf PTE with X=1, U=0, VG=1, or untranslated (Bare)
 * with VM=0; then VM <- imm (also when VM already equals imm). A fetch that
 * cannot happen at all (X=0, or a U page in S) is an instruction page fault,
 * which outranks everything (R6). */
#include "harness.h"

#define MEGA_VA 0x00400000     /* megapage alias of the RAM's first 4 MiB */

/* M or U: always illegal. treg holds the address the snippet runs at. */
.macro ILLEGAL_CASE n, priv, vm, label, bare
    CHECK \n
    .if (\bare) || ((\priv) == PM)
    la s6, \label
    .else
    GVA s6, \label
    .endif
    lw s5, \label
    EXPECT_ILLEGAL \priv, \vm
.endm

/* S, Bare: permitted iff VM=0. */
.macro BARE_CASE n, vm, imm
    CHECK \n
    .if \imm
    la s6, vmsw1_snip
    .else
    la s6, vmsw0_snip
    .endif
    lw s5, 0(s6)
    RUN PS, \vm, s6
    .if \vm
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 1
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
    .else
    EXPECT_NO_TRAP PS, \imm
    .endif
.endm

/* S, Sv32 (check number case_n): the vmsw snippet's page (4 KiB at GPAGE_VA, or the megapage at
 * MEGA_VA) mapped with V, R, A and the X/U/VG combination under test. */
.macro SV32_CASE x, u, vg, vm, imm, mega
    CHECK case_n
    .set case_n, case_n + 1
    .set flags, XVM_PTE_V | XVM_PTE_R | XVM_PTE_A
    .if \x
    .set flags, flags | XVM_PTE_X
    .endif
    .if \u
    .set flags, flags | XVM_PTE_U
    .endif
    .if \vg
    .set flags, flags | XVM_PTE_VG
    .endif
    .if \mega
    li s2, XVM_RAM_BASE
    MAP_MEGA MEGA_VA, s2, flags
    .if \imm
    MVA s6, vmsw1_snip, MEGA_VA
    .else
    MVA s6, vmsw0_snip, MEGA_VA
    .endif
    .else
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, flags
    .if \imm
    GVA s6, vmsw1_snip
    .else
    GVA s6, vmsw0_snip
    .endif
    .endif
    .if \imm
    lw s5, vmsw1_snip
    .else
    lw s5, vmsw0_snip
    .endif
    RUN PS, \vm, s6
    .if (\x == 0) || \u
    EXPECT_S_TRAP XVM_EXC_INSN_PAGE_FAULT, PS, \vm
    EXPECT_REC_R REC_S_TVAL, s6
    EXPECT_REC_R REC_S_EPC, s6
    .elseif \vg
    EXPECT_NO_TRAP PS, \imm
    .else
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, \vm
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
    .endif
.endm

TEST_BODY
    /* M: illegal, Bare and with Sv32 on (M fetches are untranslated). */
    ILLEGAL_CASE 1, PM, 0, vmsw0_snip, 1
    ILLEGAL_CASE 2, PM, 0, vmsw1_snip, 1
    SV32_ON
    ILLEGAL_CASE 3, PM, 0, vmsw0_snip, 1
    ILLEGAL_CASE 4, PM, 0, vmsw1_snip, 1
    /* U: illegal even from an executable gate page, with VM 0 and 1. */
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_URWX | XVM_PTE_VG
    ILLEGAL_CASE 5, PU, 0, vmsw0_snip, 0
    ILLEGAL_CASE 6, PU, 0, vmsw1_snip, 0
    ILLEGAL_CASE 7, PU, 1, vmsw0_snip, 0
    ILLEGAL_CASE 8, PU, 1, vmsw1_snip, 0
    BARE
    ILLEGAL_CASE 9, PU, 0, vmsw0_snip, 1
    ILLEGAL_CASE 10, PU, 0, vmsw1_snip, 1
    ILLEGAL_CASE 11, PU, 1, vmsw0_snip, 1
    ILLEGAL_CASE 12, PU, 1, vmsw1_snip, 1
    /* S, Bare. */
    BARE_CASE 13, 0, 0
    BARE_CASE 14, 0, 1
    BARE_CASE 15, 1, 0
    BARE_CASE 16, 1, 1

    /* S, Sv32: every X/U/VG combination, VM, imm, page size. */
    SV32_ON
    .set case_n, 20
    .irp mega, 0, 1
    .irp vm, 0, 1
    .irp imm, 0, 1
    .irp x, 0, 1
    .irp u, 0, 1
    .irp vg, 0, 1
    SV32_CASE \x, \u, \vg, \vm, \imm, \mega
    .endr
    .endr
    .endr
    .endr
    .endr
    .endr
    UNMAP_MEGA MEGA_VA

    /* Execute-only gate page (R=0): still permitted. */
    CHECK 90
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, XVM_PTE_V | XVM_PTE_X | XVM_PTE_A | XVM_PTE_VG
    GVA s6, vmsw0_snip
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 0

    /* R and W do not matter: a writable gate page (RWX) is a gate too. */
    CHECK 92
    MAP_4K GPAGE_VA, s2, F_SRWX | XVM_PTE_VG
    GVA s6, vmsw1_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 1

    /* VG counts only in the leaf: a non-leaf entry with bit 8 set does not
     * make a page without VG a gate. */
    CHECK 91
    MAP_4K GPAGE_VA, s2, F_SRX
    la t0, xh_pt_root
    lw t1, 0(t0)
    ori t1, t1, XVM_PTE_VG
    sw t1, 0(t0)
    sfence.vma
    GVA s6, vmsw1_snip
    lw s5, vmsw1_snip
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_VIRT_FAULT, PS, 0
    EXPECT_REC_R REC_S_TVAL, s5
    TEST_PASS

GUEST_PAGE_BEGIN
vmsw0_snip:
    VMSW0
    GEND
vmsw1_snip:
    VMSW1
    GEND
GUEST_PAGE_END
