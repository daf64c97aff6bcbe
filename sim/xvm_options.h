/* SPDX-License-Identifier: Apache-2.0 */
/* The simulators' command line (docs/platform.md), shared by
 * build/xvm-sim and build/xvm-iss so that both accept exactly the same
 * options and report bad usage the same way (one line, exit status 2). */
#ifndef XVM_OPTIONS_H
#define XVM_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

/* Exit statuses of the simulators besides the program's own code. */
#define XVM_EXIT_USAGE     2    /* bad usage or unusable ELF */
#define XVM_EXIT_COSIM     3    /* co-simulation mismatch */
#define XVM_EXIT_TIMEOUT   124  /* --max-cycles ran out */

/* Options that only some front ends accept. */
#define XVM_OPT_TRACE  (1u << 0)   /* --trace, --trace-start, --trace-stop */
#define XVM_OPT_COSIM  (1u << 1)   /* --cosim */
#define XVM_OPT_GDB    (1u << 2)   /* --gdb */

struct xvm_options {
    const char *elf;          /* the program */
    uint64_t max_cycles;      /* 0 = unlimited */
    const char *trace;        /* FST file or NULL */
    uint64_t trace_start;     /* first traced cycle */
    uint64_t trace_stop;      /* last traced cycle, UINT64_MAX = end */
    const char *commit_log;   /* file or NULL ("-" = stdout is not allowed) */
    const char *signature;    /* file or NULL */
    uint32_t ram_size;        /* bytes, default XVM_RAM_SIZE_DEFAULT */
    int stats;
    int cosim;
    int gdb_port;             /* 0 = none */
};

/* Parses argv. Returns 0 when the simulation should run, 1 when --help was
 * printed on stdout (exit 0), -1 on bad usage with a one-line message in err
 * (no trailing newline; print it as "<program>: <message>" and exit
 * XVM_EXIT_USAGE). Numbers are decimal or 0x hex; --ram-size also takes a
 * K or M suffix and must be a non-zero multiple of 4 up to 2 GiB (each front
 * end checks its own maximum). Options outside features are unknown.
 * "--opt=value" is accepted as well as "--opt value". */
int xvm_options_parse(int argc, char **argv, unsigned features,
                      struct xvm_options *o, char *err, size_t errlen);

/* Prints the usage text for this front end. */
void xvm_options_usage(const char *prog, unsigned features, void *stream);

#endif
