/* SPDX-License-Identifier: Apache-2.0 */
/* bootrom.S - the iCEBreaker's boot ROM (fpga/xvm_bootrom.v): clears the
 * RAM (the simulators start with it zeroed too), copies the program image
 * from the SPI flash into it and asks the board, through the finisher's
 * reset request, to start the program at XVM_RAM_BASE.
 *
 * The board overlays the ROM on the RAM base for instruction fetches only
 * while it boots, so this code runs at XVM_RAM_BASE and its stores fill the
 * RAM under it. Hence no loads from RAM: no data, no stack, constants in
 * instructions only.
 *
 * The flash is read by bit-banging SPI mode 0 through the UART's modem
 * lines, which the board connects to the flash only while it boots:
 *   MCR.DTR  -> CS# (inverted: DTR set selects the flash)
 *   MCR.RTS  -> SCK
 *   MCR.OUT1 -> MOSI
 *   MSR.CTS  <- MISO (DCD, RI and DSR read 0 on the board)
 *
 * The image at FLASH_OFFSET (fpga/mkimage.sh): the magic "XVM1", the
 * payload length in bytes (a multiple of 4, at most RAM_BYTES), the
 * payload. A bad magic or length is reported as finisher fail code 1, which
 * the board shows as the fast red blink; the flash is left deselected.
 *
 * FLASH_OFFSET and RAM_BYTES (a multiple of 32) come from mk/fpga.mk. */
#include "xvm_defs.h"

#define DTR        0x01
#define RTS        0x02
#define MOSI_SHIFT 2            /* OUT1 is MCR bit 2 */
#define CTS_SHIFT  4            /* CTS is MSR bit 4 */
#define MAGIC      0x314D5658   /* "XVM1", little-endian */
#define CMD_WAKE   0xAB         /* release from deep power-down */
#define CMD_READ   0x03

    .section .text.init.enter, "ax"
    .globl _start
_start:
    li      s0, XVM_UART_BASE
    li      s1, DTR             /* selected, SCK low */
    li      s2, DTR | RTS       /* selected, SCK high */

    /* The flash may be in deep power-down (the FPGA can leave it so after
     * configuration). */
    li      a0, CMD_WAKE << 24
    li      a1, 8
    jal     spi_out
    jal     spi_end

    /* Clearing the RAM is also the wait the flash needs after waking up,
     * tRES1 (3 us): RAM_BYTES / 32 iterations of 10 instructions take at
     * least 40,960 cycles, 620 us at the board's fastest clock (66 MHz). */
    li      s4, XVM_RAM_BASE
    li      s5, XVM_RAM_BASE + RAM_BYTES
clear:
    .irp    off, 0, 4, 8, 12, 16, 20, 24, 28
    sw      zero, \off(s4)
    .endr
    addi    s4, s4, 32
    bne     s4, s5, clear

    li      a0, (CMD_READ << 24) | FLASH_OFFSET
    li      a1, 32
    jal     spi_out
    jal     rd_word
    li      t0, MAGIC
    bne     a0, t0, bad
    jal     rd_word
    andi    t0, a0, 3
    bnez    t0, bad
    li      t0, RAM_BYTES
    bltu    t0, a0, bad

    li      s4, XVM_RAM_BASE    /* where the next word goes */
    add     s5, s4, a0          /* end of the payload */
    beq     s4, s5, copied
copy:
    jal     rd_word
    sw      a0, 0(s4)
    addi    s4, s4, 4
    bne     s4, s5, copy
copied:
    jal     spi_end
    li      t0, XVM_FINISHER_RESET
    j       finish
bad:
    jal     spi_end
    li      t0, (1 << 16) | XVM_FINISHER_FAIL
finish:
    li      t1, XVM_FINISHER_BASE
    sw      t0, 0(t1)
    /* The board resets the core (boot done) or stops it (bad image). */
1:  j       1b

/* Sends the a1 high bits of a0, MSB first, with the flash selected; the
 * flash samples MOSI as SCK rises, and SCK is left high. Clobbers a0, a1,
 * t0. */
spi_out:
    srli    t0, a0, 31
    slli    t0, t0, MOSI_SHIFT
    or      t0, t0, s1
    sb      t0, XVM_UART_MCR(s0)
    or      t0, t0, s2
    sb      t0, XVM_UART_MCR(s0)
    slli    a0, a0, 1
    addi    a1, a1, -1
    bnez    a1, spi_out
    ret

/* a0 = the next four bytes from the flash, as a little-endian word. The
 * flash shifts a bit out after SCK falls; it is read after SCK rises. The
 * bits of a byte are unrolled: this loop is where the boot spends its time,
 * and a taken branch per bit would cost a redirect on a core without a
 * branch target buffer. Clobbers a1, t0, t1. */
rd_word:
    li      a1, 4
1:  li      t1, 0
    .rept   8
    sb      s1, XVM_UART_MCR(s0)
    sb      s2, XVM_UART_MCR(s0)
    lbu     t0, XVM_UART_MSR(s0)
    slli    t1, t1, 1
    srli    t0, t0, CTS_SHIFT
    or      t1, t1, t0
    .endr
    slli    t1, t1, 24          /* the byte on top */
    srli    a0, a0, 8
    or      a0, a0, t1
    addi    a1, a1, -1
    bnez    a1, 1b
    ret

/* SCK low, then the flash deselected (it ends a command). */
spi_end:
    sb      s1, XVM_UART_MCR(s0)
    sb      zero, XVM_UART_MCR(s0)
    ret
