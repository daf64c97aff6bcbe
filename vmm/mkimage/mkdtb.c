/* SPDX-License-Identifier: Apache-2.0 */
/* xvm-mkdtb: writes the device tree blob of one guest (fdt.c, the tree
 * xvm-mkimage gives each guest) for the monitor images the build links
 * guests into (vmm/mkguests.sh).
 * Usage: xvm-mkdtb MEM_SIZE NAME OUT
 * Bad input: one line on stderr, exit status 2; an I/O error: status 1. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mkimage.h"

const char die_prog[] = "xvm-mkdtb";

int main(int argc, char **argv)
{
    struct blob dtb;
    char *end;
    unsigned long mem;
    FILE *f;

    if (argc != 4)
        die(EXIT_BAD_INPUT, "usage: xvm-mkdtb MEM_SIZE NAME OUT");
    errno = 0;
    mem = strtoul(argv[1], &end, 0);
    if (errno || *end || end == argv[1] || mem == 0 || mem > 0xffffffffu)
        die(EXIT_BAD_INPUT, "%s: not a memory size", argv[1]);
    fdt_build(&dtb, (uint32_t)mem, argv[2], GUEST_TIMEBASE_DEFAULT);
    f = fopen(argv[3], "wb");
    if (!f)
        die(EXIT_IO, "%s: %s", argv[3], strerror(errno));
    size_t n = fwrite(dtb.p, 1, dtb.len, f);
    if (fclose(f) != 0 || n != dtb.len)
        die(EXIT_IO, "%s: write failed", argv[3]);
    free(dtb.p);
    return 0;
}
