/* SPDX-License-Identifier: Apache-2.0 */
/* A long console write: 40 lines of 76 characters in one write(2), more
 * than any UART FIFO, so every byte after the first 16 needs the driver to
 * see the transmitter empty again (natively the console is ttyS0). */
#include "xt.h"

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
    int w = write(1, buf, n);
    printf("t-write: wrote %d of %d bytes\n", w, n);
    return w == n ? 0 : 1;
}
