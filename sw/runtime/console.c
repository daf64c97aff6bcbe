/* SPDX-License-Identifier: Apache-2.0 */
/* picolibc glue: stdin/stdout/stderr on the 16550 UART, exit through the
 * finisher. */
#include <stdio.h>
#include <stdlib.h>
#include "xvm_rt.h"

void xvm_putc(char c)
{
    while (!(mmio_read8(XVM_UART_BASE + XVM_UART_LSR) & XVM_UART_LSR_THRE))
        ;
    mmio_write8(XVM_UART_BASE + XVM_UART_THR, c);
}

int xvm_getc(void)
{
    while (!(mmio_read8(XVM_UART_BASE + XVM_UART_LSR) & XVM_UART_LSR_DR))
        ;
    return mmio_read8(XVM_UART_BASE + XVM_UART_RBR);
}

void xvm_puts(const char *s)
{
    while (*s)
        xvm_putc(*s++);
}

static int stdio_put(char c, FILE *f)
{
    (void)f;
    xvm_putc(c);
    return (unsigned char)c;
}

static int stdio_get(FILE *f)
{
    (void)f;
    return xvm_getc();
}

static FILE console = FDEV_SETUP_STREAM(stdio_put, stdio_get, NULL, _FDEV_SETUP_RW);
FILE *const stdin = &console;
FILE *const stdout = &console;
FILE *const stderr = &console;

void xvm_exit(int code)
{
    uint32_t c = (uint32_t)code & 0xFF;
    if (code != 0 && c == 0)
        c = 1;
    for (;;)
        mmio_write32(XVM_FINISHER_BASE,
                     c == 0 ? XVM_FINISHER_PASS : (c << 16) | XVM_FINISHER_FAIL);
}

void _exit(int code)
{
    xvm_exit(code);
}
