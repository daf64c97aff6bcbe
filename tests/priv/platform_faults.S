/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* Access faults where QEMU differs from docs/architecture.md: devices are
 * not executable (a fetch from one is an instruction access fault with
 * tval = epc = the address), lr is load-class (load access fault), AMOs are store-class. */
TEST_BEGIN
    li x11, XVM_UART_BASE
    la tp, 1f
    jalr x0, 0(x11)
    j xt_fail
1:  TEST_NUM(1); CHECK_EQ(tp, x11); CHECK(t5, XVM_EXC_INSN_ACCESS); CHECK_EQ(t6, x11)
    li x11, XVM_CLINT_BASE + XVM_CLINT_MTIME
    la tp, 2f
    jalr x0, 0(x11)
    j xt_fail
2:  TEST_NUM(2); CHECK_EQ(tp, x11); CHECK(t5, XVM_EXC_INSN_ACCESS); CHECK_EQ(t6, x11)
    li x11, XVM_FINISHER_BASE
    la tp, 3f
    jalr x0, 0(x11)
    j xt_fail
3:  TEST_NUM(3); CHECK_EQ(tp, x11); CHECK(t5, XVM_EXC_INSN_ACCESS); CHECK_EQ(t6, x11)
    li tp, 0
    li x11, 0x00080000
    TEST_TRAP_R(4, XVM_EXC_LOAD_ACCESS, x11, lr.w x14, (x11))
    TEST_TRAP_R(5, XVM_EXC_STORE_ACCESS, x11, sc.w x14, x12, (x11))
    TEST_TRAP_R(6, XVM_EXC_STORE_ACCESS, x11, amoadd.w x14, x12, (x11))
    TEST_TRAP_R(7, XVM_EXC_STORE_ACCESS, x11, amoswap.w x14, x12, (x11))
TEST_END
