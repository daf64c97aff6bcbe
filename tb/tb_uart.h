/* SPDX-License-Identifier: Apache-2.0 */
/* The UART's host side: received bytes come from stdin, but only when stdin
 * is a terminal or a pipe with data (never blocks, never waits); transmitted
 * bytes go to stdout and nowhere else. */
#ifndef TB_UART_H
#define TB_UART_H

#include <stdint.h>

struct xvm_model;

/* Decides whether stdin is input; a terminal is switched to unbuffered,
 * unechoed input until tb_uart_close. */
void tb_uart_init(void);
void tb_uart_close(void);
/* Only gives the terminal its mode back: safe in a signal handler. */
void tb_uart_restore_tty(void);

/* Moves available stdin bytes towards the model's receiver. Returns 1 while
 * bytes are waiting to enter the UART (the caller then runs short slices),
 * else 0. */
int tb_uart_feed(struct xvm_model *m);

void tb_uart_put(uint8_t byte);
void tb_uart_flush(void);

#endif
