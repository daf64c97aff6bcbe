/* SPDX-License-Identifier: Apache-2.0 */
/* elf2hex - turns a program ELF into the word image that the 4-state
 * testbench loads with $readmemh, and prints its tohost address.
 *
 *   elf2hex PROGRAM.elf OUT.hex   -> prints tohost (hex, 0 if none) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xvm_defs.h"
#include "xvm_elf.h"
#include "xvm_options.h"

#define IMAGE_BYTES (16u * 1024u * 1024u)

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: elf2hex PROGRAM.elf OUT.hex\n");
        return XVM_EXIT_USAGE;
    }
    uint8_t *ram = calloc(1, IMAGE_BYTES);
    if (!ram) {
        fprintf(stderr, "elf2hex: out of memory\n");
        return 1;
    }
    struct xvm_elf_info info;
    char err[256];
    if (xvm_elf_load(argv[1], XVM_RAM_BASE, IMAGE_BYTES, ram, &info, err, sizeof err)) {
        fprintf(stderr, "elf2hex: %s\n", err);
        free(ram);
        return XVM_EXIT_USAGE;
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        fprintf(stderr, "elf2hex: cannot write %s\n", argv[2]);
        free(ram);
        return XVM_EXIT_USAGE;
    }
    /* Only words up to the last non-zero one: $readmemh leaves the rest X,
     * which the program must not read before writing (that is the point). */
    uint32_t last = 0;
    for (uint32_t i = 0; i < IMAGE_BYTES; i += 4) {
        uint32_t w;
        memcpy(&w, ram + i, 4);
        if (w) last = i + 4;
    }
    for (uint32_t i = 0; i < last; i += 4) {
        uint32_t w;
        memcpy(&w, ram + i, 4);
        fprintf(out, "%08x\n", w);
    }
    fclose(out);
    printf("%x\n", info.has_tohost ? info.tohost : 0u);
    free(ram);
    return 0;
}
