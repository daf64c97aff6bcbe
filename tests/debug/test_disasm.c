/* SPDX-License-Identifier: Apache-2.0 */
/* Checks the disassembler against tables of expected text (one PASS/FAIL
 * line per table on stdout; mismatches on stderr), plus the snprintf-like
 * contract of xvm_disasm on short buffers.
 * Usage: test_disasm NAME TABLE [NAME TABLE...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disasm/xvm_disasm.h"

static int check_table(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[256], got[128];
    unsigned lineno = 0, rows = 0, bad = 0;

    if (!f) {
        fprintf(stderr, "test_disasm: cannot open %s\n", path);
        return 0;
    }
    while (fgets(line, sizeof line, f)) {
        char *pc_s, *word_s, *text, *end;
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        pc_s = line;
        word_s = strchr(pc_s, '\t');
        text = word_s ? strchr(word_s + 1, '\t') : NULL;
        if (!text) {
            fprintf(stderr, "%s:%u: malformed row\n", path, lineno);
            bad++;
            continue;
        }
        *word_s++ = '\0';
        *text++ = '\0';
        int rel = strcmp(pc_s, "rel") == 0;
        uint32_t pc = rel ? 0 : (uint32_t)strtoul(pc_s, &end, 16);
        uint32_t word = (uint32_t)strtoul(word_s, &end, 16);
        int n = xvm_disasm(word, pc, rel ? XVM_DISASM_RELATIVE : 0, got, sizeof got);
        int illegal = strncmp(text, ".word", 5) == 0;
        rows++;
        if (strcmp(got, text) != 0 || n != (int)strlen(text) ||
            xvm_disasm_is_legal(word) == illegal) {
            if (bad < 20)
                fprintf(stderr, "%s:%u: %08x: expected \"%s\", got \"%s\"\n",
                        path, lineno, (unsigned)word, text, got);
            bad++;
        }
    }
    fclose(f);
    if (rows == 0)
        fprintf(stderr, "%s: no rows\n", path);
    return rows > 0 && bad == 0;
}

/* A short buffer gets a truncated, terminated prefix and the full length. */
static int check_truncation(void)
{
    char small[6], full[64];
    int n = xvm_disasm(0x00c58533u, 0, 0, full, sizeof full);
    int m = xvm_disasm(0x00c58533u, 0, 0, small, sizeof small);
    int z = xvm_disasm(0x00c58533u, 0, 0, NULL, 0);
    return strcmp(full, "add\ta0,a1,a2") == 0 && n == 12 && m == 12 && z == 12 &&
           strcmp(small, "add\ta") == 0;
}

int main(int argc, char **argv)
{
    int ok = 1;
    if (argc < 3 || argc % 2 == 0) {
        fprintf(stderr, "usage: test_disasm NAME TABLE [NAME TABLE...]\n");
        return 2;
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        int pass = check_table(argv[i + 1]);
        printf("%s %s\n", pass ? "PASS" : "FAIL", argv[i]);
        ok &= pass;
    }
    int pass = check_truncation();
    printf("%s debug/disasm-truncation\n", pass ? "PASS" : "FAIL");
    ok &= pass;
    return ok ? 0 : 1;
}
