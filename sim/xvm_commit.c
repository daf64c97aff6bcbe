/* Commit-log line formatting (docs/architecture.md, "Commit log"). */
#include "xvm_commit.h"

#include <stdio.h>

/* Store data is printed with as many digits as the access has bytes, so a
 * byte store shows 2 digits even when the bus carried a replicated word. */
static void store_data(const struct xvm_commit *c, uint32_t *data, int *digits)
{
    switch (c->mem_size) {
    case 0:
        *data = c->mem_data & 0xffu;
        *digits = 2;
        break;
    case 1:
        *data = c->mem_data & 0xffffu;
        *digits = 4;
        break;
    default:
        *data = c->mem_data;
        *digits = 8;
        break;
    }
}

int xvm_commit_format(char *buf, size_t len, const struct xvm_commit *c)
{
    int n;

    if (c->trap) {
        n = snprintf(buf, len,
                     "core   0: %u 0x%08x (0x%08x) trap 0x%08x tval 0x%08x%s\n",
                     c->priv, (unsigned)c->pc, (unsigned)c->insn,
                     (unsigned)c->cause, (unsigned)c->tval, c->vm ? " vm" : "");
    } else {
        char reg[24] = "";
        char mem[40] = "";

        if (c->rd != 0)
            snprintf(reg, sizeof reg, " x%u 0x%08x", c->rd, (unsigned)c->rd_value);
        if (c->mem_we) {
            uint32_t data;
            int digits;

            store_data(c, &data, &digits);
            snprintf(mem, sizeof mem, " mem 0x%08x 0x%0*x", (unsigned)c->mem_addr,
                     digits, (unsigned)data);
        }
        n = snprintf(buf, len, "core   0: %u 0x%08x (0x%08x)%s%s%s\n", c->priv,
                     (unsigned)c->pc, (unsigned)c->insn, reg, mem,
                     c->vm ? " vm" : "");
    }
    if (n < 0 || (size_t)n >= len)
        return -1;
    return n;
}
