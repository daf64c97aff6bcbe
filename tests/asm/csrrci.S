/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0xffffffff, li x12, -1; csrw XVM_CSR_MSCRATCH, x12; csrrci x14, XVM_CSR_MSCRATCH, 0x15)
    TEST_CASE(2, x14, 0xffffffea, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(3, x14, 0xffffffea, csrrci x14, XVM_CSR_MSCRATCH, 0)
    TEST_CASE(4, x14, 0xffffffe0, csrrci x0, XVM_CSR_MSCRATCH, 0x1f; csrr x14, XVM_CSR_MSCRATCH)
TEST_END
