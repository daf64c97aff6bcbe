/* SPDX-License-Identifier: Apache-2.0 */
/* Command-line parsing shared by xvm-sim and xvm-iss. */
#include "xvm_options.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "xvm_defs.h"

/* RAM starts at 0x8000_0000 and the address space ends at 4 GiB. */
#define RAM_SIZE_LIMIT 0x80000000ull

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* Decimal or 0x hex, optionally followed by K or M (binary multiples) when
 * suffixes are allowed. Rejects empty strings, signs, junk and overflow. */
static int parse_number(const char *s, int suffixes, uint64_t *out)
{
    uint64_t v = 0;
    unsigned base = 10;
    int digits = 0;

    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    for (; *s; s++) {
        unsigned d;

        if (*s >= '0' && *s <= '9')
            d = (unsigned)(*s - '0');
        else if (base == 16 && *s >= 'a' && *s <= 'f')
            d = (unsigned)(*s - 'a' + 10);
        else if (base == 16 && *s >= 'A' && *s <= 'F')
            d = (unsigned)(*s - 'A' + 10);
        else
            break;
        if (v > (UINT64_MAX - d) / base)
            return -1;
        v = v * base + d;
        digits++;
    }
    if (digits == 0)
        return -1;
    if (*s && suffixes && s[1] == '\0') {
        unsigned shift;

        if (*s == 'K' || *s == 'k')
            shift = 10;
        else if (*s == 'M' || *s == 'm')
            shift = 20;
        else
            return -1;
        if (v > (UINT64_MAX >> shift))
            return -1;
        v <<= shift;
        s++;
    }
    if (*s)
        return -1;
    *out = v;
    return 0;
}

enum opt_id {
    OPT_MAX_CYCLES, OPT_TRACE, OPT_TRACE_START, OPT_TRACE_STOP, OPT_COMMIT_LOG,
    OPT_SIGNATURE, OPT_RAM_SIZE, OPT_STATS, OPT_COSIM, OPT_GDB, OPT_HELP
};

struct opt_desc {
    const char *name;
    enum opt_id id;
    int has_arg;
    unsigned feature;   /* 0: every front end */
    const char *arg;
    const char *help;
};

static const struct opt_desc opts[] = {
    { "--max-cycles", OPT_MAX_CYCLES, 1, 0, "N",
      "stop with exit status 124 after N cycles" },
    { "--trace", OPT_TRACE, 1, XVM_OPT_TRACE, "FILE.fst", "write a waveform" },
    { "--trace-start", OPT_TRACE_START, 1, XVM_OPT_TRACE, "N",
      "first cycle of the waveform (default 0)" },
    { "--trace-stop", OPT_TRACE_STOP, 1, XVM_OPT_TRACE, "N",
      "last cycle of the waveform (default: the end)" },
    { "--commit-log", OPT_COMMIT_LOG, 1, 0, "FILE",
      "one line per retired instruction or trap" },
    { "--signature", OPT_SIGNATURE, 1, 0, "FILE",
      "dump begin_signature..end_signature, one hex word per line" },
    { "--ram-size", OPT_RAM_SIZE, 1, 0, "BYTES",
      "RAM size (decimal, 0x hex, K/M suffix; default 16M)" },
    { "--stats", OPT_STATS, 0, 0, NULL,
      "cycles, instructions, CPI and speed on stderr at exit" },
    { "--cosim", OPT_COSIM, 0, XVM_OPT_COSIM, NULL,
      "run the reference model in lockstep; exit 3 at the first difference" },
    { "--gdb", OPT_GDB, 1, XVM_OPT_GDB, "PORT",
      "wait for GDB's remote protocol on localhost:PORT" },
    { "--help", OPT_HELP, 0, 0, NULL, "print this help and exit" },
};

#define NOPTS (sizeof opts / sizeof opts[0])

void xvm_options_usage(const char *prog, unsigned features, void *stream)
{
    FILE *f = stream;
    size_t i;

    fprintf(f, "usage: %s [options] PROGRAM.elf\n", prog);
    for (i = 0; i < NOPTS; i++) {
        char left[40];

        if (opts[i].feature && !(features & opts[i].feature))
            continue;
        snprintf(left, sizeof left, "%s%s%s", opts[i].name, opts[i].arg ? " " : "",
                 opts[i].arg ? opts[i].arg : "");
        fprintf(f, "  %-24s%s\n", left, opts[i].help);
    }
}

