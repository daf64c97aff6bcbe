/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* CSR access rules: writes to read-only CSRs (bits 11:10 = 3) are illegal
 * even in M, reads of them and csrrs/csrrc with x0 (or uimm 0) are not;
 * CSRs above the current privilege and unimplemented CSRs are illegal.
 * tval = the instruction bits. */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    TEST_CASE(1, x14, XVM_MVENDORID_VALUE, csrr x14, XVM_CSR_MVENDORID)
    TEST_CASE(2, x14, XVM_MHARTID_VALUE, csrr x14, XVM_CSR_MHARTID)
    /* csrw mvendorid, x0 / csrw cycle, x0 / csrw mhartid, x12 */
    TEST_TRAP(3, XVM_EXC_ILLEGAL_INSN, 0xf1101073, csrw XVM_CSR_MVENDORID, x0)
    TEST_TRAP(4, XVM_EXC_ILLEGAL_INSN, 0xc0001073, csrw XVM_CSR_CYCLE, x0)
    li x12, 1
    TEST_TRAP(5, XVM_EXC_ILLEGAL_INSN, 0xf1462073, csrs XVM_CSR_MHARTID, x12)
    /* csrrsi/csrrci with uimm != 0 write: illegal; uimm = 0 reads */
    TEST_TRAP(6, XVM_EXC_ILLEGAL_INSN, 0xf140e773, csrrsi x14, XVM_CSR_MHARTID, 1)
    TEST_NO_TRAP(7, csrrsi x14, XVM_CSR_MHARTID, 0; csrrci x14, XVM_CSR_MHARTID, 0; csrrs x14, XVM_CSR_CYCLE, x0; csrrc x14, XVM_CSR_INSTRET, x0)
    /* the destination is not written by an illegal CSR instruction */
    TEST_CASE(8, x14, 0x99, li x14, 0x99; la tp, 1f; csrrw x14, XVM_CSR_MVENDORID, x14; j xt_fail; 1: li tp, 0)
    /* unimplemented CSR numbers */
    TEST_TRAP(9, XVM_EXC_ILLEGAL_INSN, 0x7ff02773, csrr x14, 0x7ff)
    TEST_TRAP(10, XVM_EXC_ILLEGAL_INSN, 0x5c102773, csrr x14, 0x5c1)
    TEST_TRAP(11, XVM_EXC_ILLEGAL_INSN, 0x10102773, csrr x14, 0x101)
    /* from S: M CSRs illegal, S CSRs fine */
    GOTO_S(2f)
2:  TEST_TRAP(12, XVM_EXC_ILLEGAL_INSN, 0x34002773, csrr x14, XVM_CSR_MSCRATCH)
    TEST_TRAP(13, XVM_EXC_ILLEGAL_INSN, 0xf1402773, csrr x14, XVM_CSR_MHARTID)
    TEST_CASE(14, x14, 0x13572468, li x12, 0x13572468; csrw XVM_CSR_SSCRATCH, x12; csrr x14, XVM_CSR_SSCRATCH)
    BACK_TO_M
    /* from U: S CSRs illegal too */
    GOTO_U(3f)
3:  TEST_TRAP(15, XVM_EXC_ILLEGAL_INSN, 0x14002773, csrr x14, XVM_CSR_SSCRATCH)
    TEST_TRAP(16, XVM_EXC_ILLEGAL_INSN, 0x10002773, csrr x14, XVM_CSR_SSTATUS)
    BACK_TO_M
    /* sstatus is a view of mstatus */
    li x12, XVM_MSTATUS_SUM
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(17, x14, XVM_MSTATUS_SUM, csrr x14, XVM_CSR_SSTATUS; and x14, x14, x12)
    csrc XVM_CSR_SSTATUS, x12
    TEST_CASE(18, x14, 0, csrr x14, XVM_CSR_MSTATUS; and x14, x14, x12)
    /* sstatus does not show or write M fields */
    li x12, XVM_MSTATUS_MIE | XVM_MSTATUS_TVM
    csrc XVM_CSR_MSTATUS, x12
    li x12, XVM_MSTATUS_MPP | XVM_MSTATUS_MIE | XVM_MSTATUS_MPIE | XVM_MSTATUS_TVM
    TEST_CASE(19, x14, 0, csrs XVM_CSR_SSTATUS, x12; csrr x14, XVM_CSR_SSTATUS; and x14, x14, x12)
    TEST_CASE(20, x14, 0, csrr x14, XVM_CSR_MSTATUS; li x12, XVM_MSTATUS_MIE | XVM_MSTATUS_TVM; and x14, x14, x12)
TEST_END
