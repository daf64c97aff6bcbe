/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0xffffffff, li x12, -1; csrw XVM_CSR_MSCRATCH, x12; li x12, 0x00ff00ff; csrrc x14, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(2, x14, 0xff00ff00, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(3, x14, 0xff00ff00, csrrc x14, XVM_CSR_MSCRATCH, x0)
    TEST_CASE(4, x14, 0xff00ff00, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(5, x12, 0xff00ff00, li x12, 0x0f000f00; csrrc x12, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(6, x14, 0xf000f000, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(7, x14, 0x0000f000, li x12, 0xf0000000; csrrc x0, XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_MSCRATCH)
TEST_END