static const struct opt_desc *find_opt(const char *name, size_t namelen)
{
    size_t i;

    for (i = 0; i < NOPTS; i++)
        if (strlen(opts[i].name) == namelen && memcmp(opts[i].name, name, namelen) == 0)
            return &opts[i];
    return NULL;
}

static int apply(const struct opt_desc *d, const char *val, struct xvm_options *o,
                 char *err, size_t errlen)
{
    uint64_t n = 0;

    switch (d->id) {
    case OPT_MAX_CYCLES:
    case OPT_TRACE_START:
    case OPT_TRACE_STOP:
    case OPT_RAM_SIZE:
    case OPT_GDB:
        if (parse_number(val, d->id == OPT_RAM_SIZE, &n) != 0)
            return fail(err, errlen, "%s: bad number '%s'", d->name, val);
        break;
    default:
        break;
    }
    switch (d->id) {
    case OPT_MAX_CYCLES:
        if (n == 0)
            return fail(err, errlen, "%s: must be at least 1", d->name);
        o->max_cycles = n;
        break;
    case OPT_TRACE:
        o->trace = val;
        break;
    case OPT_TRACE_START:
        o->trace_start = n;
        break;
    case OPT_TRACE_STOP:
        o->trace_stop = n;
        break;
    case OPT_COMMIT_LOG:
        if (strcmp(val, "-") == 0)
            return fail(err, errlen, "%s: stdout is reserved for the UART", d->name);
        o->commit_log = val;
        break;
    case OPT_SIGNATURE:
        o->signature = val;
        break;
    case OPT_RAM_SIZE:
        if (n == 0 || n % 4 != 0 || n > RAM_SIZE_LIMIT)
            return fail(err, errlen,
                        "%s: '%s' must be a non-zero multiple of 4 up to 2G", d->name, val);
        o->ram_size = (uint32_t)n;
        break;
    case OPT_STATS:
        o->stats = 1;
        break;
    case OPT_COSIM:
        o->cosim = 1;
        break;
    case OPT_GDB:
        if (n == 0 || n > 65535)
            return fail(err, errlen, "%s: port '%s' is not in 1..65535", d->name, val);
        o->gdb_port = (int)n;
        break;
    case OPT_HELP:
        break;
    }
    return 0;
}

int xvm_options_parse(int argc, char **argv, unsigned features,
                      struct xvm_options *o, char *err, size_t errlen)
{
    int only_files = 0;
    int i;

    memset(o, 0, sizeof *o);
    o->trace_stop = UINT64_MAX;
    o->ram_size = XVM_RAM_SIZE_DEFAULT;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const struct opt_desc *d;
        const char *eq;
        const char *val = NULL;

        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            if (o->elf)
                return fail(err, errlen, "unexpected argument '%s' (one PROGRAM.elf only)", a);
            o->elf = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        }
        if (strcmp(a, "-h") == 0)
            a = "--help";
        eq = strchr(a, '=');
        d = find_opt(a, eq ? (size_t)(eq - a) : strlen(a));
        if (!d || (d->feature && !(features & d->feature)))
            return fail(err, errlen, "unknown option '%s' (try --help)", a);
        if (d->has_arg) {
            if (eq)
                val = eq + 1;
            else if (i + 1 < argc)
                val = argv[++i];
            else
                return fail(err, errlen, "%s: missing argument %s", d->name, d->arg);
        } else if (eq) {
            return fail(err, errlen, "%s takes no argument", d->name);
        }
        if (d->id == OPT_HELP) {
            xvm_options_usage(argv[0], features, stdout);
            return 1;
        }
        if (apply(d, val, o, err, errlen) != 0)
            return -1;
    }
    if (!o->elf)
        return fail(err, errlen, "missing PROGRAM.elf (try --help)");
    if (o->trace_stop < o->trace_start)
        return fail(err, errlen, "--trace-stop is before --trace-start");
    if (!o->trace && (o->trace_start != 0 || o->trace_stop != UINT64_MAX))
        return fail(err, errlen, "--trace-start/--trace-stop need --trace");
    return 0;
}
