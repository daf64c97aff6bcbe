/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
/* CLINT as seen by software: mtime counts and equals the time CSR,
 * mtimecmp and msip are read/write 32-bit halves, byte and halfword
 * accesses read and write the containing bytes (docs/architecture.md;
 * QEMU's CLINT rejects them), msip holds only bit 0. Then the UART's
 * status and modem registers: MCR holds what is written, and MSR reads 0
 * in simulation, where no modem lines are connected (QEMU reports its
 * inputs active). */
#define MSIP     (XVM_CLINT_BASE + XVM_CLINT_MSIP)
#define MTIMECMP (XVM_CLINT_BASE + XVM_CLINT_MTIMECMP)
#define MTIME    (XVM_CLINT_BASE + XVM_CLINT_MTIME)
TEST_BEGIN
    csrw XVM_CSR_MIE, zero
    li x11, MTIME
    /* mtime advances, and time reads the same counter (time read between
     * two mtime reads lies between them) */
    TEST_CASE(1, x14, 1, lw x12, 0(x11); nop; nop; nop; lw x13, 0(x11); sltu x14, x12, x13)
    TEST_CASE(2, x14, 1, lw x12, 0(x11); csrr x15, XVM_CSR_TIME; lw x13, 0(x11); sltu x14, x13, x15; xori x14, x14, 1; sltu x16, x15, x12; xori x16, x16, 1; and x14, x14, x16)
    TEST_CASE(3, x14, 0, lw x12, 4(x11); csrr x13, XVM_CSR_TIMEH; sub x14, x13, x12)
    /* mtimecmp halves read back */
    li x11, MTIMECMP
    TEST_CASE(4, x14, 0x89abcdef, li x12, -1; sw x12, 4(x11); li x12, 0x89abcdef; sw x12, 0(x11); lw x14, 0(x11))
    TEST_CASE(5, x14, 0xffffffff, lw x14, 4(x11))
    /* byte and halfword accesses */
    TEST_CASE(6, x14, 0x89ab55ef, li x12, 0x55; sb x12, 1(x11); lw x14, 0(x11))
    TEST_CASE(7, x14, 0x000089ab, lhu x14, 2(x11))
    TEST_CASE(8, x14, 0x1234ffff, li x12, 0x1234; sh x12, 6(x11); lw x14, 4(x11))
    TEST_CASE(9, x14, 0x00000055, lbu x14, 1(x11))
    li x12, -1
    sw x12, 4(x11)
    /* msip: bit 0 only */
    li x11, MSIP
    TEST_CASE(10, x14, 1, li x12, -1; sw x12, 0(x11); lw x14, 0(x11))
    TEST_CASE(11, x14, XVM_MIP_MSIP, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MSIP)
    TEST_CASE(12, x14, 0, sb zero, 0(x11); lw x14, 0(x11))
    TEST_CASE(13, x14, 0, csrr x14, XVM_CSR_MIP; andi x14, x14, XVM_MIP_MSIP)
    /* UART: the transmitter is ready (LSR.THRE); MCR reads back; MSR reads
     * 0 and ignores writes */
    li x11, XVM_UART_BASE
    TEST_CASE(14, x14, XVM_UART_LSR_THRE, lbu x14, XVM_UART_LSR(x11); andi x14, x14, XVM_UART_LSR_THRE)
    TEST_CASE(15, x14, 0x0b, li x12, 0x0b; sb x12, XVM_UART_MCR(x11); lbu x14, XVM_UART_MCR(x11))
    TEST_CASE(16, x14, 0, lbu x14, XVM_UART_MSR(x11))
    TEST_CASE(17, x14, 0, li x12, 0xff; sb x12, XVM_UART_MSR(x11); lbu x14, XVM_UART_MSR(x11))
    TEST_CASE(18, x14, 0, sb zero, XVM_UART_MCR(x11); lbu x14, XVM_UART_MCR(x11))
TEST_END
