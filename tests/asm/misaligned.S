/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Misaligned loads and stores: performed in hardware inside a 4 KiB page,
 * address-misaligned exception (tval = address) across a page boundary,
 * with no partial store. */
TEST_BEGIN
    TEST_LD_OP(1, lw, 0x05040302, 1, mdat)
    TEST_LD_OP(2, lw, 0x06050403, 2, mdat)
    TEST_LD_OP(3, lw, 0x87060504, 3, mdat)
    TEST_LD_OP(4, lh, 0x00000302, 1, mdat)
    TEST_LD_OP(5, lh, 0xffff8706, 5, mdat)
    TEST_LD_OP(6, lhu, 0x00008706, 5, mdat)
    TEST_LD_OP(7, lh, 0x00000504, 3, mdat)
    /* stores that straddle a word boundary */
    TEST_CASE(8, x14, 0xaabbccdd, la x11, sdat; li x12, 0xaabbccdd; sw x12, 3(x11); lw x14, 3(x11))
    TEST_CASE(9, x14, 0xdd000000, lw x14, 0(x11))
    TEST_CASE(10, x14, 0x00aabbcc, lw x14, 4(x11))
    TEST_CASE(11, x14, 0x00001234, li x12, 0x5a5a1234; sh x12, 7(x11); lhu x14, 7(x11))
    TEST_CASE(12, x14, 0x34aabbcc, lw x14, 4(x11))
    TEST_CASE(13, x14, 0x00000012, lw x14, 8(x11))
    TEST_CASE(14, x14, 0x00005a12, li x12, 0x5a12; sh x12, 1(x11); lhu x14, 1(x11))
    /* across the page boundary: traps, nothing written */
    la x11, pgend-2
    TEST_TRAP_R(15, XVM_EXC_LOAD_MISALIGNED, x11, lw x14, 0(x11))
    la x11, pgend-1
    TEST_TRAP_R(16, XVM_EXC_LOAD_MISALIGNED, x11, lh x14, 0(x11))
    TEST_TRAP_R(17, XVM_EXC_LOAD_MISALIGNED, x11, lhu x14, 0(x11))
    la x11, pgend-3
    TEST_TRAP_R(18, XVM_EXC_LOAD_MISALIGNED, x11, lw x14, 0(x11))
    la x11, pgend-1
    TEST_TRAP_R(19, XVM_EXC_STORE_MISALIGNED, x11, sw x12, 0(x11))
    TEST_TRAP_R(20, XVM_EXC_STORE_MISALIGNED, x11, sh x12, 0(x11))
    la x11, pgend-4
    TEST_CASE(21, x14, 0x44332211, lw x14, 0(x11))
    TEST_CASE(22, x14, 0x88776655, lw x14, 4(x11))
    /* the base+offset sum decides, not the base */
    la x11, pgend-8
    addi x13, x11, 6
    TEST_TRAP_R(23, XVM_EXC_STORE_MISALIGNED, x13, sw x12, 6(x11))
    /* accesses next to the page boundary that stay inside one page */
    TEST_CASE(24, x14, 0x88776655, la x11, pgend-4; lw x14, 4(x11))
    TEST_CASE(25, x14, 0x00004433, lhu x14, 2(x11))
    TEST_CASE(26, x14, 0x00003322, lh x14, 1(x11))
TEST_END
    .data
mdat: .byte 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x87, 0x08
sdat: .word 0, 0, 0
    .balign 4096
    .space 4096 - 4
    .byte 0x11, 0x22, 0x33, 0x44
pgend:
    .byte 0x55, 0x66, 0x77, 0x88
