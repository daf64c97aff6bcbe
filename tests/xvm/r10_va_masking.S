/* SPDX-License-Identifier: Apache-2.0 */
/* R10: with VM=1 every fetch, load, store, LR/SC and AMO whose VA has a bit
 * above vmctl.VAMSB set raises the access fault of the access (1/5/7,
 * xtval = the VA) before translation: never a page fault, whether the VA is
 * mapped or not; a misaligned-address exception outranks it; VAMSB=31 masks
 * nothing; VM=0 masks nothing. For M with MPRV=1 and MPP != M, VM comes
 * from mstatush.MPVM. Checked at VAMSB 12, 23, 30 (and 31) at the exact
 * boundary L = 2^(VAMSB+1): L-1 / L-4 allowed, L masked. */
#include "harness.h"

#define NONE (-1)
#define LA   XVM_EXC_LOAD_ACCESS
#define SA   XVM_EXC_STORE_ACCESS
#define LM   XVM_EXC_LOAD_MISALIGNED
#define SM   XVM_EXC_STORE_MISALIGNED
#define LPF  XVM_EXC_LOAD_PAGE_FAULT
#define SPF  XVM_EXC_STORE_PAGE_FAULT

/* Expected outcome columns of data_table. */
#define C_VM1        0   /* VM=1, both sides mapped (or L unmapped) */
#define C_VM0_MAPPED 1   /* VM=0, L mapped */
#define C_VM0_NOMAP  2   /* VM=0, L unmapped */
#define C_VM1_NOLOW  3   /* VM=1, the allowed side unmapped */
#define ROW_SIZE     24

/* Every row of the table (s3 = row, s9 = index) at a1 = s4 + offset, in
 * priv with VM=vm, against column col. */
.macro DATA_LOOP table, table_end, priv, vm, col
    la s3, \table
    li s9, 0
.Lrow\@:
    lw t1, 0(s3)
    la t0, xh_gpage
    sub s6, t1, t0
    lw t1, 4(s3)
    add a1, s4, t1
    mv s8, a1
    lw s5, (8 + 4 * (\col))(s3)
    li a2, 1
    RUN \priv, \vm, s6
    li t0, NONE
    beq s5, t0, .Lnone\@
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_REC REC_S_COUNT, 1
    EXPECT_REC_R REC_S_CAUSE, s5
    EXPECT_REC_R REC_S_TVAL, s8
    EXPECT_REC_R REC_S_EPC, s6
    EXPECT_FIELD REC_S_VMCTL, XVM_VMCTL_SPVM_BIT, 1, \vm
    EXPECT_FIELD REC_S_STATUS, XVM_MSTATUS_SPP_BIT, 1, (((\priv) == PS) & 1)
    j .Lnext\@
.Lnone\@:
    EXPECT_NO_TRAP \priv, \vm
.Lnext\@:
    addi s3, s3, ROW_SIZE
    addi s9, s9, 1
    la t0, \table_end
    bltu s3, t0, .Lrow\@
    li s9, 0
.endm

/* VAMSB=n and the data mappings around L: the page (or megapage) below L
 * and the one at L, each mapped to scratch RAM (flag sets lowf/highf, 0 =
 * unmapped). n=12 uses 4 KiB pages, n=23 megapages; n=30 only the lower
 * megapage (L is the harness's identity megapage). s4 <- L. */
.macro LAYOUT n, lowf, highf
    SET_VAMSB \n
    li s4, 1 << (\n + 1)
    .if \n == 12
    la s2, xh_dpage
    MAP_4K (1 << 13) - 4096, s2, \lowf
    MAP_4K 1 << 13, s2, \highf
    .elseif \n == 23
    li s2, SCRATCH_MEGA
    MAP_MEGA (1 << 24) - XVM_MEGAPAGE_SIZE, s2, \lowf
    MAP_MEGA 1 << 24, s2, \highf
    .else
    li s2, SCRATCH_MEGA
    MAP_MEGA (1 << 31) - XVM_MEGAPAGE_SIZE, s2, \lowf
    .endif
.endm

/* The guest page as S or U code. */
.macro GUEST_AS flags
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, \flags
.endm

/* Fetch at the boundary: the executable page below L ends with a nop and
 * the one at L starts with GEND (xh_epage, or scratch megapage). Jumping to
 * L-4 runs the nop, then fetches L. */
