/* SPDX-License-Identifier: Apache-2.0 */
/* build/xvm-iss: the reference model's command-line front end, with the
 * contract of docs/platform.md shared with build/xvm-sim (options, exit codes,
 * UART on stdout, commit log, signature, statistics). --max-cycles counts
 * ISS steps (instructions, traps and wfi waiting), the ISS's cycles.
 * --gdb PORT serves GDB's remote protocol through sim/gdb's ISS adapter. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"
#include "xvm_elf.h"
#include "xvm_options.h"
#include "xvm_run.h"
#include "xvm_signal.h"

#define PROG "xvm-iss"

static int usage_error(const char *msg)
{
    fprintf(stderr, PROG ": %s\n", msg);
    return XVM_EXIT_USAGE;
}

static int write_log(FILE *log, const struct xvm_commit *c)
{
    char line[160];
    int n = xvm_commit_format(line, sizeof line, c);

    return n < 0 || fwrite(line, 1, (size_t)n, log) != (size_t)n ? -1 : 0;
}

/* Runs until the program ends; returns the exit status. */
static int run(struct iss *s, const struct xvm_options *o, FILE *log)
{
    const uint64_t max = o->max_cycles;
    struct xvm_commit c;
    int code;

    for (;;) {
        if (xvm_stop_signal) {
            fflush(stdout);
            fprintf(stderr, PROG ": stopped by signal %d at cycle %llu\n", (int)xvm_stop_signal,
                    (unsigned long long)iss_cycles(s));
            return 128 + xvm_stop_signal;
        }
        if (max && iss_cycles(s) >= max) {
            fflush(stdout);
            fprintf(stderr, PROG ": --max-cycles %llu reached\n", (unsigned long long)max);
            return XVM_EXIT_TIMEOUT;
        }
        if (iss_step(s, &c) != ISS_WAITING && log && write_log(log, &c) != 0) {
            fprintf(stderr, PROG ": %s: %s\n", o->commit_log, strerror(errno));
            return 1;
        }
        if (iss_finished(s, &code)) {
            fflush(stdout);
            return code;
        }
    }
}

struct log {
    FILE *f;
    const char *path;
};

static void log_commit(void *ctx, const struct xvm_commit *c)
{
    const struct log *l = ctx;

    if (write_log(l->f, c) != 0)
        fprintf(stderr, PROG ": %s: %s\n", l->path, strerror(errno));
}

/* --gdb: the debugger drives the program; after a detach it runs on.
 * Signals are caught only from then on: the server waits in accept() and
 * recv(), which retry after a caught signal, so until then a signal keeps
 * its default action and ends the simulator. */
static int run_gdb(struct iss *s, const struct xvm_options *o, FILE *log)
{
    struct xvm_gdb_iss g;
    struct log l = { log, o->commit_log };
    int code = 0;

    xvm_gdb_iss_init(&g, s);
    g.max_cycles = o->max_cycles;
    if (log) {
        g.on_commit = log_commit;
        g.on_commit_ctx = &l;
    }
    switch (xvm_gdb_serve(o->gdb_port, &g.target, &code)) {
    case XVM_GDB_DETACHED:
        xvm_catch_stop_signals();
        return run(s, o, log);
    case XVM_GDB_EXITED:
        fflush(stdout);
        return code;
    case XVM_GDB_KILLED:
        fflush(stdout);
        return 1;
    default:
        return XVM_EXIT_USAGE;
    }
}

int main(int argc, char **argv)
{
    struct xvm_options o;
    struct xvm_elf_info elf;
    struct xvm_run_clock clock;
    struct iss *s;
    FILE *log = NULL;
    FILE *sig = NULL;
    char err[256];
    int status;
    int r = xvm_options_parse(argc, argv, XVM_OPT_GDB, &o, err, sizeof err);

    if (r > 0)
        return 0;
    if (r < 0)
        return usage_error(err);
    s = iss_create(o.ram_size);
    if (!s)
        return usage_error("cannot allocate the RAM (--ram-size)");
    if (iss_load_elf(s, o.elf, &elf, err, sizeof err) != 0) {
        iss_destroy(s);
        return usage_error(err);
    }
    xvm_elf_warn(PROG, o.elf, &elf, XVM_RAM_BASE, o.ram_size);
    if (o.commit_log) {
        log = fopen(o.commit_log, "w");
        if (!log) {
            snprintf(err, sizeof err, "%s: %s", o.commit_log, strerror(errno));
            iss_destroy(s);
            return usage_error(err);
        }
    }
    if (o.signature) {
        sig = xvm_elf_signature_open(o.signature, o.elf, &elf, XVM_RAM_BASE, o.ram_size, err,
                                     sizeof err);
        if (!sig) {
            if (log)
                fclose(log);
            iss_destroy(s);
            return usage_error(err);
        }
    }
    if (!o.gdb_port)
        xvm_catch_stop_signals();
    xvm_run_clock_start(&clock);
    status = o.gdb_port ? run_gdb(s, &o, log) : run(s, &o, log);
    if (log && fclose(log) != 0) {
        fprintf(stderr, PROG ": %s: %s\n", o.commit_log, strerror(errno));
        if (status == 0)
            status = 1;
    }
    if (sig && xvm_elf_signature_write(sig, o.signature, &elf, XVM_RAM_BASE, iss_ram(s), err,
                                       sizeof err) != 0) {
        fprintf(stderr, PROG ": %s\n", err);
        if (status == 0)
            status = 1;
    }
    if (o.stats)
        xvm_stats_print_since(stderr, &clock, iss_cycles(s), iss_instret(s));
    iss_destroy(s);
    return status;
}
