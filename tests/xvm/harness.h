/* SPDX-License-Identifier: Apache-2.0 */
/* Harness for the Xvm directed tests (tests/xvm/*.S), linked with harness.S.
 *
 * A test is M-mode code (xh_body) that prepares the machine, enters the mode
 * under test with RUN, and checks afterwards what happened. Everything that
 * happens in the guest ends back in M right after the RUN:
 *   - the guest finishes with GEND (ecall with a7 = XH_MAGIC): the M handler
 *     records mstatus, mstatush and vmctl at that point (E_*);
 *   - a trap into S is recorded (S_*) by the S handler, which then ends with
 *     GEND itself (so E_* then describes the handler: S with VM=0);
 *   - any other trap into M is recorded (M_*).
 * With REC_M_RESUME / REC_S_RESUME set to 1 the handler instead skips the
 * trapping instruction and returns to it (xepc+4), so a guest can go on.
 * Only M code checks; a failed check prints a line on the UART and exits
 * through the finisher with the current check number (s11, 1..255).
 *
 * Registers: s11 check number, s10 assertion id, s9 item (index in a
 * table-driven check, printed on failure), a7 magic in GEND; RUN and
 * the checks use t0-t2 and a0-a2; guest code must leave s2-s11 alone. */
#ifndef XVM_HARNESS_H
#define XVM_HARNESS_H

#include "xvm.h"

#define XH_MAGIC 0x5A

/* Priv numbers for RUN and the checks. */
#define PU XVM_PRIV_U
#define PS XVM_PRIV_S
#define PM XVM_PRIV_M

/* Offsets in xh_rec. */
#define REC_M_COUNT    0
#define REC_M_CAUSE    4
#define REC_M_TVAL     8
#define REC_M_EPC      12
#define REC_M_STATUS   16
#define REC_M_STATUSH  20
#define REC_S_COUNT    24
#define REC_S_CAUSE    28
#define REC_S_TVAL     32
#define REC_S_EPC      36
#define REC_S_STATUS   40
#define REC_S_VMCTL    44
#define REC_E_COUNT    48
#define REC_E_STATUS   52
#define REC_E_STATUSH  56
#define REC_E_VMCTL    60
#define REC_M_CONT     64
#define REC_M_RESUME   68
#define REC_S_RESUME   72
#define REC_INIT_VMCTL 76
#define REC_INIT_MSTATUSH 80
#define REC_SIZE       84

/* Leaf PTE flag sets. */
#define F_SRWX (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_A | XVM_PTE_D)
#define F_SRX  (XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A)
#define F_SRW  (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D)
#define F_URWX (F_SRWX | XVM_PTE_U)
#define F_URW  (F_SRW | XVM_PTE_U)
#define F_GATE (F_SRX | XVM_PTE_VG)

/* Fixed virtual addresses of the standard address space (xh_vm_init). */
#define GPAGE_VA 0x00000000   /* the test's guest page (xh_gpage) */
#define DPAGE_VA 0x00001000   /* the scratch data page (xh_dpage) */

/* Mega- and 4 KiB scratch RAM that tests map at will. */
#define SCRATCH_MEGA (XVM_RAM_BASE + XVM_MEGAPAGE_SIZE)

#ifdef __ASSEMBLER__

.macro CHECK n
    .if (\n) < 1 || (\n) > 255
    .error "check number out of 1..255"
    .endif
    li s11, \n
.endm

/* Guest side: return to the M continuation. */
.macro GEND
    li a7, XH_MAGIC
    ecall
.endm

/* reg <- virtual address of label in the guest page mapped at GPAGE_VA. */
.macro GVA reg, label
    la \reg, \label
    la t0, xh_gpage
    sub \reg, \reg, t0
.endm

/* reg <- address of label seen through a megapage alias: the RAM megapage
 * at XVM_RAM_BASE mapped at va_base. */
.macro MVA reg, label, va_base
    la \reg, \label
    li t0, (\va_base) - XVM_RAM_BASE
    add \reg, \reg, t0
.endm

/* Enter priv with VM=vm at the address in treg (not t0/t1) by mret; the
 * records are cleared first and execution continues after the macro.
 * mres/sres: resume policy of the M/S handler for this run (see above). */
