/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Malformed translations: V = 0, W without R, a non-leaf PTE at level 0,
 * a misaligned superpage; faults after translation: a page mapping no
 * device (access fault). */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
#define X  XVM_PTE_X
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pdata, R | W | SV_AD)            /* V = 0 */
    SET_PTE(1, pdata, V | W | SV_AD)            /* W without R */
    SET_PTE(2, pdata, V | W | X | SV_AD)        /* W without R, with X */
    SET_PTE(3, pdata, V)                        /* non-leaf at level 0 */
    SET_PTE_RAW(6, SV_LEAF(0x00080000, V | R | W | SV_AD))  /* no device */
    /* root[2] (VA 0x00800000): superpage leaf with PPN[0] != 0 */
    la x11, sv_root
    li x12, SV_LEAF(XVM_RAM_BASE + 0x1000, V | R | W | SV_AD)
    sw x12, 8(x11)
    sfence.vma
    GOTO_S(1f)
1:  li x11, SV_VA(0, 0)
    TEST_TRAP_R(1, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    li x11, SV_VA(1, 0)
    TEST_TRAP_R(3, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    li x11, SV_VA(2, 0)
    TEST_JUMP_TRAP(5, XVM_EXC_INSN_PAGE_FAULT, x11)
    li x11, SV_VA(3, 0)
    TEST_TRAP_R(6, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(7, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    li x11, 0x00800000
    TEST_TRAP_R(8, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    li x11, 0x00bffffc
    TEST_TRAP_R(9, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    /* a valid page whose physical address hits no device: access fault */
    li x11, SV_VA(6, 0x40)
    TEST_TRAP_R(10, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    TEST_TRAP_R(11, XVM_EXC_STORE_ACCESS, x11, sw x14, 0(x11))
    /* in-page misaligned on the unmapped page 5: page fault, tval = the
     * access address (page-crossing cases: misaligned_vm.S) */
    li x11, SV_VA(5, 0x101)
    TEST_TRAP_R(14, XVM_EXC_LOAD_PAGE_FAULT, x11, lh x14, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_TEST_PAGES
