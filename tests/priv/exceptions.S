/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Synchronous exception causes and their tval/epc (causes not covered by
 * the instruction tests): instruction address misaligned from jalr,
 * instruction access fault, load/store access faults.
 * (Fetch from a device: platform_faults.S.) */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    /* taken jalr to pc+2: cause 0, tval = target, epc = the jalr */
    la x11, 1f + 2
    TEST_TRAP_R(1, XVM_EXC_INSN_MISALIGNED, x11, jalr x0, 0(x11))
1:  nop
    /* (jal and branches: misaligned_fetch.S) */
    /* fetch from an address with no device: cause 1, tval = epc = target */
    li x11, 0x00080000
    TEST_JUMP_TRAP(6, XVM_EXC_INSN_ACCESS, x11)
    /* loads and stores to no device */
    li x11, 0x00080008
    TEST_TRAP_R(8, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
    TEST_TRAP_R(9, XVM_EXC_STORE_ACCESS, x11, sw x14, 0(x11))
    li x11, 0x01000000
    TEST_TRAP_R(10, XVM_EXC_LOAD_ACCESS, x11, lbu x14, 0(x11))
    TEST_TRAP_R(11, XVM_EXC_STORE_ACCESS, x11, sh x14, 0(x11))
    /* (AMO, lr and sc: platform_faults.S) */
    /* the destination of a faulting load is not written */
    TEST_CASE(14, x14, 0x77, li x14, 0x77; la tp, 5f; lw x14, 0(x11); j xt_fail; 5: li tp, 0)
    /* RAM just past its end (default 16 MiB) */
    li x11, XVM_RAM_BASE + XVM_RAM_SIZE_DEFAULT
    TEST_TRAP_R(15, XVM_EXC_LOAD_ACCESS, x11, lw x14, 0(x11))
TEST_END
