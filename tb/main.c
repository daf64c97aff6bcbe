/* SPDX-License-Identifier: Apache-2.0 */
/* build/xvm-sim: the C testbench of the RTL (docs/platform.md).
 * Parses the command line, loads the ELF into the model's RAM, runs the
 * clock and turns the model's events into the simulator contract: UART on
 * stdout, finisher and tohost exit codes, --max-cycles, commit log,
 * signature and statistics. --gdb hands the run to the debugger (tb/tb_gdb.c)
 * one retire-port entry at a time, through the same slice function. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cosim.h"
#include "tb_commit_log.h"
#include "tb_gdb.h"
#include "tb_uart.h"
#include "xvm_defs.h"
#include "xvm_elf.h"
#include "xvm_signal.h"
#include "xvm_model.h"
#include "xvm_options.h"
#include "xvm_run.h"
#include "xvm_tb.h"

#define PROG "xvm-sim"

/* Cycles per call into the model: long enough that the C side costs
 * nothing, short enough to poll stdin and flush stdout promptly. When
 * received bytes are queued, short slices let the program read them at
 * its own pace. */
#define SLICE_CYCLES     (1u << 18)
#define SLICE_CYCLES_RX  256u

/* Under the debugger, a hart that retires nothing for a slice (wfi) hands
 * control back so that a Ctrl-C from gdb is seen within a slice. */
#define GDB_IDLE_CYCLES  SLICE_CYCLES

#define MAX_HOOKS 4

struct tb {
    struct xvm_options opt;
    struct xvm_elf_info elf;
    struct xvm_model *model;
    struct xvm_retire_hook hooks[MAX_HOOKS];
    unsigned nhooks;
    struct tb_gdb *gdb;
    FILE *sig;                  /* --signature, created before the run */
    int finished;               /* finisher status while draining, else -1 */
    uint64_t drain_end;
    struct xvm_run_clock clock;
};

/* While the debugger is in charge, the server waits in accept() and recv(),
 * which go on waiting after a caught signal: a signal then ends the
 * simulator at once, with only the terminal's mode given back. */
static void on_signal_gdb(int sig)
{
    tb_uart_restore_tty();
    raise(sig);
}

