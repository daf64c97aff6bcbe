/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
TEST_BEGIN
    TEST_CASE(1, x14, 0, li x12, 0; csrw XVM_CSR_MSCRATCH, x12; li x12, 0xdeadbeef; csrrw x14, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(2, x14, 0xdeadbeef, li x12, 0x12345678; csrrw x14, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(3, x14, 0x12345678, csrr x14, XVM_CSR_MSCRATCH)
    /* rd = rs1: old value to rd, new value from the old rs1 */
    TEST_CASE(4, x12, 0x12345678, li x12, 0x0f0f0f0f; csrrw x12, XVM_CSR_MSCRATCH, x12)
    TEST_CASE(5, x14, 0x0f0f0f0f, csrr x14, XVM_CSR_MSCRATCH)
    /* rd = x0 still writes; rs1 = x0 writes zero */
    TEST_CASE(6, x14, 0xcafe0000, li x12, 0xcafe0000; csrrw x0, XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(7, x14, 0xcafe0000, csrrw x14, XVM_CSR_MSCRATCH, x0)
    TEST_CASE(8, x14, 0, csrr x14, XVM_CSR_MSCRATCH)
    /* a second scratch CSR is independent */
    TEST_CASE(9, x14, 0x5555aaaa, li x12, 0x5555aaaa; csrw XVM_CSR_SSCRATCH, x12; li x12, 1; csrw XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_SSCRATCH)
TEST_END
