/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_run.h"

#include "xvm_defs.h"

int xvm_exit_status(uint32_t code)
{
    return code > 255 ? 255 : (int)code;
}

int xvm_finisher_status(uint32_t data)
{
    if (data == XVM_FINISHER_PASS)
        return 0;
    if ((data & 0xffffu) == XVM_FINISHER_FAIL)
        return xvm_exit_status(data >> 16);
    return -1;
}

int xvm_is_finisher_store(const struct xvm_commit *c)
{
    return !c->trap && c->mem_we && (c->mem_paddr & ~3u) == XVM_FINISHER_BASE;
}

int xvm_tohost_status(uint32_t value)
{
    if (!(value & 1))
        return -1;
    return xvm_exit_status(value >> 1);
}

void xvm_run_clock_start(struct xvm_run_clock *c)
{
    clock_gettime(CLOCK_MONOTONIC, &c->wall);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c->cpu);
}

static double seconds_since(clockid_t clock, const struct timespec *t0)
{
    struct timespec t;

    clock_gettime(clock, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) * 1e-9;
}

void xvm_stats_print(FILE *f, uint64_t cycles, uint64_t insns, double wall_secs,
                     double cpu_secs)
{
    fprintf(f, "cycles: %llu\n", (unsigned long long)cycles);
    fprintf(f, "instructions: %llu\n", (unsigned long long)insns);
    fprintf(f, "cpi: %.3f\n", insns ? (double)cycles / (double)insns : 0.0);
    fprintf(f, "host-seconds: %.3f\n", wall_secs);
    fprintf(f, "cycles-per-second: %.0f\n", wall_secs > 0 ? (double)cycles / wall_secs : 0.0);
    /* On a loaded machine the wall clock understates the simulator's own
     * speed; CPU time does not. */
    fprintf(f, "cpu-seconds: %.3f\n", cpu_secs);
    fprintf(f, "cycles-per-cpu-second: %.0f\n", cpu_secs > 0 ? (double)cycles / cpu_secs : 0.0);
}

void xvm_stats_print_since(FILE *f, const struct xvm_run_clock *c, uint64_t cycles,
                           uint64_t insns)
{
    double wall = seconds_since(CLOCK_MONOTONIC, &c->wall);
    double cpu = seconds_since(CLOCK_PROCESS_CPUTIME_ID, &c->cpu);

    xvm_stats_print(f, cycles, insns, wall, cpu);
}