static void catch_signals_gdb(void)
{
    struct sigaction sa = { .sa_handler = on_signal_gdb, .sa_flags = SA_RESETHAND };

    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

static int usage_error(const char *msg)
{
    fprintf(stderr, PROG ": %s\n", msg);
    return XVM_EXIT_USAGE;
}

/* Everything before the first clock; returns -1 to run, or an exit status. */
static int setup(struct tb *tb, int argc, char **argv)
{
    char err[256];
    int r = xvm_options_parse(argc, argv, XVM_OPT_TRACE | XVM_OPT_COSIM | XVM_OPT_GDB,
                              &tb->opt, err, sizeof err);

    if (r > 0)
        return 0;
    if (r < 0)
        return usage_error(err);
    /* The debugger's memory writes reach the RTL and the debugger's own
     * reference model, not --cosim's, which would then report them. */
    if (tb->opt.gdb_port && tb->opt.cosim)
        return usage_error("--gdb cannot be combined with --cosim");
    tb->model = xvm_model_create();
    if (!tb->model)
        return usage_error("cannot map the RTL model's RAM");
    if (tb->opt.ram_size > xvm_model_ram_max(tb->model)) {
        snprintf(err, sizeof err, "--ram-size: %u bytes exceeds the RTL's maximum of %u",
                 (unsigned)tb->opt.ram_size, (unsigned)xvm_model_ram_max(tb->model));
        return usage_error(err);
    }
    xvm_model_set_ram_size(tb->model, tb->opt.ram_size);
    if (xvm_elf_load(tb->opt.elf, XVM_RAM_BASE, tb->opt.ram_size, xvm_model_ram(tb->model),
                     &tb->elf, err, sizeof err) != 0)
        return usage_error(err);
    xvm_elf_warn(PROG, tb->opt.elf, &tb->elf, XVM_RAM_BASE, tb->opt.ram_size);
    if (tb->opt.trace) {
        errno = 0;
        if (xvm_model_trace_open(tb->model, tb->opt.trace, tb->opt.trace_start,
                                 tb->opt.trace_stop) != 0) {
            snprintf(err, sizeof err, "%s: %s", tb->opt.trace,
                     errno ? strerror(errno) : "cannot create");
            return usage_error(err);
        }
    }
    if (tb->opt.commit_log) {
        if (tb_commit_log_open(tb->opt.commit_log, &tb->hooks[tb->nhooks], err, sizeof err) != 0)
            return usage_error(err);
        tb->nhooks++;
    }
    /* --cosim (tb/cosim.c): after the commit log, so that the log also
     * holds the entry that differed. */
    if (tb->opt.cosim) {
        if (tb_cosim_open(tb->opt.elf, tb->opt.ram_size, tb->model, &tb->hooks[tb->nhooks],
                          err, sizeof err) != 0)
            return usage_error(err);
        tb->nhooks++;
    }
    if (tb->opt.gdb_port) {
        tb->gdb = tb_gdb_open(tb->opt.elf, tb->opt.ram_size, tb->model, err, sizeof err);
        if (!tb->gdb)
            return usage_error(err);
    }
    if (tb->opt.signature) {
        tb->sig = xvm_elf_signature_open(tb->opt.signature, tb->opt.elf, &tb->elf, XVM_RAM_BASE,
                                         tb->opt.ram_size, err, sizeof err);
        if (!tb->sig)
            return usage_error(err);
    }
    if (tb->elf.has_tohost)
        xvm_model_watch_store(tb->model, tb->elf.tohost);
    return -1;
}

static void start(struct tb *tb)
{
    tb_uart_init();
    xvm_model_reset(tb->model);
    tb->finished = -1;
    xvm_run_clock_start(&tb->clock);
}

/* One call into the model and what follows from its events. Returns the
 * exit status when the run ends, else -1; *entry tells whether c holds a
 * retire-port entry (always reported when events has XVM_EV_RETIRE). */
static int run_slice(struct tb *tb, unsigned events, struct xvm_commit *c, int *entry)
{
    const uint64_t max = tb->opt.max_cycles;
    uint64_t budget = tb_uart_feed(tb->model) ? SLICE_CYCLES_RX : SLICE_CYCLES;
    uint64_t done = xvm_model_cycles(tb->model);
    int retired;
    unsigned ev;
    unsigned i;
    int r = -1;

    *entry = 0;
    if (xvm_stop_signal) {
        fprintf(stderr, PROG ": stopped by signal %d at cycle %llu\n", (int)xvm_stop_signal,
                (unsigned long long)done);
        return 128 + xvm_stop_signal;
    }
    if (tb->finished >= 0) {
        if (done >= tb->drain_end)
            return tb->finished;
        budget = tb->drain_end - done;
    } else if (max) {
        if (done >= max) {
            fprintf(stderr, PROG ": --max-cycles %llu reached\n", (unsigned long long)max);
            return XVM_EXIT_TIMEOUT;
        }
        if (max - done < budget)
            budget = max - done;
    }
    ev = xvm_model_run(tb->model, budget, events | (tb->finished >= 0 ? XVM_EV_RETIRE : 0));
    retired = xvm_model_retire(tb->model, c);
    *entry = retired && (ev & XVM_EV_RETIRE);
    for (i = 0; (ev & XVM_EV_RETIRE) && i < tb->nhooks && r < 0; i++)
        r = tb->hooks[i].retire(tb->hooks[i].ctx, c);
    if (ev & XVM_EV_UART_TX)
        tb_uart_put(xvm_model_uart_tx(tb->model));
    if (r < 0 && tb->finished < 0 && (ev & XVM_EV_FINISH)) {
        tb->finished = xvm_finisher_status(xvm_model_finish_data(tb->model));
        tb->drain_end = xvm_model_cycles(tb->model) + XVM_FINISH_DRAIN_CYCLES;
    }
    if (r < 0 && tb->finished >= 0 && retired && xvm_is_finisher_store(c))
        r = tb->finished;
    if (r < 0 && tb->finished < 0 && (ev & XVM_EV_STORE))
        r = xvm_tohost_status(c->mem_data);
    if (ev & XVM_EV_LIMIT)
        tb_uart_flush();
    return r;
}

/* Runs until the program ends; returns the exit status. */
static int run(struct tb *tb)
{
    const unsigned events = XVM_EV_STORE | (tb->nhooks ? XVM_EV_RETIRE : 0);
    struct xvm_commit c;
    int entry;
    int r;

    xvm_catch_stop_signals();
    do
        r = run_slice(tb, events, &c, &entry);
    while (r < 0);
    return r;
}

/* The debugger's step: the RTL's next retire-port entry. UART output is
 * flushed at once, since the debugger may stop right after it. */
static int next_entry(void *ctx, struct xvm_commit *c)
{
    struct tb *tb = ctx;
    uint64_t idle_end = xvm_model_cycles(tb->model) + GDB_IDLE_CYCLES;
    int entry;

    for (;;) {
        int r = run_slice(tb, XVM_EV_STORE | XVM_EV_RETIRE, c, &entry);
        tb_uart_flush();
        if (r >= 0)
            return r;
        if (entry)
            return TB_GDB_ENTRY;
        if (xvm_model_cycles(tb->model) >= idle_end)
            return TB_GDB_IDLE;
    }
}

/* After a detach the program runs on as without --gdb. */
static int run_gdb(struct tb *tb)
{
    int r;

    catch_signals_gdb();
    r = tb_gdb_serve(tb->gdb, tb->opt.gdb_port, next_entry, tb);

    tb_uart_flush();
    return r >= 0 ? r : run(tb);
}

/* Output files are written whatever ended the run, so that a failing or
 * timed-out test can still be inspected. One that could not be written
 * fails an otherwise passing run, as in xvm-iss and xvm-sim-sc. */
static int finish(struct tb *tb, int status)
{
    char err[256];
    unsigned i;

    for (i = 0; i < tb->nhooks; i++)
        if (tb->hooks[i].close && tb->hooks[i].close(tb->hooks[i].ctx) != 0 && status == 0)
            status = 1;
    if (tb->sig &&
        xvm_elf_signature_write(tb->sig, tb->opt.signature, &tb->elf, XVM_RAM_BASE,
                                xvm_model_ram(tb->model), err, sizeof err) != 0) {
        fprintf(stderr, PROG ": %s\n", err);
        if (status == 0)
            status = 1;
    }
    if (tb->opt.trace && xvm_model_cycles(tb->model) <= tb->opt.trace_start)
        fprintf(stderr, PROG ": %s: warning: the run ended at cycle %llu, before --trace-start %llu:"
                " the waveform is empty\n", tb->opt.trace,
                (unsigned long long)xvm_model_cycles(tb->model),
                (unsigned long long)tb->opt.trace_start);
    tb_uart_close();
    if (tb->opt.stats)
        xvm_stats_print_since(stderr, &tb->clock, xvm_model_cycles(tb->model),
                              xvm_model_instret(tb->model));
    tb_gdb_close(tb->gdb);
    xvm_model_destroy(tb->model);
    return status;
}

int main(int argc, char **argv)
{
    static struct tb tb;
    int status = setup(&tb, argc, argv);

    if (status >= 0) {
        if (tb.sig)
            fclose(tb.sig);
        tb_gdb_close(tb.gdb);
        xvm_model_destroy(tb.model);
        return status;
    }
    start(&tb);
    return finish(&tb, tb.gdb ? run_gdb(&tb) : run(&tb));
}