.macro RUN priv, vm, treg, mres=0, sres=0
    call xh_clear
    .if (\mres)
    SET_RESUME REC_M_RESUME, \mres
    .endif
    .if (\sres)
    SET_RESUME REC_S_RESUME, \sres
    .endif
    csrw XVM_CSR_MEPC, \treg
    li t0, XVM_MSTATUS_MPP
    csrc XVM_CSR_MSTATUS, t0
    .if (\priv) != 0
    li t0, (\priv) << XVM_MSTATUS_MPP_LO
    csrs XVM_CSR_MSTATUS, t0
    .endif
    li t0, XVM_MSTATUSH_MPVM
    .if (\vm)
    csrs XVM_CSR_MSTATUSH, t0
    .else
    csrc XVM_CSR_MSTATUSH, t0
    .endif
    la t0, .Lxh_cont\@
    la t1, xh_rec
    sw t0, REC_M_CONT(t1)
    mret
.Lxh_cont\@:
.endm

/* Set the resume policy of a handler for the next RUN (after xh_clear). */
.macro SET_RESUME off, val
    la t0, xh_rec
    li t1, \val
    sw t1, \off(t0)
.endm

/* The comparisons: t1 = got, t2 = expected. */
.set xh_assert_id, 0
.macro XH_CMP
    .set xh_assert_id, xh_assert_id + 1
    li s10, xh_assert_id
    bne t1, t2, xh_fail
.endm

/* Record word == constant. */
.macro EXPECT_REC off, val
    la t0, xh_rec
    lw t1, \off(t0)
    li t2, \val
    XH_CMP
.endm

/* Record word == register (not t0-t2). */
.macro EXPECT_REC_R off, reg
    la t0, xh_rec
    lw t1, \off(t0)
    mv t2, \reg
    XH_CMP
.endm

/* Field (bits shift+width-1:shift) of a record word == constant. */
.macro EXPECT_FIELD off, shift, mask, val
    la t0, xh_rec
    lw t1, \off(t0)
    srli t1, t1, \shift
    andi t1, t1, \mask
    li t2, \val
    XH_CMP
.endm

/* Register == constant / register. */
.macro EXPECT_EQ reg, val
    mv t1, \reg
    li t2, \val
    XH_CMP
.endm
.macro EXPECT_EQ_R reg, reg2
    mv t1, \reg
    mv t2, \reg2
    XH_CMP
.endm

/* The guest reached GEND in priv with VM=vm, without any trap. */
.macro EXPECT_NO_TRAP priv, vm
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_REC REC_S_COUNT, 0
    EXPECT_END \priv, \vm
.endm

/* The last GEND ran in priv with VM=vm. */
.macro EXPECT_END priv, vm
    EXPECT_REC REC_E_COUNT, 1
    EXPECT_FIELD REC_E_STATUS, XVM_MSTATUS_MPP_LO, 3, \priv
    EXPECT_FIELD REC_E_STATUSH, XVM_MSTATUSH_MPVM_BIT, 1, \vm
.endm

/* Exactly one trap, into S, with cause, from priv with VM=vm; the handler
 * ran in S with VM=0 (R7). */
.macro EXPECT_S_TRAP cause, priv, vm
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_REC REC_S_COUNT, 1
    EXPECT_REC REC_S_CAUSE, \cause
    EXPECT_FIELD REC_S_STATUS, XVM_MSTATUS_SPP_BIT, 1, (((\priv) == PS) & 1)
    EXPECT_FIELD REC_S_VMCTL, XVM_VMCTL_SPVM_BIT, 1, \vm
    EXPECT_END PS, 0
.endm

/* Exactly one trap, into M, with cause, from priv with VM=vm. */
.macro EXPECT_M_TRAP cause, priv, vm
    EXPECT_REC REC_S_COUNT, 0
    EXPECT_REC REC_M_COUNT, 1
    EXPECT_REC REC_M_CAUSE, \cause
    EXPECT_FIELD REC_M_STATUS, XVM_MSTATUS_MPP_LO, 3, \priv
    EXPECT_FIELD REC_M_STATUSH, XVM_MSTATUSH_MPVM_BIT, 1, \vm
.endm

/* Table-driven check: run each XH_SNIP_SIZE-byte snippet of [first, last)
 * in priv with VM=vm, at its guest-page address (bare=0) or its physical
 * address (bare=1), and require for each: kind XH_NONE no trap; XH_STRAP
 * one trap into S with cause, xtval = the snippet's first word, sepc = its
 * address; XH_MTRAP the same into M. s9 = snippet index. */
#define XH_SNIP_SIZE 16
#define XH_NONE  0
#define XH_STRAP 1
#define XH_MTRAP 2
.macro SNIP
    .balign XH_SNIP_SIZE
.endm
.macro SNIP_LOOP first, last, priv, vm, bare, kind, cause=0
    li s9, 0
    la s2, \first
