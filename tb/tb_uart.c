#include "tb_uart.h"

#include <poll.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xvm_model.h"

static int input_open;
static uint8_t inbuf[256];
static size_t in_head, in_tail;

void tb_uart_init(void)
{
    struct stat st;

    /* A regular file or /dev/null on stdin is not input for the program:
     * reading it to EOF at once would be indistinguishable from a user who
     * typed it all before the program asked. */
    input_open = fstat(STDIN_FILENO, &st) == 0 &&
                 (isatty(STDIN_FILENO) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
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
