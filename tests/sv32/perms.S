/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* R/W/X/U permissions, SUM and MXR, and the page-fault causes and tval
 * (the virtual address; for fetch faults the pc). */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
#define X  XVM_PTE_X
#define U  XVM_PTE_U
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pdata, V | R | SV_AD)            /* read-only */
    SET_PTE(1, pdata, V | R | W | SV_AD)        /* read-write */
    SET_PTE(2, pcode, V | X | SV_AD)            /* execute-only */
    SET_PTE(3, pdata, V | R | W | U | SV_AD)    /* user data */
    SET_PTE(4, pcode, V | R | X | U | SV_AD)    /* user code */
    SET_PTE(5, pcode, V | R | W | SV_AD)        /* code, not executable */
    SET_PTE(6, pcode, V | X | U | SV_AD)        /* user execute-only */
    GOTO_S(1f)
1:  li x11, SV_VA(0, 4)
    TEST_CASE(1, x14, 0x0d0d0d0d, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    TEST_TRAP_R(3, XVM_EXC_STORE_PAGE_FAULT, x11, amoadd.w x14, x12, (x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_PAGE_FAULT, x11, amoswap.w x0, x12, (x11))
    /* the faulting store wrote nothing */
    TEST_CASE(5, x14, 0x0d0d0d0d, lw x14, 0(x11))
    li x11, SV_VA(1, 8)
    TEST_CASE(6, x14, 0x77, li x12, 0x77; sw x12, 0(x11); lw x14, 0(x11))
    /* execute-only page: fetch works, load faults unless MXR */
    li x11, SV_VA(2, 0)
    TEST_CASE(7, x14, 0x42, jalr x1, 0(x11))
    TEST_TRAP_R(8, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    li x12, XVM_MSTATUS_MXR
    csrs XVM_CSR_SSTATUS, x12
    TEST_CASE(9, x14, 0x04200713, lw x14, 0(x11))
    TEST_TRAP_R(10, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    csrc XVM_CSR_SSTATUS, x12
    /* fetch from a non-executable page: tval = epc = the target */
    li x11, SV_VA(5, 0)
    TEST_JUMP_TRAP(11, XVM_EXC_INSN_PAGE_FAULT, x11)
    /* S and U pages: S data access needs SUM */
    li x11, SV_VA(3, 0)
    TEST_TRAP_R(12, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(13, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    li x12, XVM_MSTATUS_SUM
    csrs XVM_CSR_SSTATUS, x12
    TEST_CASE(14, x14, 0x0d0d0d0d, lw x14, 0(x11))
    /* S never executes a U page, even with SUM */
    li x11, SV_VA(4, 0)
    TEST_JUMP_TRAP(15, XVM_EXC_INSN_PAGE_FAULT, x11)
    /* SUM cleared and set by the instruction right before the access */
    li x11, SV_VA(3, 0x44)
    la tp, 5f
    csrc XVM_CSR_SSTATUS, x12
4:  lw x14, 0(x11)
    j xt_fail
5:  TEST_NUM(30); CHECK(t5, XVM_EXC_LOAD_PAGE_FAULT); CHECK_EQ(t6, x11); la x13, 4b; CHECK_EQ(tp, x13)
    li tp, 0
    TEST_CASE(31, x14, 0x0d0d0d0d, csrs XVM_CSR_SSTATUS, x12; lw x14, 0(x11))
    /* SUM: stores too; MXR with SUM: an execute-only U page is readable */
    TEST_CASE(27, x14, 0x31, li x11, SV_VA(3, 0x40); li x12, 0x31; sw x12, 0(x11); lw x14, 0(x11))
    li x11, SV_VA(6, 0)
    TEST_TRAP_R(28, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    li x12, XVM_MSTATUS_MXR
    csrs XVM_CSR_SSTATUS, x12
    TEST_CASE(29, x14, 0x04200713, lw x14, 0(x11))
    csrc XVM_CSR_SSTATUS, x12
    li x12, XVM_MSTATUS_SUM
    csrc XVM_CSR_SSTATUS, x12
    /* a misaligned load inside a faulting page: tval = the access address */
    li x11, SV_VA(3, 0x13)
    TEST_TRAP_R(16, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    BACK_TO_M
    /* U: U pages only */
    GOTO_U_ALIAS(4f)
4:  li x11, SV_VA(3, 0x10)
    TEST_CASE(17, x14, 0x0d0d0d0d, lw x14, 0(x11))
    li x11, SV_VA(4, 0)
    TEST_CASE(18, x14, 0x42, jalr x1, 0(x11))
    li x11, SV_VA(1, 0)
    TEST_TRAP_R(19, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(20, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    li x11, SV_VA(2, 0)
    TEST_JUMP_TRAP(21, XVM_EXC_INSN_PAGE_FAULT, x11)
    /* the S-only RAM superpage at its physical address */
    li x11, XVM_RAM_BASE
    TEST_TRAP_R(22, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    /* an unmapped VA */
    li x11, SV_VA(7, 0)
    TEST_TRAP_R(23, XVM_EXC_LOAD_PAGE_FAULT, x11, lbu x14, 0(x11))
    BACK_TO_M_FROM_ALIAS
    /* page faults delegated to S: scause/stval */
    li x12, (1 << XVM_EXC_LOAD_PAGE_FAULT) | (1 << XVM_EXC_STORE_PAGE_FAULT) | (1 << XVM_EXC_INSN_PAGE_FAULT)
    csrw XVM_CSR_MEDELEG, x12
    GOTO_U_ALIAS(6f)
6:  li x11, SV_VA(0, 0x30)
    TEST_TRAP_R(24, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    BACK_TO_M_FROM_ALIAS
    TEST_CASE(25, x14, SV_VA(0, 0x30), csrr x14, XVM_CSR_STVAL)
    TEST_CASE(26, x14, XVM_EXC_LOAD_PAGE_FAULT, csrr x14, XVM_CSR_SCAUSE)
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_TEST_PAGES
