/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* MPRV: M-mode loads and stores translate with the privilege in MPP (and
 * SUM/MXR); fetches do not. */
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
#define X  XVM_PTE_X
#define U  XVM_PTE_U
#define SET_MPP(v) li x13, XVM_MSTATUS_MPP; csrc XVM_CSR_MSTATUS, x13; li x13, v; csrs XVM_CSR_MSTATUS, x13
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    SET_PTE(0, pageA, V | R | W | SV_AD)
    SET_PTE(1, pageA, V | R | W | U | SV_AD)
    SET_PTE(2, pageA, V | X | SV_AD)
    /* MPRV = 1, MPP = S: VA translated, S permissions */
    SET_MPP(XVM_MSTATUS_MPP_S)
    li x12, XVM_MSTATUS_MPRV
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(1, x14, 0x5a5a0000, li x11, SV_VA(0, 0); lw x14, 0(x11))
    TEST_CASE(2, x14, 0x1234, li x11, SV_VA(0, 8); li x12, 0x1234; sw x12, 0(x11); lw x14, 0(x11))
    /* a U page from S without SUM faults; the trap goes to M */
    li x11, SV_VA(1, 0)
    TEST_TRAP_R(3, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    /* the handler's mret left MPRV = 1 with MPP = U; with MPRV = 0, M
     * accesses are physical */
    TEST_CASE(4, x14, XVM_MSTATUS_MPRV, csrr x14, XVM_CSR_MSTATUS; li x12, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP; and x14, x14, x12)
    li x12, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, x12
    TEST_CASE(13, x14, 0x5a5a0000, la x11, pageA; lw x14, 0(x11))
    csrs XVM_CSR_MSTATUS, x12
    SET_MPP(XVM_MSTATUS_MPP_S)
    li x12, XVM_MSTATUS_SUM
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(5, x14, 0x5a5a0000, li x11, SV_VA(1, 0); lw x14, 0(x11))
    csrc XVM_CSR_MSTATUS, x12
    /* MXR applies: execute-only page readable with MXR */
    li x11, SV_VA(2, 4)
    TEST_TRAP_R(6, XVM_EXC_LOAD_PAGE_FAULT, x11, lw x14, 0(x11))
    SET_MPP(XVM_MSTATUS_MPP_S)
    li x12, XVM_MSTATUS_MXR
    csrs XVM_CSR_MSTATUS, x12
    TEST_CASE(7, x14, 0x5a5a0004, lw x14, 0(x11))
    csrc XVM_CSR_MSTATUS, x12
    /* MPP = U: only U pages */
    SET_MPP(0)
    TEST_CASE(8, x14, 0x5a5a0004, li x11, SV_VA(1, 4); lw x14, 0(x11))
    li x11, SV_VA(0, 4)
    TEST_TRAP_R(9, XVM_EXC_STORE_PAGE_FAULT, x11, sw x14, 0(x11))
    /* fetches are not translated: this code keeps running in M at its
     * physical address with MPRV = 1, MPP = U */
    SET_MPP(0)
    TEST_CASE(10, x14, 7, li x14, 7)
    /* MPP = M: no translation */
    SET_MPP(XVM_MSTATUS_MPP_M)
    TEST_CASE(11, x14, 0x5a5a0000, la x11, pageA; lw x14, 0(x11))
    li x12, XVM_MSTATUS_MPRV
    csrc XVM_CSR_MSTATUS, x12
    /* MPRV set and cleared by the instruction right before the access */
    SET_MPP(XVM_MSTATUS_MPP_S)
    li x11, SV_VA(0, 0x10)
    li x12, XVM_MSTATUS_MPRV
    TEST_CASE(14, x14, 0x5a5a0010, csrs XVM_CSR_MSTATUS, x12; lw x14, 0(x11))
    la x13, pageA
    TEST_CASE(15, x14, 0x5a5a0014, csrc XVM_CSR_MSTATUS, x12; lw x14, 0x14(x13))
    /* MPRV = 0: M ignores satp */
    SET_MPP(XVM_MSTATUS_MPP_S)
    TEST_CASE(12, x14, 0x5a5a0000, la x11, pageA; lw x14, 0(x11))
    csrw XVM_CSR_SATP, zero
TEST_END
    SV32_TABLES
    .data
    .balign 4096
pageA:
    .set i, 0
    .rept 1024
    .word 0x5a5a0000 + i
    .set i, i + 4
    .endr
