/* SPDX-License-Identifier: Apache-2.0 */
/* The shared console: every line a guest writes is printed with the prefix
 * "[guestN] "; the monitor's own lines start with "[vmm] ". Input goes to
 * the focused guest; Ctrl-A followed by a digit moves the focus. */
#include "vmm.h"

void console_puts(const char *s)
{
    while (*s)
        hw_putc(*s++);
}

void console_putu(uint32_t v, int width)
{
    char d[10];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (int i = n; i < width; i++)
        hw_putc(' ');
    while (n)
        hw_putc(d[--n]);
}

void console_puthex(uint32_t v)
{
    console_puts("0x");
    for (int s = 28; s >= 0; s -= 4)
        hw_putc("0123456789abcdef"[(v >> s) & 0xF]);
}

void console_puthex64(uint64_t v)
{
    if (v >> 32) {
        console_puthex((uint32_t)(v >> 32));
        for (int s = 28; s >= 0; s -= 4)
            hw_putc("0123456789abcdef"[((uint32_t)v >> s) & 0xF]);
    } else {
        console_puthex((uint32_t)v);
    }
}

void console_vmm(const char *s)
{
    console_puts("[vmm] ");
    console_puts(s);
}

void console_vmm_prefix(const struct guest *g)
{
    console_puts("[vmm] guest");
    console_putu(g->id, 0);
    console_puts(": ");
}

void console_vmm_guest(const struct guest *g, const char *what, uint32_t value)
{
    console_vmm_prefix(g);
    console_puts(what);
    hw_putc(' ');
    console_puthex(value);
    hw_putc('\n');
}

static void emit_line(struct guest *g)
{
    console_puts("[guest");
    console_putu(g->id, 0);
    console_puts("] ");
    for (uint32_t i = 0; i < g->line_len; i++)
        hw_putc(g->line[i]);
    hw_putc('\n');
    g->line_len = 0;
}

void console_guest_putc(struct guest *g, char c)
{
    if (c == '\n') {
        emit_line(g);
        return;
    }
    g->line[g->line_len++] = c;
    if (g->line_len == VMM_LINE_MAX)
        emit_line(g);
}

static void push_input(struct guest *g, char c)
{
    uint32_t next = (g->in_tail + 1) % VMM_INPUT_MAX;
    if (next == g->in_head)
        return;
    g->input[g->in_tail] = c;
    g->in_tail = next;
}

void console_poll_input(void)
{
    int c;
    while ((c = hw_getc()) >= 0) {
        if (vmm.ctrl_a) {
            vmm.ctrl_a = 0;
            if (c >= '0' && c <= '9' && (uint32_t)(c - '0') < vmm.nguests) {
                vmm.focus = (uint32_t)(c - '0');
                console_vmm_prefix(&vmm.guests[vmm.focus]);
                console_puts("has the console\n");
                continue;
            }
        } else if (c == VMM_CTRL_A) {
            vmm.ctrl_a = 1;
            continue;
        }
        push_input(&vmm.guests[vmm.focus], (char)c);
    }
}

int console_guest_getc(struct guest *g)
{
    console_poll_input();
    if (g->in_head == g->in_tail)
        return -1;
    char c = g->input[g->in_head];
    g->in_head = (g->in_head + 1) % VMM_INPUT_MAX;
    return (unsigned char)c;
}
