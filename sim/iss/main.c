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
#include <time.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"
#include "xvm_elf.h"
#include "xvm_options.h"
#include "xvm_signal.h"

#define PROG "xvm-iss"

static int usage_error(const char *msg)
{
    fprintf(stderr, PROG ": %s\n", msg);
    return XVM_EXIT_USAGE;
}

/* Exit statuses above 255 would be truncated, possibly to 0 (a pass). */
static int exit_code(int code)
{
    return code > 255 ? 255 : code;
}

static double seconds_since(clockid_t clock, const struct timespec *t0)
{
    struct timespec t;

    clock_gettime(clock, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) * 1e-9;
}

struct run_start {
    struct timespec wall, cpu;
};

/* The same lines as build/xvm-sim; on a loaded machine the wall clock
 * understates the simulator's own speed, CPU time does not. */
static void print_stats(const struct iss *s, const struct run_start *start)
{
    uint64_t cycles = iss_cycles(s);
    uint64_t insns = iss_instret(s);
    double secs = seconds_since(CLOCK_MONOTONIC, &start->wall);
    double cpu = seconds_since(CLOCK_PROCESS_CPUTIME_ID, &start->cpu);

    fprintf(stderr, "cycles: %llu\n", (unsigned long long)cycles);
    fprintf(stderr, "instructions: %llu\n", (unsigned long long)insns);
    fprintf(stderr, "cpi: %.3f\n", insns ? (double)cycles / (double)insns : 0.0);
    fprintf(stderr, "host-seconds: %.3f\n", secs);
    fprintf(stderr, "cycles-per-second: %.0f\n", secs > 0 ? (double)cycles / secs : 0.0);
    fprintf(stderr, "cpu-seconds: %.3f\n", cpu);
    fprintf(stderr, "cycles-per-cpu-second: %.0f\n", cpu > 0 ? (double)cycles / cpu : 0.0);
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
            return exit_code(code);
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
        return exit_code(code);
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
    struct run_start start;
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
    clock_gettime(CLOCK_MONOTONIC, &start.wall);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start.cpu);
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
        print_stats(s, &start);
    iss_destroy(s);
    return status;
}
