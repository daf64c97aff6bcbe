/* SPDX-License-Identifier: Apache-2.0 */
/* build/xvm-disasm: annotates commit logs (--commit-log of both
 * simulators, and the lines of a --cosim mismatch report) with the
 * disassembly of each instruction, and disassembles bare hex words.
 *
 *   xvm-disasm [FILE...]      (no FILE or "-": standard input)
 *
 * A line holding "0x<pc> (0x<insn>)" gets "  ; <text>" appended, with
 * branch targets absolute; trap lines are left as they are (their bits may
 * be of a faulting fetch); a line that is one hex word becomes its text,
 * targets relative; anything else is copied unchanged. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disasm/xvm_disasm.h"

static void untab(char *s)
{
    for (; *s; s++)
        if (*s == '\t')
            *s = ' ';
}

/* Finds "0x<8 hex> (0x<8 hex>)" in line. */
static int find_pc_insn(const char *line, uint32_t *pc, uint32_t *insn)
{
    for (const char *p = strstr(line, "0x"); p; p = strstr(p + 1, "0x")) {
        unsigned a, b;
        int n = 0;
        if (sscanf(p, "0x%8x (0x%8x)%n", &a, &b, &n) == 2 && n == 23) {
            *pc = a;
            *insn = b;
            return 1;
        }
    }
    return 0;
}

static int is_hex_word(const char *s, uint32_t *w)
{
    char *end;
    const char *digits = (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) ? s + 2 : s;
    size_t n = strspn(digits, "0123456789abcdefABCDEF");
    if (n == 0 || n > 8 || digits[n] != '\0')
        return 0;
    *w = (uint32_t)strtoul(digits, &end, 16);
    return 1;
}

static void annotate(FILE *in)
{
    char line[1024], text[128];
    while (fgets(line, sizeof line, in)) {
        size_t n = strcspn(line, "\r\n");
        int whole = line[n] != '\0' || feof(in);
        uint32_t pc, insn;
        line[n] = '\0';
        if (whole && !strstr(line, " trap ") && find_pc_insn(line, &pc, &insn)) {
            xvm_disasm(insn, pc, 0, text, sizeof text);
            untab(text);
            printf("%s  ; %s\n", line, text);
        } else if (whole && is_hex_word(line, &insn)) {
            xvm_disasm(insn, 0, XVM_DISASM_RELATIVE, text, sizeof text);
            untab(text);
            puts(text);
        } else {
            fputs(line, stdout);
            if (whole)
                putchar('\n');
        }
    }
}

int main(int argc, char **argv)
{
    int status = 0;
    if (argc == 1)
        annotate(stdin);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0) {
            annotate(stdin);
            continue;
        }
        FILE *f = fopen(argv[i], "r");
        if (!f) {
            fprintf(stderr, "xvm-disasm: %s: %s\n", argv[i], strerror(errno));
            status = 2;
            continue;
        }
        annotate(f);
        fclose(f);
    }
    return status;
}
