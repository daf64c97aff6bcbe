/* SPDX-License-Identifier: Apache-2.0 */
#include "ulib.h"

void ul_str(struct uline *l, const char *s)
{
    while (*s && l->n < sizeof l->b - 1)
        l->b[l->n++] = *s++;
}

void ul_begin(struct uline *l, const char *task)
{
    l->n = 0;
    ul_str(l, task);
    ul_str(l, ": ");
}

void ul_u32(struct uline *l, uint32_t v)
{
    char d[10];
    int i = 0;
    do {
        d[i++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (i && l->n < sizeof l->b - 1)
        l->b[l->n++] = d[--i];
}

void ul_hex(struct uline *l, uint32_t v)
{
    ul_str(l, "0x");
    for (int s = 28; s >= 0 && l->n < sizeof l->b - 1; s -= 4)
        l->b[l->n++] = "0123456789abcdef"[(v >> s) & 0xF];
}

void ul_end(struct uline *l)
{
    l->b[l->n++] = '\n';
    if (usys(SYS_WRITE, 1, (uint32_t)(uintptr_t)l->b, l->n) != l->n)
        u_exit(2);
}

void u_report(const char *task, const char *what, uint32_t v)
{
    struct uline l;
    ul_begin(&l, task);
    ul_str(&l, what);
    ul_str(&l, " ");
    ul_u32(&l, v);
    ul_end(&l);
}
