/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Instruction fetch under translation: code that runs off the end of an
 * executable page into an unmapped one faults with epc = tval = the first
 * address of the next page; code copied into a page runs at its VA; a
 * remapping takes effect for fetches after sfence.vma (with operands, it
 * still flushes everything here). */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define X  XVM_PTE_X
#define W  XVM_PTE_W
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    /* page codeA: "li x14, 0x11; ret" at the start and "addi x14, x14, 1"
     * in its last two words (the last falls through to the next page) */
    la x11, codeA
    li x12, 0x01100713          /* addi x14, x0, 0x11 */
    sw x12, 0(x11)
    li x12, 0x00008067          /* ret */
    sw x12, 4(x11)
    li x12, 0x00170713          /* addi x14, x14, 1 */
    li x13, 4088
    add x13, x13, x11
    sw x12, 0(x13)
    sw x12, 4(x13)
    /* page codeB: "li x14, 0x22; ret" */
    la x11, codeB
    li x12, 0x02200713
    sw x12, 0(x11)
    li x12, 0x00008067
    sw x12, 4(x11)
    fence.i
    SV32_INIT
    SET_PTE(0, codeA, V | R | X | SV_AD)
    GOTO_S(1f)
1:  li x11, SV_VA(0, 0)
    TEST_CASE(1, x14, 0x11, jalr x1, 0(x11))
    /* run the last two instructions of page 0, then fall into page 1 */
    li x11, SV_VA(0, 4088)
    li x12, SV_VA(1, 0)
    li x14, 0
    la tp, 2f
    jalr x1, 0(x11)
    j xt_fail
2:  TEST_NUM(2); CHECK(t5, XVM_EXC_INSN_PAGE_FAULT); CHECK_EQ(t6, x12); CHECK_EQ(tp, x12)
    /* both instructions before the boundary retired */
    CHECK(x14, 2)
    li tp, 0
    BACK_TO_M
    /* remap page 0 to codeB; sfence.vma with operands */
    la x12, codeB
    srli x12, x12, 12
    slli x12, x12, 10
    ori x12, x12, V | R | X | SV_AD
    la x11, sv_l1
    sw x12, 0(x11)
    li x11, SV_VA(0, 0)
    sfence.vma x11, x0
    GOTO_S(3f)
3:  li x11, SV_VA(0, 0)
    TEST_CASE(3, x14, 0x22, jalr x1, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    .data
    .balign 4096
codeA: .space 4096
codeB: .space 4096