.macro FETCH_CASE n, priv, vm, expect_fault
    CHECK \n
    li s6, -4
    add s6, s6, s4
    RUN \priv, \vm, s6
    .if \expect_fault
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, \priv, \vm
    EXPECT_REC_R REC_S_TVAL, s4
    EXPECT_REC_R REC_S_EPC, s4
    .else
    EXPECT_NO_TRAP \priv, \vm
    .endif
.endm

/* Put a nop at the end and GEND at the start of the page at a0. */
.macro EDGE_CODE size
    la t0, gend_tmpl
    lw t1, 0(t0)
    sw t1, 0(a0)
    lw t1, 4(t0)
    sw t1, 4(a0)
    li t1, 0x00000013
    li t0, \size - 4
    add t0, t0, a0
    sw t1, 0(t0)
    fence.i
.endm

TEST_BODY
    SV32_ON
    /* ---- VAMSB=12: 4 KiB pages at 0x1000 and 0x2000 ---- */
    LAYOUT 12, F_SRW, F_SRW
    CHECK 1
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1
    CHECK 2
    DATA_LOOP data_table, data_table_end, PS, 0, C_VM0_MAPPED
    LAYOUT 12, F_SRW, 0
    CHECK 3
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1
    CHECK 4
    DATA_LOOP data_table, data_table_end, PS, 0, C_VM0_NOMAP
    LAYOUT 12, 0, F_SRW
    CHECK 5
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1_NOLOW
    GUEST_AS F_URWX
    LAYOUT 12, F_URW, F_URW
    CHECK 6
    DATA_LOOP data_table, data_table_end, PU, 1, C_VM1
    CHECK 7
    DATA_LOOP data_table, data_table_end, PU, 0, C_VM0_MAPPED
    LAYOUT 12, F_URW, 0
    CHECK 8
    DATA_LOOP data_table, data_table_end, PU, 1, C_VM1
    GUEST_AS F_SRX
    LAYOUT 12, F_SRW, 0
    la s2, xh_dpage
    MAP_4K DPAGE_VA, s2, F_SRW

    /* ---- VAMSB=23: megapages at 0xC00000 and 0x1000000 ---- */
    LAYOUT 23, F_SRW, F_SRW
    CHECK 11
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1
    CHECK 12
    DATA_LOOP data_table, data_table_end, PS, 0, C_VM0_MAPPED
    LAYOUT 23, F_SRW, 0
    CHECK 13
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1
    CHECK 14
    DATA_LOOP data_table, data_table_end, PS, 0, C_VM0_NOMAP
    LAYOUT 23, 0, F_SRW
    CHECK 15
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1_NOLOW
    GUEST_AS F_URWX
    LAYOUT 23, F_URW, F_URW
    CHECK 16
    DATA_LOOP data_table, data_table_end, PU, 1, C_VM1
    CHECK 17
    DATA_LOOP data_table, data_table_end, PU, 0, C_VM0_MAPPED
    GUEST_AS F_SRX
    LAYOUT 23, 0, 0

    /* ---- VAMSB=30: L = 0x80000000 is mapped (identity, S only) ---- */
    LAYOUT 30, F_SRW, 0
    CHECK 21
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1
    LAYOUT 30, 0, 0
    CHECK 22
    DATA_LOOP data_table, data_table_end, PS, 1, C_VM1_NOLOW
    GUEST_AS F_URWX
    LAYOUT 30, F_URW, 0
    CHECK 23
    DATA_LOOP data_table, data_table_end, PU, 1, C_VM1
    GUEST_AS F_SRX
    LAYOUT 30, 0, 0

    /* ---- VAMSB=31: nothing masked, up to 0xFFFFFFFF ---- */
    SET_VAMSB 31
    li s4, 0
    li s2, SCRATCH_MEGA
    MAP_MEGA 0xFFC00000, s2, F_SRW
    CHECK 31
    DATA_LOOP top_table, top_table_end, PS, 1, C_VM1
    GUEST_AS F_URWX
    li s2, SCRATCH_MEGA
    MAP_MEGA 0xFFC00000, s2, F_URW
    CHECK 32
    DATA_LOOP top_table, top_table_end, PU, 1, C_VM1
    GUEST_AS F_SRX
    UNMAP_MEGA 0xFFC00000

    /* ---- Fetch ---- */
    la a0, xh_epage
    EDGE_CODE XVM_PAGE_SIZE
    SET_VAMSB 12
    li s4, 1 << 13
    la s2, xh_epage
    MAP_4K (1 << 13) - 4096, s2, F_SRX
    MAP_4K 1 << 13, s2, F_SRX
    FETCH_CASE 41, PS, 1, 1
    FETCH_CASE 42, PS, 0, 0
    UNMAP_4K 1 << 13
    FETCH_CASE 43, PS, 1, 1
    CHECK 44
    li s6, 1 << 13
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, PS, 1
    EXPECT_REC_R REC_S_TVAL, s6
    CHECK 45
    RUN PS, 0, s6
    EXPECT_S_TRAP XVM_EXC_INSN_PAGE_FAULT, PS, 0
    EXPECT_REC_R REC_S_TVAL, s6
    MAP_4K (1 << 13) - 4096, s2, F_URWX
    MAP_4K 1 << 13, s2, F_URWX
    FETCH_CASE 46, PU, 1, 1
    FETCH_CASE 47, PU, 0, 0
    UNMAP_4K (1 << 13) - 4096
    UNMAP_4K 1 << 13
    la s2, xh_dpage
    MAP_4K DPAGE_VA, s2, F_SRW

    li a0, SCRATCH_MEGA
    EDGE_CODE XVM_MEGAPAGE_SIZE
    SET_VAMSB 23
    li s4, 1 << 24
    li s2, SCRATCH_MEGA
    MAP_MEGA (1 << 24) - XVM_MEGAPAGE_SIZE, s2, F_SRWX
    MAP_MEGA 1 << 24, s2, F_SRWX
    FETCH_CASE 48, PS, 1, 1
    FETCH_CASE 49, PS, 0, 0
    UNMAP_MEGA 1 << 24
    FETCH_CASE 50, PS, 1, 1
    UNMAP_MEGA (1 << 24) - XVM_MEGAPAGE_SIZE

    SET_VAMSB 30
    li s4, 1 << 31
    MAP_MEGA (1 << 31) - XVM_MEGAPAGE_SIZE, s2, F_SRWX
    FETCH_CASE 51, PS, 1, 1
    UNMAP_MEGA (1 << 31) - XVM_MEGAPAGE_SIZE

    /* ---- M with MPRV: VM from MPVM when MPP != M ---- */
    SET_VAMSB 12
    la s2, xh_dpage
    MAP_4K 1 << 13, s2, F_URW
    li s4, 1 << 13
    la t0, xh_dpage
    li t1, 0x600DF00D
    sw t1, 0(t0)
    /* MPP=S or U, MPVM=1: masked (trap from M into M, resumed). */
    .irp mpp, PS, PU
    CHECK 60 + \mpp
    call xh_clear
    SET_RESUME REC_M_RESUME, 1
    li t0, XVM_MSTATUS_MPP
    csrc XVM_CSR_MSTATUS, t0
    li t0, (\mpp << XVM_MSTATUS_MPP_LO) | XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrs XVM_CSR_MSTATUSH, t0
    li a0, 0
    lw a0, 0(s4)
    li t0, XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM
    csrc XVM_CSR_MSTATUS, t0
    EXPECT_M_TRAP XVM_EXC_LOAD_ACCESS, PM, 0
    EXPECT_REC_R REC_M_TVAL, s4
    EXPECT_EQ a0, 0
    /* The same store. */
    call xh_clear
    SET_RESUME REC_M_RESUME, 1
    li t0, (\mpp << XVM_MSTATUS_MPP_LO) | XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrs XVM_CSR_MSTATUSH, t0
    sw zero, 0(s4)
    li t0, XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM
    csrc XVM_CSR_MSTATUS, t0
    EXPECT_M_TRAP XVM_EXC_STORE_ACCESS, PM, 0
    EXPECT_REC_R REC_M_TVAL, s4
    /* MPVM=0: translated, not masked. */
    call xh_clear
    li t0, (\mpp << XVM_MSTATUS_MPP_LO) | XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrc XVM_CSR_MSTATUSH, t0
    lw a0, 0(s4)
    li t0, XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM | XVM_MSTATUS_MPP
    csrc XVM_CSR_MSTATUS, t0
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_EQ a0, 0x600DF00D
    .endr
    /* MPP=M: MPVM does not apply (untranslated, unmasked). */
    CHECK 70
    call xh_clear
    li t0, XVM_MSTATUS_MPP_M | XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrs XVM_CSR_MSTATUSH, t0
    la a1, xh_dpage
    lw a0, 0(a1)
    li t0, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, t0
    li t0, XVM_MSTATUSH_MPVM
    csrc XVM_CSR_MSTATUSH, t0
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_EQ a0, 0x600DF00D

    SET_VAMSB 31
    TEST_PASS

    .section .rodata
    .balign 4
