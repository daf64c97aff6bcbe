/* SPDX-License-Identifier: Apache-2.0 */
/* Harness for the Xvm directed tests: reset setup, the M and S trap
 * handlers that record what happened, page-table helpers and the failure
 * report. See harness.h for the protocol. */
#include "harness.h"

/* Delegated by default: everything an S-mode monitor sees from a guest
 * (faults, illegal instruction, breakpoint, misaligned, fault 24), but not
 * the ecalls, which are the way back to M (GEND). */
#define XH_MEDELEG_DEFAULT ((1 << XVM_EXC_INSN_MISALIGNED) | (1 << XVM_EXC_INSN_ACCESS) | \
    (1 << XVM_EXC_ILLEGAL_INSN) | (1 << XVM_EXC_BREAKPOINT) |                          \
    (1 << XVM_EXC_LOAD_MISALIGNED) | (1 << XVM_EXC_LOAD_ACCESS) |                      \
    (1 << XVM_EXC_STORE_MISALIGNED) | (1 << XVM_EXC_STORE_ACCESS) |                    \
    (1 << XVM_EXC_INSN_PAGE_FAULT) | (1 << XVM_EXC_LOAD_PAGE_FAULT) |                  \
    (1 << XVM_EXC_STORE_PAGE_FAULT) | (1 << XVM_EXC_VIRT_FAULT))

    .section .text.init.enter, "ax"
    .globl _start
_start:
    /* Reset values first, before anything can write them. */
    la t0, xh_rec
    csrr t1, XVM_CSR_VMCTL
    sw t1, REC_INIT_VMCTL(t0)
    csrr t1, XVM_CSR_MSTATUSH
    sw t1, REC_INIT_MSTATUSH(t0)
    la t0, xh_mtrap
    csrw XVM_CSR_MTVEC, t0
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    li t0, XH_MEDELEG_DEFAULT
    csrw XVM_CSR_MEDELEG, t0
    csrw XVM_CSR_MIDELEG, zero
    csrw XVM_CSR_MIE, zero
    csrw XVM_CSR_SATP, zero
    li t0, XVM_COUNTEREN_MASK
    csrw XVM_CSR_MCOUNTEREN, t0
    csrw XVM_CSR_SCOUNTEREN, t0
    /* stimecmp is then a legal S CSR (and so sensitive, R4); parked at the
     * far future so that STIP stays clear. */
    li t0, XVM_MENVCFGH_STCE
    csrs XVM_CSR_MENVCFGH, t0
    li t0, -1
    csrw XVM_CSR_STIMECMP, t0
    csrw XVM_CSR_STIMECMPH, t0
    la sp, xh_stack_top
    li s9, 0
    li s10, 0
    li s11, 0
    call xh_vm_init
    j xh_body

/* ---- trap handlers ------------------------------------------------------ */
    .section .text, "ax"
    .balign 4
    .globl xh_mtrap
xh_mtrap:
    csrw XVM_CSR_MSCRATCH, t0
    la t0, xh_msave
    sw t1, 0(t0)
    sw t2, 4(t0)
    csrr t1, XVM_CSR_MCAUSE
    li t2, XVM_EXC_ECALL_U
    beq t1, t2, 1f
    li t2, XVM_EXC_ECALL_S
    beq t1, t2, 1f
    li t2, XVM_EXC_ECALL_M
    bne t1, t2, 2f
1:  li t2, XH_MAGIC
    bne a7, t2, 2f
    la t0, xh_rec
    csrr t1, XVM_CSR_MSTATUS
    sw t1, REC_E_STATUS(t0)
    csrr t1, XVM_CSR_MSTATUSH
    sw t1, REC_E_STATUSH(t0)
    csrr t1, XVM_CSR_VMCTL
    sw t1, REC_E_VMCTL(t0)
    lw t1, REC_E_COUNT(t0)
    addi t1, t1, 1
    sw t1, REC_E_COUNT(t0)
    j xh_mcont
2:  la t0, xh_rec
    lw t1, REC_M_COUNT(t0)
    addi t1, t1, 1
    sw t1, REC_M_COUNT(t0)
    csrr t1, XVM_CSR_MCAUSE
    sw t1, REC_M_CAUSE(t0)
    csrr t1, XVM_CSR_MTVAL
    sw t1, REC_M_TVAL(t0)
    csrr t1, XVM_CSR_MEPC
    sw t1, REC_M_EPC(t0)
    csrr t1, XVM_CSR_MSTATUS
    sw t1, REC_M_STATUS(t0)
    csrr t1, XVM_CSR_MSTATUSH
    sw t1, REC_M_STATUSH(t0)
    lw t1, REC_M_RESUME(t0)
    bnez t1, 3f
    /* A trap out of M itself is only expected by tests that resume. */
    csrr t1, XVM_CSR_MSTATUS
    srli t1, t1, XVM_MSTATUS_MPP_LO
    andi t1, t1, 3
    li t2, PM
    beq t1, t2, xh_unexpected
    j xh_mcont
