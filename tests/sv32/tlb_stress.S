/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* More pages than any small TLB holds: 64 virtual pages aliasing 16
 * physical pages, visited in a scrambled order, every load checked;
 * then all remapped (one sfence.vma) and checked again, with stores;
 * then once more with machine timer interrupts every ~100 cycles (page
 * walks interrupted), through a transparent handler. */
#define MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
#define NPHYS 16
#define NVIRT 64
#define P_RW (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | SV_AD)

/* sv_l1[k] = leaf for phys page (k * factor) % NPHYS, for k < NVIRT
 * (uses x11-x17) */
#define MAP_ALL(factor)                                                       \
    la x11, sv_l1; la x12, ppages; li x13, 0; li x16, NPHYS;               \
1:  li x14, factor; mul x14, x13, x14; remu x14, x14, x16; slli x14, x14, 12; \
    add x14, x14, x12; srli x14, x14, 12; slli x14, x14, 10;               \
    ori x14, x14, P_RW; slli x15, x13, 2; add x15, x15, x11;               \
    sw x14, 0(x15); addi x13, x13, 1; li x17, NVIRT; bltu x13, x17, 1b;    \
    sfence.vma

/* In S: 4 passes over the pages in the order k = (k*5 + 3) % 64, word
 * w = (k*13 + pass) % 1024 must be (phys << 16) | w (uses x11-x19) */
#define CHECK_ALL(factor)                                                     \
    li x18, 0;                                                             \
2:  li x13, 0; li x19, 0;                                                  \
3:  li x14, 5; mul x13, x13, x14; addi x13, x13, 3; andi x13, x13, NVIRT - 1; \
    li x14, 13; mul x15, x13, x14; add x15, x15, x18; andi x15, x15, 1023; \
    li x11, SV_TEST_VA; slli x12, x13, 12; add x11, x11, x12;              \
    slli x12, x15, 2; add x11, x11, x12; lw x16, 0(x11);                   \
    li x14, factor; mul x14, x13, x14; li x17, NPHYS; remu x14, x14, x17;     \
    slli x14, x14, 16; or x14, x14, x15; bne x16, x14, xt_fail;            \
    addi x19, x19, 1; li x17, NVIRT; bltu x19, x17, 3b;                    \
    addi x18, x18, 1; li x17, 4; bltu x18, x17, 2b

TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    /* fill the physical pages: word w of page p = (p << 16) | w */
    la x11, ppages
    li x12, 0
4:  srli x13, x12, 10
    slli x13, x13, 16
    andi x14, x12, 1023
    or x13, x13, x14
    sw x13, 0(x11)
    addi x11, x11, 4
    addi x12, x12, 1
    li x14, NPHYS * 1024
    bltu x12, x14, 4b
    SV32_INIT
    MAP_ALL(7)
    GOTO_S(5f)
5:  TEST_NUM(1)
    CHECK_ALL(7)
    BACK_TO_M
    MAP_ALL(3)
    GOTO_S(6f)
6:  TEST_NUM(2)
    CHECK_ALL(3)
    /* stores through one alias are seen through another: VA page 16*j + i
     * maps phys (3*(16j+i)) % 16 = 3i % 16 for every j */
    li x11, SV_VA(1, 0x40)
    li x12, 0x13579bdf
    sw x12, 0(x11)
    TEST_CASE(3, x14, 0x13579bdf, li x11, SV_VA(17, 0x40); lw x14, 0(x11))
    TEST_CASE(4, x14, 0x13579bdf, li x11, SV_VA(33, 0x40); lw x14, 0(x11))
    TEST_CASE(5, x14, 0x13579bdf, li x11, SV_VA(49, 0x40); lw x14, 0(x11))
    /* restore the word for the next pass */
    li x12, (3 << 16) | (0x40 / 4)
    sw x12, 0(x11)
    BACK_TO_M
    /* interrupted pass */
    la x11, irq_entry
    csrw XVM_CSR_MTVEC, x11
    li x11, MTIMECMP
    li x12, MTIME
    lw x13, 0(x12)
    addi x13, x13, 100
    sw x13, 0(x11)
    sw zero, 4(x11)
    li x12, XVM_MIP_MTIP
    csrw XVM_CSR_MIE, x12
    GOTO_S(7f)
7:  TEST_NUM(6)
    li x20, 16
9:  CHECK_ALL(3)
    addi x20, x20, -1
    bnez x20, 9b
    BACK_TO_M
    csrw XVM_CSR_MIE, zero
    li x11, MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    TEST_CASE(7, x14, 1, la x11, ticks; lw x12, 0(x11); sltiu x14, x12, 4; xori x14, x14, 1)
    la x11, xt_mtrap
    csrw XVM_CSR_MTVEC, x11
    csrw XVM_CSR_SATP, zero
TEST_END

    SV32_TICK_HANDLER(97)
    SV32_TABLES
    .section .bss
    .balign 4096
ppages: .space NPHYS * 4096
save:   .space 8
ticks:  .space 4
