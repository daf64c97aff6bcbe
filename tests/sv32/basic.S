/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Translation from S and U through 4 KiB pages and a 4 MiB superpage,
 * remapping with sfence.vma, and satp writes. */
#define P_RW (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | SV_AD)
#define P_URW (P_RW | XVM_PTE_U)
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pageA, P_RW)
    SET_PTE(1, pageB, P_RW)
    SET_PTE(2, pageA, P_URW)
    la x11, sv_root
    li x12, SV_LEAF(XVM_RAM_BASE, P_RW)
    sw x12, 8(x11)
    sfence.vma
    GOTO_S(1f)
    /* S: loads through the two pages see the physical contents */
1:  TEST_CASE(1, x14, 0xaaaa0000, li x11, SV_VA(0, 0); lw x14, 0(x11))
    TEST_CASE(2, x14, 0xbbbb0004, li x11, SV_VA(1, 4); lw x14, 0(x11))
    TEST_CASE(3, x14, 0xaaaa0ffc, li x11, SV_VA(0, 0xffc); lw x14, 0(x11))
    /* a store through VA lands in the physical page */
    TEST_CASE(4, x14, 0x12345678, li x11, SV_VA(1, 8); li x12, 0x12345678; sw x12, 0(x11); la x13, pageB; lw x14, 8(x13))
    /* byte and halfword accesses, misaligned inside the page */
    TEST_CASE(5, x14, 0x0000aaaa, li x11, SV_VA(0, 2); lhu x14, 0(x11))
    TEST_CASE(6, x14, 0x0004aaaa, li x11, SV_VA(0, 2); lw x14, 0(x11))
    /* the superpage: RAM code and data at their own addresses */
    TEST_CASE(7, x14, 0xaaaa0000, la x11, pageA; lw x14, 0(x11))
    /* a second superpage (VA 0x00800000 -> RAM base): the low 22 bits of
     * the VA are the offset */
    TEST_CASE(18, x14, 0xbbbb0124, la x11, pageB + 0x124; li x12, XVM_RAM_BASE; sub x11, x11, x12; li x12, 0x00800000; add x11, x11, x12; lw x14, 0(x11))
    BACK_TO_M
    /* remap page 0 to pageB: after sfence.vma the new mapping is used */
    SET_PTE(0, pageB, P_RW)
    GOTO_S(2f)
2:  TEST_CASE(8, x14, 0xbbbb0000, li x11, SV_VA(0, 0); lw x14, 0(x11))
    /* S can remap too (sfence.vma from S) */
    BACK_TO_M
    GOTO_S(3f)
3:  TEST_NUM(9)
    SET_PTE(0, pageA, P_RW)
    li x11, SV_VA(0, 0x10)
    lw x14, 0(x11)
    CHECK(x14, 0xaaaa0010)
    /* satp = Bare from S: physical addresses again */
    csrr x20, XVM_CSR_SATP
    csrw XVM_CSR_SATP, zero
    TEST_CASE(10, x14, 0xbbbb0000, la x11, pageB; lw x14, 0(x11))
    csrw XVM_CSR_SATP, x20
    sfence.vma
    BACK_TO_M
    /* U: through a U page, and running from the U alias of RAM */
    GOTO_U_ALIAS(4f)
4:  TEST_CASE(11, x14, 0xaaaa0020, li x11, SV_VA(2, 0x20); lw x14, 0(x11))
    TEST_CASE(12, x14, 0x55aa55aa, li x11, SV_VA(2, 0x24); li x12, 0x55aa55aa; sw x12, 0(x11); lw x14, 0(x11))
    /* the alias sees the same RAM */
    TEST_CASE(13, x14, 0x55aa55aa, la x11, pageA; lw x14, 0x24(x11))
    BACK_TO_M_FROM_ALIAS
    TEST_CASE(14, x14, 0x55aa55aa, la x11, pageA; lw x14, 0x24(x11))
    /* M is never translated */
    TEST_CASE(15, x14, 0xbbbb0000, la x11, pageB; lw x14, 0(x11))
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    SV32_DATA_PAGES