3:  csrr t1, XVM_CSR_MEPC
    addi t1, t1, 4
    csrw XVM_CSR_MEPC, t1
    la t0, xh_msave
    lw t1, 0(t0)
    lw t2, 4(t0)
    csrr t0, XVM_CSR_MSCRATCH
    mret
xh_mcont:
    la t0, xh_rec
    lw t0, REC_M_CONT(t0)
    beqz t0, xh_unexpected
    jr t0

    .balign 4
    .globl xh_strap
xh_strap:
    csrw XVM_CSR_SSCRATCH, t0
    la t0, xh_ssave
    sw t1, 0(t0)
    la t0, xh_rec
    lw t1, REC_S_COUNT(t0)
    addi t1, t1, 1
    sw t1, REC_S_COUNT(t0)
    csrr t1, XVM_CSR_SCAUSE
    sw t1, REC_S_CAUSE(t0)
    csrr t1, XVM_CSR_STVAL
    sw t1, REC_S_TVAL(t0)
    csrr t1, XVM_CSR_SEPC
    sw t1, REC_S_EPC(t0)
    csrr t1, XVM_CSR_SSTATUS
    sw t1, REC_S_STATUS(t0)
    csrr t1, XVM_CSR_VMCTL
    sw t1, REC_S_VMCTL(t0)
    lw t1, REC_S_RESUME(t0)
    bnez t1, 1f
    GEND
1:  csrr t1, XVM_CSR_SEPC
    addi t1, t1, 4
    csrw XVM_CSR_SEPC, t1
    la t0, xh_ssave
    lw t1, 0(t0)
    csrr t0, XVM_CSR_SSCRATCH
    sret

/* ---- helpers called from M code ---------------------------------------- */

/* Clear the records before a RUN (keeps the reset values). */
    .globl xh_clear
xh_clear:
    la t0, xh_rec
    li t1, -1
    sw zero, REC_M_COUNT(t0)
    sw t1, REC_M_CAUSE(t0)
    sw t1, REC_M_TVAL(t0)
    sw t1, REC_M_EPC(t0)
    sw zero, REC_S_COUNT(t0)
    sw t1, REC_S_CAUSE(t0)
    sw t1, REC_S_TVAL(t0)
    sw t1, REC_S_EPC(t0)
    sw zero, REC_E_COUNT(t0)
    sw zero, REC_M_CONT(t0)
    sw zero, REC_M_RESUME(t0)
    sw zero, REC_S_RESUME(t0)
    ret

/* The standard address space: identity megapage for RAM's first 4 MiB
 * (S, RWX; the harness, the handlers and the tables live there), the guest
 * page at GPAGE_VA (S, RX) and the data page at DPAGE_VA (S, RW) through
 * the level-0 table of VA megapage 0. satp stays as it is. */
    .globl xh_vm_init
xh_vm_init:
    mv a3, ra
    la t0, xh_pt_root
    li t1, 8192
    add t1, t1, t0
1:  sw zero, 0(t0)
    addi t0, t0, 4
    bltu t0, t1, 1b
    la t0, xh_pt_root
    la t1, xh_pt_l0
    srli t1, t1, XVM_PAGE_SHIFT
    slli t1, t1, 10
    ori t1, t1, XVM_PTE_V
    sw t1, 0(t0)
    li a0, XVM_RAM_BASE
    li a1, XVM_RAM_BASE
    li a2, F_SRWX
    call xh_map_mega
    la a0, xh_gpage
    li a1, GPAGE_VA
    li a2, F_SRX
    call xh_map_4k
    la a0, xh_dpage
    li a1, DPAGE_VA
    li a2, F_SRW
    call xh_map_4k
    mv ra, a3
    ret

/* a0 = pa, a1 = va, a2 = flags (0: invalid entry). */
    .globl xh_map_mega
xh_map_mega:
    srli t0, a1, 22
    slli t0, t0, 2
    la t1, xh_pt_root
    j 1f
    .globl xh_map_4k
xh_map_4k:
    srli t0, a1, XVM_PAGE_SHIFT
    andi t0, t0, 0x3FF
    slli t0, t0, 2
    la t1, xh_pt_l0
1:  add t0, t0, t1
    srli t1, a0, XVM_PAGE_SHIFT
    slli t1, t1, 10
    or t1, t1, a2
    beqz a2, 2f
    sw t1, 0(t0)
    sfence.vma
    ret
2:  sw zero, 0(t0)
    sfence.vma
    ret

    .globl xh_sv32_on