.Lsnip\@:
    lw s5, 0(s2)
    .if \bare
    mv s6, s2
    .else
    la t0, xh_gpage
    sub s6, s2, t0
    .endif
    RUN \priv, \vm, s6
    .if (\kind) == XH_NONE
    EXPECT_NO_TRAP \priv, \vm
    .elseif (\kind) == XH_STRAP
    EXPECT_S_TRAP \cause, \priv, \vm
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
    .else
    EXPECT_M_TRAP \cause, \priv, \vm
    EXPECT_REC_R REC_M_TVAL, s5
    EXPECT_REC_R REC_M_EPC, s6
    .endif
    addi s9, s9, 1
    addi s2, s2, XH_SNIP_SIZE
    la t0, \last
    bltu s2, t0, .Lsnip\@
    li s9, 0
.endm

/* Runs the snippet at s6 in priv/vm and requires an illegal-instruction
 * trap with tval s5 and epc s6: into M (and back) when priv is M, else into
 * S, to which the test has delegated it. */
.macro EXPECT_ILLEGAL priv, vm
    .if (\priv) == PM
    RUN PM, 0, s6, 1
    EXPECT_M_TRAP XVM_EXC_ILLEGAL_INSN, PM, 0
    EXPECT_REC_R REC_M_TVAL, s5
    EXPECT_REC_R REC_M_EPC, s6
    EXPECT_END PM, 0
    .else
    RUN \priv, \vm, s6
    EXPECT_S_TRAP XVM_EXC_ILLEGAL_INSN, \priv, \vm
    EXPECT_REC_R REC_S_TVAL, s5
    EXPECT_REC_R REC_S_EPC, s6
    .endif
.endm

/* Outcome chosen at run time: creg = -1 for no trap, else one trap into S
 * with cause creg, stval treg, sepc ereg (registers other than t0-t2). */
.macro EXPECT_OUTCOME priv, vm, creg, treg, ereg
    li t0, -1
    beq \creg, t0, .Lnone\@
    EXPECT_REC REC_M_COUNT, 0
    EXPECT_REC REC_S_COUNT, 1
    EXPECT_REC_R REC_S_CAUSE, \creg
    EXPECT_REC_R REC_S_TVAL, \treg
    EXPECT_REC_R REC_S_EPC, \ereg
    EXPECT_FIELD REC_S_STATUS, XVM_MSTATUS_SPP_BIT, 1, (((\priv) == PS) & 1)
    EXPECT_FIELD REC_S_VMCTL, XVM_VMCTL_SPVM_BIT, 1, \vm
    EXPECT_END PS, 0
    j .Ldone\@
.Lnone\@:
    EXPECT_NO_TRAP \priv, \vm
.Ldone\@:
.endm

/* Page-table edits (M-mode, followed by sfence.vma): pa in a register
 * other than t0-t2. */
.macro MAP_MEGA va, pareg, flags
    mv a0, \pareg
    li a1, (\va)
    li a2, (\flags)
    call xh_map_mega
.endm
.macro MAP_4K va, pareg, flags
    mv a0, \pareg
    li a1, (\va)
    li a2, (\flags)
    call xh_map_4k
.endm
.macro UNMAP_MEGA va
    li a0, 0
    li a1, (\va)
    li a2, 0
    call xh_map_mega
.endm
.macro UNMAP_4K va
    li a0, 0
    li a1, (\va)
    li a2, 0
    call xh_map_4k
.endm

/* satp: Sv32 on the harness's root table, or Bare. */
.macro SV32_ON
    call xh_sv32_on
.endm
.macro BARE
    csrw XVM_CSR_SATP, zero
    sfence.vma
.endm

/* vmctl.VAMSB <- n (M-mode write; SPVM kept). */
.macro SET_VAMSB n
    li t0, XVM_VMCTL_VAMSB_MASK
    csrc XVM_CSR_VMCTL, t0
    li t0, ((\n) << XVM_VMCTL_VAMSB_LO) & XVM_VMCTL_VAMSB_MASK
    csrs XVM_CSR_VMCTL, t0
.endm

/* The test's guest page: one 4 KiB page of code mapped at GPAGE_VA. */
.macro GUEST_PAGE_BEGIN
    .section .text.guest, "ax"
    .balign 4096
    .globl xh_gpage
xh_gpage:
.endm
.macro GUEST_PAGE_END
    /* Fails to assemble ("backwards") when the page overflows. */
    .org xh_gpage + 4096
.endm

/* The body: xh_body is entered in M after the harness's reset setup. */
.macro TEST_BODY
    .section .text, "ax"
    .globl xh_body
xh_body:
.endm
.macro TEST_PASS
    j xh_pass
.endm

#endif /* __ASSEMBLER__ */

#endif /* XVM_HARNESS_H */
