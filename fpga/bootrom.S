/* SPDX-License-Identifier: Apache-2.0 */
/* bootrom.S - the boards' boot ROM (fpga/xvm_bootrom.v): copies the program
 * image into the RAM, from the SPI flash or, when the board asks for a
 * serial boot, from the serial line; clears the RAM above it up to
 * CLEAR_END (the simulators start with the RAM zeroed); and asks the board,
 * through the finisher's reset request, to start the program at
 * XVM_RAM_BASE.
 *
 * The board overlays the ROM on the RAM base for instruction fetches only
 * while it boots, so this code runs at XVM_RAM_BASE and its stores fill the
 * RAM under it. Hence no loads from RAM: no data, no stack, constants in
 * instructions only.
 *
 * MSR.DSR set is the board's request for a serial boot (the ULX3S sets it
 * after a break on the serial line, which `make load` sends; it reads 0 on
 * the iCEBreaker).
 *
 * The flash is read by bit-banging SPI mode 0 through the UART's modem
 * lines, which the board connects to the flash only while it boots:
 *   MCR.DTR  -> CS# (inverted: DTR set selects the flash)
 *   MCR.RTS  -> SCK
 *   MCR.OUT1 -> MOSI
 *   MSR.CTS  <- MISO (DCD and RI read 0 on the boards)
 *
 * The image at FLASH_OFFSET (fpga/mkimage.sh): the magic "XVM1", the
 * payload length in bytes (a multiple of 4, at most RAM_BYTES), the
 * payload. A bad magic or length is reported as finisher fail code 1, which
 * the boards show as the fast blink of their "no valid image" LED; the
 * flash is left deselected.
 *
 * The serial frame (fpga/load.py) is the same image followed by a
 * checksum: the length plus every payload word, modulo 2^32, little-endian.
 * A bad magic or length ends the boot with fail code 2, a wrong checksum
 * with code 3, shown the same way.
 *
 * FLASH_OFFSET, RAM_BYTES and CLEAR_END (a multiple of 32) come from
 * mk/fpga.mk. */
#include "xvm_defs.h"

#define DTR        0x01
#define RTS        0x02
#define MOSI_SHIFT 2            /* OUT1 is MCR bit 2 */
#define CTS_SHIFT  4            /* CTS is MSR bit 4 */
#define MSR_DSR    0x20         /* the serial-boot request */
#define MAGIC      0x314D5658   /* "XVM1", little-endian */
#define CMD_WAKE   0xAB         /* release from deep power-down */
#define CMD_READ   0x03

    .section .text.init.enter, "ax"
    .globl _start
_start:
    li      s0, XVM_UART_BASE
    li      s1, DTR             /* selected, SCK low */
    li      s2, DTR | RTS       /* selected, SCK high */
    li      s4, XVM_RAM_BASE    /* where the next word goes */
    lbu     t0, XVM_UART_MSR(s0)
    andi    t0, t0, MSR_DSR
    bnez    t0, serial

    /* The flash may be in deep power-down (the FPGA can leave it so after
     * configuration); after the wake-up command it needs tRES1 (3 us): 256
     * iterations of at least 2 cycles are 6.4 us at 80 MHz. */
    li      a0, CMD_WAKE << 24
    li      a1, 8
    jal     spi_out
    jal     spi_end
    li      t0, 256
1:  addi    t0, t0, -1
    bnez    t0, 1b

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

    add     s5, s4, a0          /* end of the payload */
    beq     s4, s5, copied
copy:
    jal     rd_word
    sw      a0, 0(s4)
    addi    s4, s4, 4
    bne     s4, s5, copy
copied:
    jal     spi_end
    j       loaded
bad:
    jal     spi_end
    li      t0, (1 << 16) | XVM_FINISHER_FAIL
    j       finish

serial:
    jal     rx_word
    li      t0, MAGIC
    bne     a0, t0, bad_frame
    jal     rx_word
    andi    t0, a0, 3
    bnez    t0, bad_frame
    li      t0, RAM_BYTES
    bltu    t0, a0, bad_frame
    mv      s6, a0              /* the checksum */
    add     s5, s4, a0
    beq     s4, s5, received
receive:
    jal     rx_word
    sw      a0, 0(s4)
    add     s6, s6, a0
    addi    s4, s4, 4
    bne     s4, s5, receive
received:
    jal     rx_word
    li      t0, (3 << 16) | XVM_FINISHER_FAIL
    bne     a0, s6, finish
    j       loaded
bad_frame:
    li      t0, (2 << 16) | XVM_FINISHER_FAIL
    j       finish

    /* Clears from the end of the payload (s5) to CLEAR_END: words up to a
     * 32-byte boundary, then 32 bytes per iteration. */
loaded:
    li      s4, XVM_RAM_BASE + CLEAR_END
    bgeu    s5, s4, cleared
1:  andi    t0, s5, 31
    beqz    t0, 2f
    sw      zero, 0(s5)
    addi    s5, s5, 4
    j       1b
2:  beq     s5, s4, cleared
clear:
    .irp    off, 0, 4, 8, 12, 16, 20, 24, 28
    sw      zero, \off(s5)
    .endr
    addi    s5, s5, 32
    bne     s5, s4, clear
cleared:
    li      t0, XVM_FINISHER_RESET
finish:
    li      t1, XVM_FINISHER_BASE
    sw      t0, 0(t1)
    /* The board resets the core (boot done) or stops it (bad image). */
1:  j       1b

/* a0 = the next four bytes from the serial line, as a little-endian word.
 * No timeout: a break or the button starts over. Clobbers a1, t0, t1. */
rx_word:
    li      a1, 4
1:  lbu     t0, XVM_UART_LSR(s0)
    andi    t0, t0, XVM_UART_LSR_DR
    beqz    t0, 1b
    lbu     t1, XVM_UART_RBR(s0)
    slli    t1, t1, 24
    srli    a0, a0, 8
    or      a0, a0, t1
    addi    a1, a1, -1
    bnez    a1, 1b
    ret

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
