/* SPDX-License-Identifier: Apache-2.0 */
/* vmctl (0x5C0) and mstatush.MPVM as CSRs: reset values (vmctl 0x1F00,
 * MPVM 0), writable bits (SPVM, VAMSB), reserved bits read 0 and ignore
 * writes, every VAMSB 0..31 legal (WARL) and in effect, access from S with
 * VM=0. */
#include "harness.h"

TEST_BODY
    /* Reset values, read by the harness before anything wrote them. */
    CHECK 1
    EXPECT_REC REC_INIT_VMCTL, XVM_VMCTL_RESET
    EXPECT_REC REC_INIT_VMCTL, 31 << XVM_VMCTL_VAMSB_LO
    EXPECT_REC REC_INIT_MSTATUSH, 0

    /* Writable bits and reserved bits. */
    CHECK 2
    li t0, -1
    csrw XVM_CSR_VMCTL, t0
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, XVM_VMCTL_MASK
    csrw XVM_CSR_VMCTL, zero
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, 0
    li t0, ~XVM_VMCTL_MASK
    csrs XVM_CSR_VMCTL, t0
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, 0
    li t0, XVM_VMCTL_SPVM
    csrw XVM_CSR_VMCTL, t0
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, XVM_VMCTL_SPVM
    csrwi XVM_CSR_VMCTL, 1
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, 0
    li t0, XVM_VMCTL_SPVM | (5 << XVM_VMCTL_VAMSB_LO)
    csrw XVM_CSR_VMCTL, t0
    li t0, XVM_VMCTL_SPVM
    csrrc t1, XVM_CSR_VMCTL, t0
    EXPECT_EQ t1, XVM_VMCTL_SPVM | (5 << XVM_VMCTL_VAMSB_LO)
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, 5 << XVM_VMCTL_VAMSB_LO

    /* Every VAMSB value reads back (s9 = n). */
    CHECK 3
    li s9, 0
1:  slli s3, s9, XVM_VMCTL_VAMSB_LO
    csrw XVM_CSR_VMCTL, s3
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ_R t1, s3
    ori s4, s3, XVM_VMCTL_SPVM
    csrw XVM_CSR_VMCTL, s4
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ_R t1, s4
    addi s9, s9, 1
    li t0, 32
    blt s9, t0, 1b
    li s9, 0

    /* mstatush: only MPVM is writable. */
    CHECK 4
    li t0, -1
    csrw XVM_CSR_MSTATUSH, t0
    csrr t1, XVM_CSR_MSTATUSH
    EXPECT_EQ t1, XVM_MSTATUSH_MPVM
    csrw XVM_CSR_MSTATUSH, zero
    csrr t1, XVM_CSR_MSTATUSH
    EXPECT_EQ t1, 0

    /* From S with VM=0: read and write. */
    CHECK 5
    li a1, 12 << XVM_VMCTL_VAMSB_LO
    li a0, 0
    la s6, s_rw
    RUN PS, 0, s6
    EXPECT_NO_TRAP PS, 0
    EXPECT_EQ a0, 12 << XVM_VMCTL_VAMSB_LO
    csrr t1, XVM_CSR_VMCTL
    EXPECT_EQ t1, 12 << XVM_VMCTL_VAMSB_LO

    /* Small VAMSB values are in effect: a guest running a nop sled from
     * VA 0 faults at the first fetch at or above 2^(n+1) (s9 = n). */
    CHECK 6
    SV32_ON
    li s9, 0
2:  slli t0, s9, XVM_VMCTL_VAMSB_LO
    csrw XVM_CSR_VMCTL, t0
    li s8, 2
    sll s8, s8, s9
    li t0, 4
    bgeu s8, t0, 3f
    li s8, 4
3:  li s6, GPAGE_VA
    RUN PS, 1, s6
    EXPECT_S_TRAP XVM_EXC_INSN_ACCESS, PS, 1
    EXPECT_REC_R REC_S_TVAL, s8
    addi s9, s9, 1
    li t0, 12
    blt s9, t0, 2b
    li s9, 0
    li t0, XVM_VMCTL_RESET
    csrw XVM_CSR_VMCTL, t0
    TEST_PASS

s_rw:
    csrw XVM_CSR_VMCTL, a1
    csrr a0, XVM_CSR_VMCTL
    GEND

GUEST_PAGE_BEGIN
    .rept 1024
    nop
    .endr
GUEST_PAGE_END
