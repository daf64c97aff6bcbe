/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* A write to a trap record (xscratch, xepc, xcause, xtval) does not refill
 * the pipeline (docs/architecture.md): the instruction right behind it
 * must still see the new value, whether it reads the same CSR or returns
 * through the xepc just written. */
TEST_BEGIN
    TEST_CASE(1, x14, 0x12345678, li x12, 0x12345678; csrw XVM_CSR_MSCRATCH, x12; csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(2, x14, 0x0badf00d, li x12, 0x0badf00d; li x13, 7; csrw XVM_CSR_MSCRATCH, x12; csrrw x14, XVM_CSR_MSCRATCH, x13)
    TEST_CASE(3, x14, 7, csrr x14, XVM_CSR_MSCRATCH)
    TEST_CASE(4, x14, 0x80001000, li x12, 0x80001000; csrw XVM_CSR_MEPC, x12; csrr x14, XVM_CSR_MEPC)
    TEST_CASE(5, x14, 0x8000000b, li x12, 0x8000000b; csrw XVM_CSR_MCAUSE, x12; csrr x14, XVM_CSR_MCAUSE)
    TEST_CASE(6, x14, 0x5a5a5a5a, li x12, 0x5a5a5a5a; csrw XVM_CSR_MTVAL, x12; csrr x14, XVM_CSR_MTVAL)
    TEST_CASE(7, x14, 0xf0f0, li x12, 0xf000; li x13, 0xf0; csrw XVM_CSR_MTVAL, x12; csrs XVM_CSR_MTVAL, x13; csrr x14, XVM_CSR_MTVAL)
    TEST_CASE(8, x14, 0x11111111, li x12, 0x11111111; csrw XVM_CSR_SSCRATCH, x12; csrr x14, XVM_CSR_SSCRATCH)
    TEST_CASE(9, x14, 0x80002000, li x12, 0x80002000; csrw XVM_CSR_SEPC, x12; csrr x14, XVM_CSR_SEPC)
    TEST_CASE(10, x14, 0x0000000d, li x12, 0x0000000d; csrw XVM_CSR_SCAUSE, x12; csrr x14, XVM_CSR_SCAUSE)
    TEST_CASE(11, x14, 0x22222222, li x12, 0x22222222; csrw XVM_CSR_STVAL, x12; csrr x14, XVM_CSR_STVAL)
    /* mret right behind the write of mepc returns to the new mepc (MPP = M). */
    li x12, XVM_MSTATUS_MPP
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(12, x14, 1, li x14, 0; la x12, 1f; csrw XVM_CSR_MEPC, x12; mret; li x14, 2; 1: addi x14, x14, 1)
TEST_END
