/* SPDX-License-Identifier: Apache-2.0 */
/* The end of a run as docs/platform.md defines it for every simulator
 * (build/xvm-sim, build/xvm-iss, build/xvm-sim-sc): what a finisher word or
 * a tohost value means, the exit status a program's code becomes, and the
 * --stats lines. Each front end only detects the store; the meaning is
 * here, once. */
#ifndef XVM_RUN_H
#define XVM_RUN_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "xvm_commit.h"

/* The finisher sees a store on the bus before the store retires; a
 * cycle-accurate simulator runs on until it retires, for at most this many
 * cycles, so that its commit log ends with the store as the reference
 * model's does. */
#define XVM_FINISH_DRAIN_CYCLES 64u

/* 1 when the retire-port entry c is the store to the finisher. */
int xvm_is_finisher_store(const struct xvm_commit *c);

/* A program's exit code as the simulator's exit status: codes above 255
 * would be truncated by the OS, possibly to 0 (a pass), so they saturate. */
int xvm_exit_status(uint32_t code);

/* The exit status when a word written to the finisher ends the run, else -1
 * (QEMU's reset value among others is ignored). */
int xvm_finisher_status(uint32_t data);

/* The exit status when a value written to tohost ends the run, else -1:
 * even values are requests of the riscv-tests host interface, which this
 * platform does not serve. */
int xvm_tohost_status(uint32_t value);

/* When a run started, on the wall clock and in process CPU time. */
struct xvm_run_clock {
    struct timespec wall, cpu;
};

void xvm_run_clock_start(struct xvm_run_clock *c);

/* The --stats lines (cycles, instructions, CPI, host and CPU seconds and
 * the speeds) of a run of the given length and host time. */
void xvm_stats_print(FILE *f, uint64_t cycles, uint64_t insns, double wall_secs,
                     double cpu_secs);

/* The same, the host time being the time since c started. */
void xvm_stats_print_since(FILE *f, const struct xvm_run_clock *c, uint64_t cycles,
                           uint64_t insns);

#endif
