/* SPDX-License-Identifier: Apache-2.0 */
# Device registers and bus errors, for the comparison of xvm-sim-sc with
# xvm-sim: every register is read back into a register (so the commit log
# holds its value), the CLINT raises a timer and a software interrupt at
# cycle-exact times, and accesses outside every device, or fetches from a
# device, trap. Either simulator's result is right only if both agree.
#include "xvm_defs.h"
  .section .text.init
  .globl _start
_start:
  la t0, trap
  csrw mtvec, t0
  li s0, XVM_UART_BASE
  li s1, XVM_CLINT_BASE
  li s2, XVM_CLINT_BASE + XVM_CLINT_MTIME
  li s3, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP
  li s4, XVM_FINISHER_BASE

  # UART, one register at a time: IER, LCR, IIR, SCR, MCR, LSR, MSR.
  li t1, 0x0f
  sb t1, 1(s0)
  lbu a0, 1(s0)
  li t1, 0x83
  sb t1, 3(s0)
  lbu a0, 3(s0)
  lbu a0, 2(s0)
  li t1, 0x5a
  sb t1, 7(s0)
  lbu a0, 7(s0)
  li t1, 0x03
  sb t1, 4(s0)
  lbu a0, 4(s0)
  lbu a0, 5(s0)
  lbu a0, 6(s0)
  # Whole words, other words, an alias-free high offset, halfwords.
  lw a0, 0(s0)
  lw a0, 4(s0)
  lw a0, 8(s0)
  lw a0, 0xfc(s0)
  lhu a0, 2(s0)
  lhu a0, 6(s0)
  # A word write: THR ('!' on stdout), IER, FCR (ignored), LCR at once.
  li t1, 0x00004121
  sw t1, 0(s0)
  lw a0, 0(s0)
  li t1, 0x77665544
  sw t1, 4(s0)
  lw a0, 4(s0)
  li t1, '\n'
  sb t1, 0(s0)

  # CLINT: mtime, its halves and bytes, the time CSR.
  lw a0, 0(s2)
  lw a1, 4(s2)
  rdtime a2
  li t1, 0x1000
  sw t1, 0(s2)
  lw a0, 0(s2)
  rdtime a0
  li t1, 0x12345678
  sb t1, 4(s2)
  lw a0, 4(s2)
  sh t1, 6(s2)
  lw a0, 4(s2)
  rdtimeh a0
  sw zero, 4(s2)
  # mtimecmp: reset value, halves, bytes; MTIP follows at once.
  lw a0, 0(s3)
  lw a1, 4(s3)
  csrr a2, mip
  sw zero, 4(s3)
  lw a0, 4(s3)
  csrr a2, mip
  sb t1, 1(s3)
  sh t1, 2(s3)
  lw a0, 0(s3)
  li t1, -1
  sw t1, 4(s3)
  csrr a2, mip
  sw t1, 0(s3)
  # msip and a CLINT offset with no register.
  li t1, 1
  sw t1, 0(s1)
  lw a0, 0(s1)
  csrr a2, mip
  sw zero, 0(s1)
  csrr a2, mip
  lw a0, 0x100(s1)
  # The finisher reads 0.
  lw a0, 0(s4)

  # Timer interrupt at mtime 60, counted from 0.
  sw zero, 4(s2)
  sw zero, 0(s2)
  li t1, 60
  sw t1, 0(s3)
  sw zero, 4(s3)
  li t1, XVM_MIP_MTIP | XVM_MIP_MSIP
  csrw mie, t1
  csrsi mstatus, XVM_MSTATUS_MIE
  li t2, 100
1:
  addi t2, t2, -1
  bnez t2, 1b
  # Software interrupt.
  li t1, 1
  sw t1, 0(s1)
  nop
  nop
  csrci mstatus, XVM_MSTATUS_MIE
  csrw mie, zero

  # Bus errors: loads and stores where no device is, a fetch from a device.
  lw a0, 0(zero)
  sw a0, 0(zero)
  li t1, 0x20000000
  lw a0, 0(t1)
  lw a0, 4(s4)
  li t1, XVM_RAM_BASE + XVM_RAM_SIZE_DEFAULT
  lw a0, 0(t1)
  la ra, 2f
  jr s0
2:
  li t1, XVM_FINISHER_PASS
  sw t1, 0(s4)
3:
  j 3b

# Interrupts: silence the source. Fetch faults: back to ra. Other
# exceptions: skip the instruction.
trap:
  csrr t5, mcause
  csrr t6, mtval
  bltz t5, irq
  li t4, XVM_EXC_INSN_ACCESS
  beq t5, t4, fetch_fault
  csrr t4, mepc
  addi t4, t4, 4
  csrw mepc, t4
  mret
fetch_fault:
  csrw mepc, ra
  mret
irq:
  slli t5, t5, 1
  srli t5, t5, 1
  li t4, XVM_IRQ_MSI
  beq t5, t4, 4f
  li t4, -1
  sw t4, 4(s3)
  sw t4, 0(s3)
  mret
4:
  sw zero, 0(s1)
  mret
