/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0x12345678, li x12, 0x12345678; csrw XVM_CSR_MSCRATCH, x12; csrrwi x14, XVM_CSR_MSCRATCH, 31)
    /* the immediate is zero-extended */
    TEST_CASE(2, x14, 31, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(3, x14, 31, csrrwi x14, XVM_CSR_MSCRATCH, 0)
    TEST_CASE(4, x14, 0, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(5, x14, 16, csrrwi x0, XVM_CSR_MSCRATCH, 16; csrr x14, XVM_CSR_MSCRATCH)
TEST_END