gend_tmpl:
    GEND

/* label, offset from L, then the expected cause per column. */
.macro ROW label, off, c0, c1, c2, c3
    .word \label, \off, \c0, \c1, \c2, \c3
.endm
data_table:
    ROW lb_snip,   -1,    NONE, NONE, NONE, LPF
    ROW lb_snip,    0,    LA,   NONE, LPF,  LA
    ROW lb_snip,    4095, LA,   NONE, LPF,  LA
    ROW lbu_snip,   0,    LA,   NONE, LPF,  LA
    ROW lh_snip,   -2,    NONE, NONE, NONE, LPF
    ROW lh_snip,    0,    LA,   NONE, LPF,  LA
    ROW lh_snip,   -1,    LM,   LM,   LM,   LM
    ROW lw_snip,   -4,    NONE, NONE, NONE, LPF
    ROW lw_snip,    0,    LA,   NONE, LPF,  LA
    ROW lw_snip,    1,    LA,   NONE, LPF,  LA
    ROW lw_snip,   -2,    LM,   LM,   LM,   LM
    ROW sb_snip,   -1,    NONE, NONE, NONE, SPF
    ROW sb_snip,    0,    SA,   NONE, SPF,  SA
    ROW sh_snip,    0,    SA,   NONE, SPF,  SA
    ROW sw_snip,   -4,    NONE, NONE, NONE, SPF
    ROW sw_snip,    0,    SA,   NONE, SPF,  SA
    ROW sw_snip,    2,    SA,   NONE, SPF,  SA
    ROW sw_snip,   -2,    SM,   SM,   SM,   SM
    ROW lr_snip,   -4,    NONE, NONE, NONE, LPF
    ROW lr_snip,    0,    LA,   NONE, LPF,  LA
    ROW lr_snip,    2,    LM,   LM,   LM,   LM
    ROW lrsc_snip, -4,    NONE, NONE, NONE, LPF
    ROW sc_snip,    0,    SA,   NONE, SPF,  SA
    ROW sc_snip,    2,    SM,   SM,   SM,   SM
    ROW amoadd_snip, -4,  NONE, NONE, NONE, SPF
    ROW amoadd_snip,  0,  SA,   NONE, SPF,  SA
    ROW amoadd_snip,  2,  SM,   SM,   SM,   SM
    ROW amoswap_snip, 0,  SA,   NONE, SPF,  SA
    ROW amoswap_snip, -4, NONE, NONE, NONE, SPF
