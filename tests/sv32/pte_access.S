/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Access faults during and after translation (QEMU reports a page fault
 * when a PTE read fails): a page table that hits no device gives an
 * access fault of the original access type; a leaf whose physical page
 * hits no device gives an access fault too, for fetches with tval = epc. */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
#define X  XVM_PTE_X
#define NO_DEVICE 0x00080000
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE_RAW(0, SV_LEAF(NO_DEVICE, V | R | W | X | SV_AD))
    SET_PTE_RAW(1, SV_LEAF(NO_DEVICE, W | X | SV_AD))
    /* root[2] (VA 0x00800000) points to a level-0 table at no device */
    la x11, sv_root
    li x12, SV_LEAF(NO_DEVICE, V)
    sw x12, 8(x11)
    sfence.vma
    GOTO_S(1f)
1:  li x11, SV_VA(0, 0x80)
    TEST_TRAP_R(1, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_ACCESS, x11, sw x14, 0(x11))
    TEST_TRAP_R(3, XVM_EXC_STORE_ACCESS, x11, amoadd.w x14, x12, (x11))
    TEST_JUMP_TRAP(4, XVM_EXC_INSN_ACCESS, x11)
    /* an invalid leaf at no device: the page fault wins */
    li x11, SV_VA(1, 0)
    TEST_TRAP_R(5, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    /* PTE fetch at no device */
    li x11, 0x00801004
    TEST_TRAP_R(6, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    TEST_TRAP_R(7, XVM_EXC_STORE_ACCESS, x11, sb x14, 0(x11))
    TEST_TRAP_R(8, XVM_EXC_LOAD_ACCESS, x11, lr.w x14, (x11))
    TEST_JUMP_TRAP(9, XVM_EXC_INSN_ACCESS, x11)
    /* misaligned and page-crossing beats the PTE access fault */
    li x11, 0x00800ffe
    TEST_TRAP_R(10, XVM_EXC_LOAD_MISALIGNED, x11, lw x14, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
