/* SPDX-License-Identifier: Apache-2.0 */
/* Xvm latency benchmark (make bench-xvm, on the RTL): the cost of vmsw
 * including the pipeline refill behind it, and the cycles from a sensitive
 * instruction to the first instruction of the virtualization-fault
 * handler. Cycles are read with the cycle CSR (mcycle's user view, enabled
 * by mcounteren.CY), which is not sensitive, so the guest can time itself.
 * Results are printed on the UART; the program always passes. */
#include "harness.h"

#define VMSW_PAIRS  32
#define FAULT_RUNS  8

/* Print "<str><a0 decimal>". */
.macro PUT_NUM str, reg
    la a0, \str
    call xh_puts
    mv a0, \reg
    call xh_putdec
.endm

TEST_BODY
    SV32_ON
    la s2, xh_gpage
    MAP_4K GPAGE_VA, s2, F_GATE

    /* vmsw: a block of 2*VMSW_PAIRS vmsw against the bare cycle reads;
     * a block of as many nops for reference. */
    GVA s6, time_vmsw
    RUN PS, 0, s6
    mv s3, a2
    mv s4, a3
    mv s5, a4
    PUT_NUM str_vmsw_n, s4
    sub s7, s4, s5
    PUT_NUM str_vmsw_net, s7
    li t0, 100
    mul s7, s7, t0
    li t0, 2 * VMSW_PAIRS
    divu s7, s7, t0
    li t0, 100
    divu s8, s7, t0
    remu s9, s7, t0
    PUT_NUM str_each, s8
    la a0, str_dot
    call xh_puts
    li t0, 10
    bge s9, t0, 1f
    li a0, '0'
    call xh_putc
1:  mv a0, s9
    call xh_putdec
    sub s7, s3, s5
    PUT_NUM str_nops, s7

    /* Virtualization fault: guest csrr cycle; csrr sscratch (faults);
     * bench_strap's first instruction reads cycle. The minimum over
     * FAULT_RUNS runs. The sensitive instruction starts when the cycle read
     * before it is done, i.e. after the back-to-back read spacing (s5),
     * which is subtracted. */
    la t0, bench_strap
    csrw XVM_CSR_STVEC, t0
    GVA s6, time_fault
    RUN PS, 1, s6
    mv s3, a4
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    PUT_NUM str_fault, s3
    PUT_NUM str_fault_sp, s5
    sub s3, s3, s5
    PUT_NUM str_fault_lat, s3
    la a0, str_fault_end
    call xh_puts

    /* Round trips seen by the guest (VM=1), net of the cycle reads: a
     * paravirtual hypercall through the gate (vmsw.0, jump to the monitor,
     * jump back, vmsw.1, ret) against a virtualization fault handled by
     * bench_strap (sepc += 4, sret). */
    la t0, bench_strap
    csrw XVM_CSR_STVEC, t0
    GVA a3, gate_call
    GVA s6, time_round_trips
    RUN PS, 1, s6
    mv s3, a4
    mv s4, a5
    la t0, xh_strap
    csrw XVM_CSR_STVEC, t0
    sub s3, s3, s5
    sub s4, s4, s5
    PUT_NUM str_hcall, s3
    PUT_NUM str_trap_rt, s4
    la a0, str_fault_end
    call xh_puts
    TEST_PASS

/* The S handler for the fault timing: a2 <- cycle at its first
 * instruction, then return past the faulting instruction (SPVM=1). */
    .balign 4
bench_strap:
    csrr a2, XVM_CSR_CYCLE
    csrr t5, XVM_CSR_SEPC
    addi t5, t5, 4
    csrw XVM_CSR_SEPC, t5
    sret

/* The smallest possible monitor: straight back to the gate's return. */
    .balign 4
bench_monitor:
    la t0, gate_ret
    la t1, xh_gpage
    sub t0, t0, t1
    jr t0

    .section .rodata
str_hcall:     .asciz "xvm-bench: round trip from the guest: gate hypercall "
str_trap_rt:   .asciz " cycles, virtualization fault + sret "
str_vmsw_n:    .asciz "xvm-bench: vmsw: 64 vmsw in "
str_vmsw_net:  .asciz " cycles between two cycle reads, net of the reads "
str_each:      .asciz " = "
str_dot:       .asciz "."
str_nops:      .asciz " cycles per vmsw (64 nops, net: "
str_fault:     .asciz ")\nxvm-bench: virtualization fault: guest cycle read to handler's cycle read "
str_fault_sp:  .asciz " cycles, back-to-back cycle reads "
str_fault_lat: .asciz ", so sensitive instruction to handler's first instruction "
str_fault_end: .asciz " cycles\n"

GUEST_PAGE_BEGIN
/* S, VM=0, gate page: a2 = nop block, a3 = vmsw block, a4 = empty. */
time_vmsw:
    csrr t3, XVM_CSR_CYCLE
    .rept 2 * VMSW_PAIRS
    nop
    .endr
    csrr t4, XVM_CSR_CYCLE
    sub a2, t4, t3
    csrr t3, XVM_CSR_CYCLE
    .rept VMSW_PAIRS
    VMSW1
    VMSW0
    .endr
    csrr t4, XVM_CSR_CYCLE
    sub a3, t4, t3
    csrr t3, XVM_CSR_CYCLE
    csrr t4, XVM_CSR_CYCLE
    sub a4, t4, t3
    GEND

/* S, VM=1: a4 = min over the runs of (handler's cycle - cycle before). */
time_fault:
    li a4, -1
    li a5, FAULT_RUNS
1:  csrr a0, XVM_CSR_CYCLE
    csrr a1, XVM_CSR_SSCRATCH
    sub a3, a2, a0
    bgeu a3, a4, 2f
    mv a4, a3
2:  addi a5, a5, -1
    bnez a5, 1b
    GEND
/* S, VM=1, a3 = VA of gate_call: a4 = hypercall, a5 = fault round trip
 * (minimum over FAULT_RUNS runs, cycle reads included). */
time_round_trips:
    li a4, -1
    li a5, -1
    li a6, FAULT_RUNS
1:  csrr t3, XVM_CSR_CYCLE
    jalr ra, a3
    csrr t4, XVM_CSR_CYCLE
    sub t4, t4, t3
    bgeu t4, a4, 2f
    mv a4, t4
2:  csrr t3, XVM_CSR_CYCLE
    csrr a1, XVM_CSR_SSCRATCH
    csrr t4, XVM_CSR_CYCLE
    sub t4, t4, t3
    bgeu t4, a5, 3f
    mv a5, t4
3:  addi a6, a6, -1
    bnez a6, 1b
    GEND
gate_call:
    VMSW0
    lui t0, %hi(bench_monitor)
    addi t0, t0, %lo(bench_monitor)
    jr t0
gate_ret:
    VMSW1
    ret
GUEST_PAGE_END
