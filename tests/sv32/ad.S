/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Svade: the hardware never sets A or D. A = 0 faults every access, D = 0
 * faults stores, AMOs and sc (store-class); lr is load-class. QEMU sets
 * A/D in hardware instead, so this test is for the Xvm simulators only. */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
#define X  XVM_PTE_X
#define A  XVM_PTE_A
#define D  XVM_PTE_D
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pdata, V | R | W | D)        /* A = 0 */
    SET_PTE(1, pdata, V | R | W | A)        /* D = 0 */
    SET_PTE(2, pcode, V | X | D)            /* code, A = 0 */
    SET_PTE(3, pdata, V | R | A | D)        /* read-only, A and D set */
    GOTO_S(1f)
1:  li x11, SV_VA(0, 0)
    TEST_TRAP_R(1, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    TEST_TRAP_R(2, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    TEST_TRAP_R(3, XVM_EXC_LOAD_PAGE_FAULT, x11, lr.w x14, (x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_PAGE_FAULT, x11, amoor.w x14, x12, (x11))
    li x11, SV_VA(1, 4)
    TEST_CASE(5, x14, 0x0d0d0d0d, lw x14, 0(x11))
    TEST_TRAP_R(6, XVM_EXC_STORE_PAGE_FAULT, x11, sb x14, 0(x11))
    TEST_TRAP_R(7, XVM_EXC_STORE_PAGE_FAULT, x11, amoswap.w x14, x12, (x11))
    /* sc to a D = 0 page with a valid reservation faults (store-class) */
    TEST_CASE(8, x14, 0x0d0d0d0d, lr.w x14, (x11))
    TEST_TRAP_R(9, XVM_EXC_STORE_PAGE_FAULT, x11, sc.w x14, x12, (x11))
    /* sc to a read-only page faults even without a reservation */
    li x11, SV_VA(3, 8)
    TEST_TRAP_R(10, XVM_EXC_STORE_PAGE_FAULT, x11, sc.w x14, x12, (x11))
    /* nothing was written, and the bits stayed clear */
    TEST_CASE(11, x14, 0x0d0d0d0d, la x11, pdata; lw x14, 4(x11))
    TEST_CASE(12, x14, V | R | W | D, la x11, sv_l1; lw x14, 0(x11); andi x14, x14, 0xff)
    TEST_CASE(13, x14, V | R | W | A, lw x14, 4(x11); andi x14, x14, 0xff)
    /* fetch from an A = 0 page */
    li x11, SV_VA(2, 0)
    TEST_JUMP_TRAP(14, XVM_EXC_INSN_PAGE_FAULT, x11)
    /* software sets A (and D): the access now works after sfence.vma */
    BACK_TO_M
    SET_PTE(0, pdata, V | R | W | A | D)
    GOTO_S(3f)
3:  TEST_CASE(15, x14, 0x0d0d0d0d, li x11, SV_VA(0, 0); lw x14, 0(x11))
    TEST_CASE(16, x14, 0x99, li x12, 0x99; sw x12, 0(x11); lw x14, 0(x11))
    BACK_TO_M
    /* A = 0 in a superpage leaf */
    la x11, sv_root
    li x12, SV_LEAF(XVM_RAM_BASE, V | R | W)
    sw x12, 8(x11)
    sfence.vma
    GOTO_S(4f)
4:  li x11, 0x00800000
    TEST_TRAP_R(17, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    BACK_TO_M
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_TEST_PAGES
