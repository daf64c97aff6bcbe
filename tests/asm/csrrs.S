/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0x0000ff00, li x12, 0x0000ff00; csrw XVM_CSR_MSCRATCH, x12; li x12, 0x00ff0000; csrrs x14, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(2, x14, 0x00ffff00, csrr x14, XVM_CSR_MSCRATCH)
    /* rs1 = x0: read only */
    TEST_CASE(3, x14, 0x00ffff00, csrrs x14, XVM_CSR_MSCRATCH, x0)
    TEST_CASE(4, x14, 0x00ffff00, csrr x14, XVM_CSR_MSCRATCH)
    /* setting bits already set changes nothing */
    TEST_CASE(5, x14, 0x00ffff00, li x12, 0x0000f000; csrrs x14, XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(6, x12, 0x00ffff00, li x12, 0x80000001; csrrs x12, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(7, x14, 0x80ffff01, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(8, x14, 0x80ffff03, li x12, 2; csrrs x0, XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_MSCRATCH)
TEST_END
