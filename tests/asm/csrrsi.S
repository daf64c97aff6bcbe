/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0x80000000, li x12, 0x80000000; csrw XVM_CSR_MSCRATCH, x12; csrrsi x14, XVM_CSR_MSCRATCH, 0x11)
    TEST_CASE(2, x14, 0x80000011, csrr x14, XVM_CSR_MSCRATCH)
    /* uimm = 0: read only */
    TEST_CASE(3, x14, 0x80000011, csrrsi x14, XVM_CSR_MSCRATCH, 0)
    TEST_CASE(4, x14, 0x8000001f, csrrsi x0, XVM_CSR_MSCRATCH, 0x0e; csrr x14, XVM_CSR_MSCRATCH)
TEST_END