data_table_end:
/* VAMSB=31 (s4 = 0): the top of the address space is reachable. */
top_table:
    ROW lb_snip,   -1,    NONE, NONE, NONE, NONE
    ROW lw_snip,   -4,    NONE, NONE, NONE, NONE
    ROW sb_snip,   -1,    NONE, NONE, NONE, NONE
    ROW sw_snip,   -4,    NONE, NONE, NONE, NONE
    ROW lrsc_snip, -4,    NONE, NONE, NONE, NONE
    ROW amoadd_snip, -4,  NONE, NONE, NONE, NONE
top_table_end:

GUEST_PAGE_BEGIN
lb_snip:
    lb a0, 0(a1)
    GEND
lbu_snip:
    lbu a0, 0(a1)
    GEND
lh_snip:
    lh a0, 0(a1)
    GEND
lw_snip:
    lw a0, 0(a1)
    GEND
sb_snip:
    sb a2, 0(a1)
    GEND
sh_snip:
    sh a2, 0(a1)
    GEND
sw_snip:
    sw a2, 0(a1)
    GEND
lr_snip:
    lr.w a0, (a1)
    GEND
lrsc_snip:
    lr.w a0, (a1)
    sc.w a0, a2, (a1)
    GEND
sc_snip:
    sc.w a0, a2, (a1)
    GEND
amoadd_snip:
    amoadd.w a0, a2, (a1)
    GEND
amoswap_snip:
    amoswap.w a0, a2, (a1)
    GEND
GUEST_PAGE_END
