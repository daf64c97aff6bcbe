/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Implementation-defined CSR values and WARL/WLRL behaviour fixed by
 * docs/architecture.md (QEMU's choices differ: misa, IDs, PMP, masks). */
TEST_BEGIN
    TEST_CASE(1, x14, XVM_MISA_VALUE, csrr x14, XVM_CSR_MISA)
    /* misa is read-only: writes ignored, no trap */
    TEST_CASE(2, x14, XVM_MISA_VALUE, csrw XVM_CSR_MISA, zero; csrr x14, XVM_CSR_MISA)
    TEST_CASE(3, x14, XVM_MARCHID_VALUE, csrr x14, XVM_CSR_MARCHID)
    TEST_CASE(4, x14, XVM_MIMPID_VALUE, csrr x14, XVM_CSR_MIMPID)
    TEST_CASE(5, x14, 0, csrr x14, XVM_CSR_MCONFIGPTR)
    /* mtvec: MODE 2 and 3 keep the previous MODE */
    la x20, xt_mtrap
    TEST_CASE(6, x14, 0, ori x12, x20, 2; csrw XVM_CSR_MTVEC, x12; csrr x14, XVM_CSR_MTVEC; andi x14, x14, 3)
    TEST_CASE(7, x14, 1, ori x12, x20, 1; csrw XVM_CSR_MTVEC, x12; ori x12, x20, 3; csrw XVM_CSR_MTVEC, x12; csrr x14, XVM_CSR_MTVEC; andi x14, x14, 3)
    csrw XVM_CSR_MTVEC, x20
    TEST_CASE(8, x14, 0, la x12, xt_strap; ori x12, x12, 2; csrw XVM_CSR_STVEC, x12; csrr x14, XVM_CSR_STVEC; andi x14, x14, 3)
    la x12, xt_strap
    csrw XVM_CSR_STVEC, x12
    /* MPP: writing 2 keeps the old value */
    li x12, XVM_MSTATUS_MPP
    csrc XVM_CSR_MSTATUS, x12
    li x12, XVM_MSTATUS_MPP_S
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(9, x14, XVM_MSTATUS_MPP_S, csrr x13, XVM_CSR_MSTATUS; li x12, ~XVM_MSTATUS_MPP; and x13, x13, x12; li x12, 2 << XVM_MSTATUS_MPP_LO; or x13, x13, x12; csrw XVM_CSR_MSTATUS, x13; csrr x14, XVM_CSR_MSTATUS; li x12, XVM_MSTATUS_MPP; and x14, x14, x12)
    /* read-only zero fields of mstatus (UBE, FS, VS, XS, SD) and mstatush */
    TEST_CASE(10, x14, 0, li x12, 0x8001e640; csrs XVM_CSR_MSTATUS, x12; csrr x14, XVM_CSR_MSTATUS; and x14, x14, x12)
    TEST_CASE(11, x14, XVM_MSTATUSH_MPVM, li x12, -1; csrw XVM_CSR_MSTATUSH, x12; csrr x14, XVM_CSR_MSTATUSH)
    csrw XVM_CSR_MSTATUSH, zero
    /* delegation masks */
    TEST_CASE(12, x14, XVM_MEDELEG_MASK, li x12, -1; csrw XVM_CSR_MEDELEG, x12; csrr x14, XVM_CSR_MEDELEG)
    TEST_CASE(13, x14, XVM_MIDELEG_MASK, csrw XVM_CSR_MIDELEG, x12; csrr x14, XVM_CSR_MIDELEG)
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    /* mepc/sepc bits 1:0 read 0 */
    TEST_CASE(14, x14, 0x80001234, li x12, 0x80001237; csrw XVM_CSR_MEPC, x12; csrr x14, XVM_CSR_MEPC)
    TEST_CASE(15, x14, 0x80001234, csrw XVM_CSR_SEPC, x12; csrr x14, XVM_CSR_SEPC)
    /* mcause/scause hold any value */
    TEST_CASE(16, x14, 0xdeadbeef, li x12, 0xdeadbeef; csrw XVM_CSR_MCAUSE, x12; csrr x14, XVM_CSR_MCAUSE)
    TEST_CASE(17, x14, 0x7fffffff, li x12, 0x7fffffff; csrw XVM_CSR_SCAUSE, x12; csrr x14, XVM_CSR_SCAUSE)
    /* satp: no ASID bits */
    TEST_CASE(18, x14, 0x803fffff, li x12, -1; csrw XVM_CSR_SATP, x12; csrr x14, XVM_CSR_SATP)
    csrw XVM_CSR_SATP, zero
    /* no PMP: reads 0, writes ignored */
    TEST_CASE(19, x14, 0, li x12, 0x1f; csrw XVM_CSR_PMPCFG0, x12; csrr x14, XVM_CSR_PMPCFG0)
    TEST_CASE(20, x14, 0, li x12, -1; csrw XVM_CSR_PMPADDR0, x12; csrr x14, XVM_CSR_PMPADDR0)
    TEST_CASE(21, x14, 0, csrw XVM_CSR_PMPADDR63, x12; csrr x14, XVM_CSR_PMPADDR63)
    /* counter enables: CY, TM, IR only */
    TEST_CASE(22, x14, XVM_COUNTEREN_MASK, li x12, -1; csrw XVM_CSR_MCOUNTEREN, x12; csrr x14, XVM_CSR_MCOUNTEREN)
    TEST_CASE(23, x14, XVM_COUNTEREN_MASK, csrw XVM_CSR_SCOUNTEREN, x12; csrr x14, XVM_CSR_SCOUNTEREN)
    csrw XVM_CSR_MCOUNTEREN, zero
    csrw XVM_CSR_SCOUNTEREN, zero
    /* envcfg */
    TEST_CASE(24, x14, XVM_MENVCFG_FIOM, li x12, -1; csrw XVM_CSR_MENVCFG, x12; csrr x14, XVM_CSR_MENVCFG)
    TEST_CASE(25, x14, XVM_MENVCFGH_STCE, csrw XVM_CSR_MENVCFGH, x12; csrr x14, XVM_CSR_MENVCFGH)
    TEST_CASE(26, x14, XVM_MENVCFG_FIOM, csrw XVM_CSR_SENVCFG, x12; csrr x14, XVM_CSR_SENVCFG)
    csrw XVM_CSR_MENVCFG, zero
    csrw XVM_CSR_MENVCFGH, zero
    csrw XVM_CSR_SENVCFG, zero
    /* mip: only SSIP, STIP, SEIP writable (STCE = 0 now) */
    TEST_CASE(27, x14, XVM_MIP_SSIP | XVM_MIP_STIP | XVM_MIP_SEIP, csrw XVM_CSR_MIE, zero; li x12, -1; csrw XVM_CSR_MIP, x12; csrr x14, XVM_CSR_MIP)
    csrw XVM_CSR_MIP, zero
    /* sie/sip: only delegated bits, and sip.SSIP writable only then */
    TEST_CASE(28, x14, 0, li x12, XVM_MIP_SSIP; csrs XVM_CSR_MIP, x12; csrr x14, XVM_CSR_SIP)
    TEST_CASE(29, x14, XVM_MIP_SSIP, csrc XVM_CSR_SIP, x12; csrr x14, XVM_CSR_MIP)
    csrw XVM_CSR_MIP, zero
    /* hpm counters and events read 0, writes ignored */
    TEST_CASE(30, x14, 0, li x12, 5; csrw XVM_CSR_MHPMCOUNTER3, x12; csrr x14, XVM_CSR_MHPMCOUNTER3)
    TEST_CASE(31, x14, 0, csrw XVM_CSR_MHPMEVENT3, x12; csrr x14, XVM_CSR_MHPMEVENT3)
    TEST_CASE(32, x14, 0, csrw XVM_CSR_MCOUNTINHIBIT, x12; csrr x14, XVM_CSR_MCOUNTINHIBIT)
    TEST_CASE(33, x14, 0, csrr x14, XVM_CSR_HPMCOUNTER3)
    TEST_CASE(34, x14, 0, csrr x14, XVM_CSR_HPMCOUNTER31H)
    TEST_CASE(35, x14, 0, csrw XVM_CSR_MTVAL2, x12; csrr x14, XVM_CSR_MTINST)
    /* no trigger module: the trigger CSRs read 0, writes ignored */
    TEST_CASE(39, x14, 0, li x12, -1; csrw XVM_CSR_TSELECT, x12; csrr x14, XVM_CSR_TSELECT)
    TEST_CASE(40, x14, 0, csrw XVM_CSR_TDATA1, x12; csrr x14, XVM_CSR_TDATA1)
    TEST_CASE(41, x14, 0, csrw XVM_CSR_TDATA3, x12; csrr x14, XVM_CSR_TDATA3)
    /* csrrs/csrrc with rs1 != x0 are writes even when the register holds 0:
     * illegal on a read-only CSR (QEMU looks at the value instead) */
    li x12, 0
    TEST_TRAP(37, XVM_EXC_ILLEGAL_INSN, 0xf1462073, csrs XVM_CSR_MHARTID, x12)
    TEST_TRAP(38, XVM_EXC_ILLEGAL_INSN, 0xc0063073, csrc XVM_CSR_CYCLE, x12)
    /* vmctl (Xvm) reset value */
    TEST_CASE(36, x14, XVM_VMCTL_RESET, csrr x14, XVM_CSR_VMCTL)
TEST_END
