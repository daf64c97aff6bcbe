/* SPDX-License-Identifier: Apache-2.0 */
/* A minimal flattened-device-tree reader: walks the structure block once
 * and picks out the properties docs/guest-platform.md promises. */
#include "byog.h"

#define FDT_MAGIC      0xD00DFEEDu
#define FDT_BEGIN_NODE 1u
#define FDT_END_NODE   2u
#define FDT_PROP       3u
#define FDT_NOP        4u
#define FDT_END        9u
#define MAX_DEPTH      8

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* Node name up to the unit address ("memory@40000000" -> "memory"). */
static int named(const char *node, const char *want)
{
    while (*want && *node == *want)
        node++, want++;
    return *want == 0 && (*node == 0 || *node == '@');
}

static uint32_t align4(uint32_t n) { return (n + 3) & ~3u; }

void fdt_read(const void *fdt, struct platform *p)
{
    const uint8_t *base = fdt;
    const char *path[MAX_DEPTH];
    int depth = 0;

    p->found = 0;
    if (!fdt || be32(base) != FDT_MAGIC)
        return;
    const uint8_t *s = base + be32(base + 8);
    const char *strings = (const char *)base + be32(base + 12);
    for (;;) {
        uint32_t tok = be32(s);
        s += 4;
        if (tok == FDT_BEGIN_NODE) {
            const char *name = (const char *)s;
            uint32_t n = 0;
            while (name[n])
                n++;
            if (depth < MAX_DEPTH)
                path[depth] = name;
            depth++;
            s += align4(n + 1);
        } else if (tok == FDT_END_NODE) {
            depth--;
        } else if (tok == FDT_PROP) {
            uint32_t len = be32(s), nameoff = be32(s + 4);
            const uint8_t *val = s + 8;
            const char *prop = strings + nameoff;
            s += 8 + align4(len);
            if (depth == 2 && named(path[1], "memory") && streq(prop, "reg") && len == 8) {
                p->mem_base = be32(val);
                p->mem_size = be32(val + 4);
            } else if (depth == 2 && named(path[1], "cpus") && streq(prop, "timebase-frequency")) {
                p->timebase = be32(val);
            } else if (depth == 3 && named(path[1], "cpus") && named(path[2], "cpu")) {
                if (streq(prop, "riscv,isa"))
                    p->isa = (const char *)val;
                else if (streq(prop, "mmu-type"))
                    p->mmu = (const char *)val;
            } else if (depth == 2 && named(path[1], "console") && streq(prop, "label")) {
                p->console = (const char *)val;
            }
        } else if (tok == FDT_NOP) {
            continue;
        } else {
            break;
        }
    }
    p->found = 1;
}
