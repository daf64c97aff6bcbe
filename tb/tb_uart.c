/* SPDX-License-Identifier: Apache-2.0 */
#include "tb_uart.h"

#include <poll.h>
#include <stdio.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "xvm_model.h"

static int input_open;
static uint8_t inbuf[256];
static size_t in_head, in_tail;
static int tty_changed;
static struct termios tty_saved;

/* On a terminal, keys go to the program as they are typed and are not
 * echoed (the program echoes what it wants, like a serial console);
 * Ctrl-C still interrupts the simulator. */
static void tty_raw(void)
{
    struct termios t;

    if (tcgetattr(STDIN_FILENO, &tty_saved) != 0)
        return;
    t = tty_saved;
    t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    tty_changed = tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0;
}

/* A terminal is input only for the foreground job: reading it (or changing
 * its mode) from a background process group, as under `timeout` or `&`,
 * would stop the simulator with SIGTTIN/SIGTTOU. */
static int tty_foreground(void)
{
    return isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) == getpgrp();
}

void tb_uart_init(void)
{
    struct stat st;

    /* stdin is input only when it is a terminal or a pipe: a regular file
     * or /dev/null (as under make or a test runner) is not read at all. */
    input_open = fstat(STDIN_FILENO, &st) == 0 &&
                 (tty_foreground() || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    if (tty_foreground())
        tty_raw();
}

void tb_uart_close(void)
{
    fflush(stdout);
    tb_uart_restore_tty();
}

void tb_uart_restore_tty(void)
{
    if (tty_changed)
        tcsetattr(STDIN_FILENO, TCSANOW, &tty_saved);
    tty_changed = 0;
}

static void refill(void)
{
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
    ssize_t n;

    if (!input_open || in_head != in_tail || poll(&p, 1, 0) != 1)
        return;
    if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
        return;
    n = read(STDIN_FILENO, inbuf, sizeof inbuf);
    if (n <= 0) {
        input_open = 0;
        return;
    }
    in_head = 0;
    in_tail = (size_t)n;
}

int tb_uart_feed(struct xvm_model *m)
{
    refill();
    while (in_head != in_tail && xvm_model_uart_rx(m, inbuf[in_head]) == 0)
        in_head++;
    return in_head != in_tail;
}

void tb_uart_put(uint8_t byte)
{
    putchar(byte);
    if (byte == '\n')
        fflush(stdout);
}

void tb_uart_flush(void)
{
    fflush(stdout);
}
