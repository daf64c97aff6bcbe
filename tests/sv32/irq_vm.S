/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* Machine timer interrupts taken from S while it runs with translation:
 * loads, stores and AMOs through 4 KiB pages and a superpage, interrupted
 * every ~100 cycles, give the same result as without interrupts. The
 * interrupt handler is transparent (saves what it uses in mscratch and a
 * save area) and re-arms the timer. */
#define MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
#define V  XVM_PTE_V
#define R  XVM_PTE_R
#define W  XVM_PTE_W
/* x20 = result; uses x21-x25 */
#define WORKLOAD                                                           \
    li x20, 0; li x21, 60;                                                 \
1:  li x22, SV_VA(0, 0); li x23, SV_VA(1, 0); li x24, 64;                  \
2:  lw x25, 0(x22); add x20, x20, x25; sw x20, 0(x23);                     \
    lw x25, 0(x23); xor x20, x20, x25; slli x25, x20, 3; add x20, x20, x25; \
    amoadd.w x25, x21, (x23); add x20, x20, x25;                           \
    lhu x25, 1(x22); add x20, x20, x25;                                    \
    div x25, x20, x21; add x20, x20, x25;                                  \
    addi x22, x22, 4; addi x23, x23, 4; addi x24, x24, -1; bnez x24, 2b;   \
    addi x21, x21, -1; bnez x21, 1b
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    SV32_INIT
    SET_PTE(0, src, V | R | SV_AD)
    SET_PTE(1, dst, V | R | W | SV_AD)
    /* reference run without interrupts */
    GOTO_S(1f)
1:  WORKLOAD
    mv x26, x20
    BACK_TO_M
    /* interrupted run */
    la x11, src
    la x12, dst
    li x13, 1024
3:  lw x14, 0(x11)
    sw x14, 0(x12)
    addi x11, x11, 4
    addi x12, x12, 4
    addi x13, x13, -1
    bnez x13, 3b
    la x11, irq_entry
    csrw XVM_CSR_MTVEC, x11
    la x11, ticks
    sw zero, 0(x11)
    li x11, MTIMECMP
    li x12, MTIME
    lw x13, 0(x12)
    addi x13, x13, 100
    sw x13, 0(x11)
    sw zero, 4(x11)
    li x12, XVM_MIP_MTIP
    csrw XVM_CSR_MIE, x12
    GOTO_S(4f)
4:  /* reset dst as the reference run saw it */
    li x22, SV_VA(1, 0)
    la x23, src
    li x24, 1024
5:  lw x25, 0(x23)
    sw x25, 0(x22)
    addi x22, x22, 4
    addi x23, x23, 4
    addi x24, x24, -1
    bnez x24, 5b
    WORKLOAD
    mv x27, x20
    /* the ecall passes through irq_entry to the harness handler */
    BACK_TO_M
    csrw XVM_CSR_MIE, zero
    TEST_CASE(2, x14, 0, sub x14, x26, x27)
    /* the run was interrupted (QEMU with -icount: a few times; the RTL:
     * hundreds of times) */
    TEST_CASE(3, x14, 1, la x11, ticks; lw x12, 0(x11); sltiu x14, x12, 4; xori x14, x14, 1)
    li x11, MTIMECMP
    li x12, -1
    sw x12, 4(x11)
    csrw XVM_CSR_SATP, zero
TEST_END

    SV32_TICK_HANDLER(90)

    SV32_TABLES
    .data
    .balign 4096
src:
    .set i, 0
    .rept 1024
    .word (i << 20) | (i * 7 + 0x1234)
    .set i, i + 1
    .endr
dst: .space 4096
save: .word 0, 0
ticks: .word 0
