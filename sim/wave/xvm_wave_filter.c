/* SPDX-License-Identifier: Apache-2.0 */
/* GTKWave "Translate Filter Process" for instruction traces: GTKWave writes
 * one value per line (hex, as the trace is displayed) and reads exactly one
 * line back for each, so every input line gets one output line, flushed at
 * once, whatever it holds. Values that are not a 32-bit hex number (x/z
 * states, empty lines) are echoed unchanged.
 * The filter has no pc, so branch and jump targets are relative (".+8"). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "disasm/xvm_disasm.h"

/* Parses an optional 0x prefix and 1..8 significant hex digits (leading
 * zeros of a wider trace are fine). Returns 1 on success. */
static int parse_word(const char *s, uint32_t *w)
{
    uint32_t v = 0;
    unsigned sig = 0, digits = 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    for (; *s; s++, digits++) {
        int c = tolower((unsigned char)*s);
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else
            return 0;
        if (sig || d)
            sig++;
        if (sig > 8)
            return 0;
        v = (v << 4) | d;
    }
    *w = v;
    return digits > 0;
}

int main(int argc, char **argv)
{
    char line[256], text[128];
    (void)argv;
    if (argc != 1) {
        fprintf(stderr, "usage: xvm-wave-filter (reads hex words on stdin, one per line)\n");
        return 2;
    }
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strcspn(line, "\r\n");
        int overlong = line[n] == '\0' && n == sizeof line - 1;
        uint32_t w;
        line[n] = '\0';
        /* An over-long line is one (invalid) value: answer once. */
        if (overlong) {
            int c;
            while ((c = getchar()) != EOF && c != '\n')
                ;
        }
        if (!overlong && parse_word(line, &w)) {
            xvm_disasm(w, 0, XVM_DISASM_RELATIVE, text, sizeof text);
            for (char *p = text; *p; p++)
                if (*p == '\t')
                    *p = ' ';
            puts(text);
        } else
            puts(line);
        fflush(stdout);
    }
    return 0;
}
