/* SPDX-License-Identifier: Apache-2.0 */
/* A long write to the UART: 40 lines of 76 characters in one write(2) to
 * /dev/ttyS0, more than its 16-byte FIFO, so every byte after the first 16
 * needs the 8250 driver to see the transmitter empty again (Linux polls
 * IIR without an interrupt). As a guest there is no UART: the same lines go
 * to the console. Drained before the summary line, so that the two
 * consoles never interleave. */
#include "xt.h"
#include <linux/serial.h>

#define LINES 40
#define WIDTH 76

int main(void)
{
    static char buf[LINES * (WIDTH + 1)];
    int n = 0;
    for (int l = 0; l < LINES; l++) {
        const char *head = "t-write: ";
        for (int i = 0; head[i]; i++)
            buf[n++] = head[i];
        buf[n++] = (char)('0' + l / 10);
        buf[n++] = (char)('0' + l % 10);
        buf[n++] = ' ';
        for (int i = 12; i < WIDTH; i++)
            buf[n++] = (char)('a' + (l + i) % 26);
        buf[n++] = '\n';
    }
    /* The 8250 driver keeps a ttyS0 without hardware (type PORT_UNKNOWN,
     * 0) when the device tree has no UART; its writes fail. */
    int fd = open("/dev/ttyS0", O_WRONLY | O_NOCTTY, 0);
    struct serial_struct ss;
    if (fd >= 0 && (ioctl(fd, TIOCGSERIAL, &ss) != 0 || ss.type == 0)) {
        close(fd);
        fd = -1;
    }
    int out = fd >= 0 ? fd : 1;
    unsigned long t0 = xt_time();
    int w = write(out, buf, n);
    ioctl(out, TCSBRK, (void *)1);
    unsigned long t1 = xt_time();
    if (fd >= 0)
        close(fd);
    printf("t-write: wrote %d of %d bytes\n", w, n);
    printf("bench: t-write time %lu\n", t1 - t0);
    return w == n ? 0 : 1;
}
