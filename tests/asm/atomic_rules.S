/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Atomic-access rules that docs/architecture.md fixes where the ISA leaves
 * a choice (QEMU chooses differently: access fault for a misaligned AMO,
 * value-compare sc). */
TEST_BEGIN
    /* misaligned lr: load address misaligned, tval = address */
    la x11, adat+1
    TEST_TRAP_R(1, XVM_EXC_LOAD_MISALIGNED, x11, lr.w x14, (x11))
    /* misaligned sc and AMOs: store/AMO address misaligned */
    la x11, adat+2
    TEST_TRAP_R(2, XVM_EXC_STORE_MISALIGNED, x11, sc.w x15, x12, (x11))
    la x11, adat+3
    TEST_TRAP_R(3, XVM_EXC_STORE_MISALIGNED, x11, amoswap.w x14, x13, (x11))
    TEST_TRAP_R(4, XVM_EXC_STORE_MISALIGNED, x11, amoadd.w x14, x13, (x11))
    la x11, adat+6
    TEST_TRAP_R(5, XVM_EXC_STORE_MISALIGNED, x11, amomaxu.w x14, x13, (x11))
    /* none of them changed memory */
    TEST_CASE(6, x14, 0x01020304, la x11, adat; lw x14, 0(x11))
    TEST_CASE(7, x14, 0x05060708, lw x14, 4(x11))
    /* a plain store does not clear the reservation */
    TEST_CASE(8, x15, 0, la x11, adat+8; lr.w x14, (x11); li x12, 0x66666666; sw x12, 0(x11); li x12, 0x77777777; sc.w x15, x12, (x11))
    TEST_CASE(9, x14, 0x77777777, lw x14, 0(x11))
    /* an AMO to the reserved word does not clear it either */
    TEST_CASE(10, x15, 0, lr.w x14, (x11); amoadd.w x13, x12, (x11); sc.w x15, x12, (x11))
    /* mret clears the reservation */
    TEST_CASE(11, x15, 1, lr.w x14, (x11); la x13, 1f; csrw XVM_CSR_MEPC, x13; li x13, XVM_MSTATUS_MPP; csrs XVM_CSR_MSTATUS, x13; mret; 1: sc.w x15, x12, (x11))
TEST_END
    .data
    .balign 8
adat: .word 0x01020304, 0x05060708, 0
