/* SPDX-License-Identifier: Apache-2.0 */
/* Commit-log line formatting (docs/architecture.md, "Commit log").
 * Written by hand rather than with snprintf: the log can have one line per
 * simulated cycle, and formatting dominated the cost of logging. */
#include "xvm_commit.h"

#include <string.h>

/* Longest line: trap with vm, or register write + word store + vm. */
#define LINE_MAX_LEN 96

static char *put_str(char *p, const char *s)
{
    size_t n = strlen(s);

    memcpy(p, s, n);
    return p + n;
}

/* "0x" and `digits` lower-case hex digits of v. */
static char *put_hex(char *p, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    int i;

    *p++ = '0';
    *p++ = 'x';
    for (i = digits - 1; i >= 0; i--)
        *p++ = hex[(v >> (4 * i)) & 0xf];
    return p;
}

static char *put_dec(char *p, unsigned v)
{
    if (v >= 10)
        p = put_dec(p, v / 10);
    *p++ = (char)('0' + v % 10);
    return p;
}

int xvm_commit_format(char *buf, size_t len, const struct xvm_commit *c)
{
    char line[LINE_MAX_LEN];
    char *p = line;
    size_t n;

    p = put_str(p, "core   0: ");
    p = put_dec(p, c->priv & 3u);
    *p++ = ' ';
    p = put_hex(p, c->pc, 8);
    p = put_str(p, " (");
    p = put_hex(p, c->insn, 8);
    *p++ = ')';
    if (c->trap) {
        p = put_str(p, " trap ");
        p = put_hex(p, c->cause, 8);
        p = put_str(p, " tval ");
        p = put_hex(p, c->tval, 8);
    } else {
        if (c->rd != 0) {
            p = put_str(p, " x");
            p = put_dec(p, c->rd & 31u);
            *p++ = ' ';
            p = put_hex(p, c->rd_value, 8);
        }
        if (c->mem_we) {
            /* As many digits as the store has bytes, whatever the upper
             * bits of the bus data hold. */
            int digits = c->mem_size == 0 ? 2 : c->mem_size == 1 ? 4 : 8;

            p = put_str(p, " mem ");
            p = put_hex(p, c->mem_addr, 8);
            *p++ = ' ';
            p = put_hex(p, c->mem_data, digits);
        }
    }
    if (c->vm)
        p = put_str(p, " vm");
    *p++ = '\n';
    n = (size_t)(p - line);
    if (n + 1 > len)
        return -1;
    memcpy(buf, line, n);
    buf[n] = '\0';
    return (int)n;
}
