/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Sstc: with menvcfgh.STCE, mip.STIP = (time >= stimecmp) and a delegated
 * STI is taken in S; S may access stimecmp only with STCE and
 * mcounteren.TM. */
#define RD_STIMECMP 0x14d02773   /* csrr x14, stimecmp */
#define CLINT_MTIME (XVM_CLINT_BASE + XVM_CLINT_MTIME)
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    li x12, XVM_MENVCFGH_STCE
    csrs XVM_CSR_MENVCFGH, x12
    TEST_CASE(1, x14, XVM_MENVCFGH_STCE, csrr x14, XVM_CSR_MENVCFGH; and x14, x14, x12)
    /* stimecmp in the future: STIP clear */
    li x12, -1
    csrw XVM_CSR_STIMECMPH, x12
    csrw XVM_CSR_STIMECMP, x12
    TEST_CASE(2, x14, 0, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_STIP)
    TEST_CASE(3, x14, 0xffffffff, csrr x14, XVM_CSR_STIMECMPH)
    /* stimecmp = 0: STIP set */
    csrw XVM_CSR_STIMECMP, zero
    csrw XVM_CSR_STIMECMPH, zero
    TEST_CASE(4, x14, XVM_MIP_STIP, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_STIP)
    /* back in the future */
    li x12, -1
    csrw XVM_CSR_STIMECMPH, x12
    TEST_CASE(5, x14, 0, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_STIP)
    /* S access: needs mcounteren.TM (with STCE) */
    csrw XVM_CSR_MCOUNTEREN, zero
    GOTO_S(1f)
1:  TEST_TRAP(6, XVM_EXC_ILLEGAL_INSN, RD_STIMECMP, .word RD_STIMECMP)
    BACK_TO_M
    csrwi XVM_CSR_MCOUNTEREN, 2
    li x12, XVM_MIP_STIP
    csrw XVM_CSR_MIDELEG, x12
    csrw XVM_CSR_MIE, x12
    GOTO_S(2f)
2:  TEST_NO_TRAP(7, .word RD_STIMECMP)
    /* S arms its own timer a little in the future, waits with SIE */
    csrr x12, XVM_CSR_TIME
    addi x12, x12, 100
    csrw XVM_CSR_STIMECMP, x12
    csrw XVM_CSR_STIMECMPH, zero
    la tp, 4f
    csrsi XVM_CSR_SSTATUS, XVM_MSTATUS_SIE
3:  j 3b
4:  li tp, 0
    TEST_NUM(8); CHECK(t5, XVM_CAUSE_INTERRUPT | XVM_IRQ_STI)
    /* rearming clears it */
    li x12, -1
    csrw XVM_CSR_STIMECMPH, x12
    TEST_CASE(9, x14, 0, csrr x14, XVM_CSR_SIP)
    BACK_TO_M
    /* U never accesses stimecmp, even with both counter enables */
    csrwi XVM_CSR_SCOUNTEREN, 2
    GOTO_U(6f)
6:  TEST_TRAP(13, XVM_EXC_ILLEGAL_INSN, RD_STIMECMP, .word RD_STIMECMP)
    BACK_TO_M
    csrw XVM_CSR_SCOUNTEREN, zero
    /* without STCE, S cannot access stimecmp even with TM */
    li x12, XVM_MENVCFGH_STCE
    csrc XVM_CSR_MENVCFGH, x12
    GOTO_S(5f)
5:  TEST_TRAP(10, XVM_EXC_ILLEGAL_INSN, RD_STIMECMP, .word RD_STIMECMP)
    BACK_TO_M
    /* and STIP is writable from M again */
    li x12, XVM_MIP_STIP
    csrw XVM_CSR_MIE, zero
    csrs XVM_CSR_MIP, x12
    TEST_CASE(11, x14, XVM_MIP_STIP, csrr x14, XVM_CSR_MIP; and x14, x14, x12)
    csrc XVM_CSR_MIP, x12
    TEST_CASE(12, x14, 0, csrr x14, XVM_CSR_MIP; and x14, x14, x12)
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MCOUNTEREN, zero
TEST_END
