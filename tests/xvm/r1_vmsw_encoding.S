/* SPDX-License-Identifier: Apache-2.0 */
/* R1: vmsw.0 and vmsw.1 are the only legal custom-0 encodings. Every other
 * custom-0 word is an illegal instruction (2, xtval = the word) in every
 * mode, even where a vmsw would be permitted (S, gate page, VM=0) and where
 * it would be a virtualization fault (S, VM=1): illegality comes first. */
#include "harness.h"

#define ENC_SNIP 12     /* bytes per snippet: word, li a7, ecall */
#define ENC_N    17

/* One configuration over every encoding of enc_snips. s2 = physical
 * snippet address, s5 = its word, s6 = the address it runs at. */
.macro ENC_CFG base, priv, vm, bare
    li s3, 0
.Lloop\@:
    addi s11, s3, \base
    li t0, ENC_SNIP
    mul t0, t0, s3
    la s2, enc_snips
    add s2, s2, t0
    lw s5, 0(s2)
    .if (\bare) || ((\priv) == PM)
    mv s6, s2
    .else
    la t0, xh_gpage
    sub s6, s2, t0
    .endif
    EXPECT_ILLEGAL \priv, \vm
    addi s3, s3, 1
    li t0, ENC_N
    blt s3, t0, .Lloop\@
.endm

TEST_BODY
    /* The two vmsw words are vmsw: from a gate page in S with VM=0. */
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE
    CHECK 1
    GVA s6, vmsw1_snip
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 1
    CHECK 2
    GVA s6, vmsw0_snip
    RUN PS, 1, s6
    EXPECT_NO_TRAP PS, 0

    /* Sv32 gate page, S, VM=0 and VM=1: illegal, never fault 24. */
    ENC_CFG 10, PS, 0, 0
    ENC_CFG 30, PS, 1, 0
    /* U page with VG, VM=0 and 1. */
    MAP_4K GPAGE_VA, s2, F_URWX | XVM_PTE_VG
    ENC_CFG 50, PU, 0, 0
    ENC_CFG 70, PU, 1, 0
    /* Bare: S with VM=1 and VM=0, and M. */
    BARE
    ENC_CFG 90, PS, 1, 1
    ENC_CFG 110, PS, 0, 1
    ENC_CFG 130, PM, 0, 1
    TEST_PASS

GUEST_PAGE_BEGIN
vmsw1_snip:
    VMSW1
    GEND
vmsw0_snip:
    VMSW0
    GEND
    .balign 4
enc_snips:
    .irp enc, 0x0020000B, 0x0030000B, 0x7FF0000B, 0x8000000B, 0xFFF0000B, \
              0x0000008B, 0x0010008B, 0x0000800B, 0x0010800B, \
              0x0000100B, 0x0010100B, 0x0000200B, 0x0000300B, \
              0x0000400B, 0x0000500B, 0x0000700B, 0xFFFFFF8B
    .word \enc
    GEND
    .endr
enc_snips_end:
    .if enc_snips_end - enc_snips != ENC_N * ENC_SNIP
    .error "ENC_N does not match the table"
    .endif
GUEST_PAGE_END