xh_sv32_on:
    la t0, xh_pt_root
    srli t0, t0, XVM_PAGE_SHIFT
    li t1, XVM_SATP_MODE_SV32
    or t0, t0, t1
    csrw XVM_CSR_SATP, t0
    sfence.vma
    ret

/* ---- end of the test ---------------------------------------------------- */
    .globl xh_pass
xh_pass:
    li t0, XVM_FINISHER_PASS
    li t1, XVM_FINISHER_BASE
    sw t0, 0(t1)
1:  j 1b

/* A check failed: t1 got, t2 expected, s9 item of a table-driven check,
 * s10 assertion, s11 check. */
    .globl xh_fail
xh_fail:
    mv s0, t1
    mv s1, t2
    la a0, xh_str_fail
    call xh_puts
    mv a0, s11
    call xh_puthex
    la a0, xh_str_item
    call xh_puts
    mv a0, s9
    call xh_puthex
    la a0, xh_str_assert
    call xh_puts
    mv a0, s10
    call xh_puthex
    la a0, xh_str_got
    call xh_puts
    mv a0, s0
    call xh_puthex
    la a0, xh_str_exp
    call xh_puts
    mv a0, s1
    call xh_puthex
    j xh_exit_fail

/* A trap nobody expected: out of M, or with no RUN in progress. */
xh_unexpected:
    la a0, xh_str_unexp
    call xh_puts
    mv a0, s11
    call xh_puthex
    la a0, xh_str_cause
    call xh_puts
    csrr a0, XVM_CSR_MCAUSE
    call xh_puthex
    la a0, xh_str_epc
    call xh_puts
    csrr a0, XVM_CSR_MEPC
    call xh_puthex
    la a0, xh_str_tval
    call xh_puts
    csrr a0, XVM_CSR_MTVAL
    call xh_puthex
xh_exit_fail:
    li a0, '\n'
    call xh_putc
    mv t0, s11
    bnez t0, 1f
    li t0, 255
1:  slli t0, t0, 16
    li t1, XVM_FINISHER_FAIL
    or t0, t0, t1
    li t1, XVM_FINISHER_BASE
    sw t0, 0(t1)
2:  j 2b

/* UART output (M-mode, physical). */
    .globl xh_putc
xh_putc:
    li t0, XVM_UART_BASE
1:  lbu t1, XVM_UART_LSR(t0)
    andi t1, t1, XVM_UART_LSR_THRE
    beqz t1, 1b
    sb a0, XVM_UART_THR(t0)
    ret

    .globl xh_puts
xh_puts:
    mv t2, a0
    mv a3, ra
1:  lbu a0, 0(t2)
    beqz a0, 2f
    call xh_putc
    addi t2, t2, 1
    j 1b
2:  mv ra, a3
    ret

    .globl xh_puthex
xh_puthex:
    mv a4, a0
    mv a3, ra
    li a5, 28
1:  srl a0, a4, a5
    andi a0, a0, 15
    li t2, 10
    blt a0, t2, 2f
    addi a0, a0, 'a' - 10
    j 3f
2:  addi a0, a0, '0'
3:  call xh_putc
    addi a5, a5, -4
    bgez a5, 1b
    mv ra, a3
    ret

/* Unsigned decimal. */
    .globl xh_putdec
xh_putdec:
    mv a6, ra
    la a4, xh_numbuf + 11
    sb zero, 0(a4)
    li t2, 10
1:  remu a5, a0, t2
    divu a0, a0, t2
    addi a5, a5, '0'
    addi a4, a4, -1
    sb a5, 0(a4)
    bnez a0, 1b
    mv a0, a4
    call xh_puts
    mv ra, a6
    ret

    .section .rodata
xh_str_fail:   .asciz "xvm-test: FAIL check 0x"
xh_str_item:   .asciz " item 0x"
xh_str_assert: .asciz " assertion 0x"
xh_str_got:    .asciz " got 0x"
xh_str_exp:    .asciz " expected 0x"
xh_str_unexp:  .asciz "xvm-test: unexpected trap after check 0x"
xh_str_cause:  .asciz " mcause 0x"
xh_str_epc:    .asciz " mepc 0x"
xh_str_tval:   .asciz " mtval 0x"

    .section .data
    .balign 4096
    .globl xh_pt_root, xh_pt_l0, xh_dpage, xh_epage
xh_pt_root: .zero 4096
xh_pt_l0:   .zero 4096
xh_dpage:   .zero 4096
xh_epage:   .zero 4096
    .balign 4
    .globl xh_rec
xh_rec:     .zero REC_SIZE
xh_msave:   .zero 8
xh_ssave:   .zero 4
xh_numbuf:  .zero 12
    .balign 16
    .zero 1024
xh_stack_top:
