/* SPDX-License-Identifier: Apache-2.0 */
/* R7/R9 with interrupts arriving at arbitrary points of a guest that keeps
 * switching VM through its gate page (vmsw.1 ... vmsw.0 in a loop): at every
 * interrupt the saved VM (MPVM for the machine timer, SPVM for the
 * delegated supervisor timer) must be exactly the VM of the interrupted
 * instruction boundary, i.e. 1 iff xepc lies after the vmsw.1 and up to the
 * vmsw.0. Both regions must be hit. */
#include "harness.h"

#define N_IRQ 120
#define MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)

/* State shared with the handlers (offsets in async_state). */
#define ST_LOOP  0      /* VA of vm_loop */
#define ST_COUNT 4      /* interrupts taken */
#define ST_VM1   8      /* of which with VM=1 */
#define ST_SAVE  12     /* t0-t3 */

/* Next deadline: 20 + (count * 7) % 23 ticks from now, in t0 (count in t1).
 * Clobbers t1-t3. */
.macro NEXT_DELTA
    li t2, 7
    mul t1, t1, t2
    li t2, 23
    remu t1, t1, t2
    addi t0, t1, 20
.endm

/* Check the saved VM (t3, 0/1) against the interrupted pc (t1); count.
 * Leaves the new count in t1. Clobbers t0-t2. */
.macro CHECK_VM
    la t0, async_state
    lw t2, ST_LOOP(t0)
    sub t1, t1, t2
    la t0, vm_region_end
    la t2, vm_loop
    sub t0, t0, t2
    li t2, 0
    bgtu t1, t0, 1f
    beqz t1, 1f
    li t2, 1
1:  mv t1, t3
    bne t1, t2, async_fail
    la t0, async_state
    lw t1, ST_VM1(t0)
    add t1, t1, t2
    sw t1, ST_VM1(t0)
    lw t1, ST_COUNT(t0)
    addi t1, t1, 1
    sw t1, ST_COUNT(t0)
.endm

.macro SAVE_T
    la t0, async_state + ST_SAVE
    sw t1, 4(t0)
    sw t2, 8(t0)
    sw t3, 12(t0)
.endm
.macro RESTORE_T
    la t0, async_state + ST_SAVE
    lw t1, 4(t0)
    lw t2, 8(t0)
    lw t3, 12(t0)
.endm

/* Fails unless 0 < reg < N_IRQ (both regions were interrupted). */
.macro EXPECT_NE_ZERO_RANGE reg
    li t2, N_IRQ
    sltu t1, \reg, t2
    snez t0, \reg
    and t1, t1, t0
    li t2, 1
    XH_CMP
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE
    GVA t1, vm_loop
    la t0, async_state
    sw t1, ST_LOOP(t0)

    /* Machine timer, not delegated. */
    CHECK 1
    la t0, async_mtrap
    csrw XVM_CSR_MTVEC, t0
    li t0, MTIMECMP
    li t1, -1
    sw t1, 4(t0)
    li t2, MTIME
    lw t1, 0(t2)
    addi t1, t1, 200
    sw t1, 0(t0)
    sw zero, 4(t0)
    li t0, XVM_MIP_MTIP
    csrs XVM_CSR_MIE, t0
    GVA s6, vm_loop
    RUN PS, 0, s6
    la t0, xh_mtrap
    csrw XVM_CSR_MTVEC, t0
    la s3, async_state
    lw t1, ST_COUNT(s3)
    EXPECT_EQ t1, N_IRQ
    lw t1, ST_VM1(s3)
    EXPECT_NE_ZERO_RANGE t1
    sw zero, ST_COUNT(s3)
    sw zero, ST_VM1(s3)

    /* Supervisor timer (Sstc), delegated; SIE=1 so that it is also taken
     * with VM=0. */
    CHECK 2
    la t0, async_strap
    csrw XVM_CSR_STVEC, t0
    li t0, XVM_MIP_STIP
    csrs XVM_CSR_MIDELEG, t0
    csrs XVM_CSR_MIE, t0
    li t0, XVM_MSTATUS_SIE
    csrs XVM_CSR_MSTATUS, t0
    csrr t1, XVM_CSR_TIME
    addi t1, t1, 200
    csrw XVM_CSR_STIMECMPH, zero
    csrw XVM_CSR_STIMECMP, t1
    GVA s6, vm_loop
    RUN PS, 0, s6
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    li t0, XVM_MIP_STIP
    csrc XVM_CSR_MIE, t0
    csrc XVM_CSR_MIDELEG, t0
    li t0, XVM_MSTATUS_SIE
    csrc XVM_CSR_MSTATUS, t0
    la s3, async_state
    lw t1, ST_COUNT(s3)
    EXPECT_EQ t1, N_IRQ
    lw t1, ST_VM1(s3)
    EXPECT_NE_ZERO_RANGE t1
    TEST_PASS

async_fail:
    li s10, 1000
    j xh_fail

    .balign 4
async_mtrap:
    csrw XVM_CSR_MSCRATCH, t0
    SAVE_T
    csrr t1, XVM_CSR_MCAUSE
    li t2, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI
    bne t1, t2, async_fail
    csrr t3, XVM_CSR_MSTATUSH
    srli t3, t3, XVM_MSTATUSH_MPVM_BIT
    andi t3, t3, 1
    csrr t1, XVM_CSR_MEPC
    CHECK_VM
    li t2, N_IRQ
    bgeu t1, t2, 2f
    NEXT_DELTA
    li t2, MTIME
    lw t1, 0(t2)
    add t1, t1, t0
    li t2, MTIMECMP
    sw t1, 0(t2)
    RESTORE_T
    csrr t0, XVM_CSR_MSCRATCH
    mret
2:  li t2, MTIMECMP
    li t1, -1
    sw t1, 4(t2)
    li t0, XVM_MIP_MTIP
    csrc XVM_CSR_MIE, t0
    la t0, xh_rec
    lw t0, REC_M_CONT(t0)
    jr t0

    .balign 4
async_strap:
    csrw XVM_CSR_SSCRATCH, t0
    SAVE_T
    csrr t1, XVM_CSR_SCAUSE
    li t2, XVM_CAUSE_INTERRUPT | XVM_IRQ_STI
    bne t1, t2, async_fail
    csrr t3, XVM_CSR_VMCTL
    srli t3, t3, XVM_VMCTL_SPVM_BIT
    andi t3, t3, 1
    csrr t1, XVM_CSR_SEPC
    CHECK_VM
    li t2, N_IRQ
    bgeu t1, t2, 2f
    NEXT_DELTA
    csrr t1, XVM_CSR_TIME
    add t1, t1, t0
    csrw XVM_CSR_STIMECMP, t1
    RESTORE_T
    csrr t0, XVM_CSR_SSCRATCH
    sret
2:  li t1, -1
    csrw XVM_CSR_STIMECMPH, t1
    csrw XVM_CSR_STIMECMP, t1
    GEND

    .section .data
    .balign 4
async_state:
    .zero ST_SAVE + 16

GUEST_PAGE_BEGIN
/* VM=1 from after the vmsw.1 up to and including the vmsw.0 (not yet
 * executed there). Registers: only a-registers. */
vm_loop:
    VMSW1
    addi a0, a0, 1
    addi a1, a1, 2
    nop
    lw a2, 0(x0)
    addi a3, a3, 3
vm_region_end:
    VMSW0
    addi a0, a0, -1
    nop
    lw a4, 4(x0)
    j vm_loop
GUEST_PAGE_END
