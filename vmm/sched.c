/* SPDX-License-Identifier: Apache-2.0 */
/* Round-robin time slicing of the guests on the S timer, wfi blocking,
 * guest exit and stop, and the end of the run. */
#include "vmm.h"

#define VMM_EXIT_OK      0
#define VMM_EXIT_FAILURE 1

/* Normal guests must exit with status 0; a configuration may instead
 * require a guest to fail or to be stopped (crashing and adversarial
 * guests), and then that is its success. */
static int as_expected(const struct guest *g)
{
    switch (g->expect) {
    case EXPECT_STOP: return g->state == G_STOPPED;
    case EXPECT_FAIL: return g->state == G_EXITED && g->exit_status != 0;
    default:          return g->state == G_EXITED && g->exit_status == 0;
    }
}

static __attribute__((noreturn)) void finish(void)
{
    int failed = 0;
    vmm.guests[vmm.current].vcpu.gate_null += hw_take_gate_null();
    stats_print();
    for (uint32_t i = 0; i < vmm.nguests; i++)
        if (!as_expected(&vmm.guests[i]))
            failed = 1;
    console_vmm(failed ? "some guests did not end as required\n"
                       : "every guest ended as required\n");
    hw_exit(failed ? VMM_EXIT_FAILURE : VMM_EXIT_OK);
}

/* The guest about to run is alive; alone, it needs no time slice (and
 * no timer interrupts for one). */
static uint64_t slice_end(const struct guest *g, uint64_t now)
{
    return vmm.alive > 1 ? now + (uint64_t)VMM_SLICE * g->weight : UINT64_MAX;
}

static struct vcpu *switch_to(struct guest *g, uint64_t now)
{
    struct guest *prev = &vmm.guests[vmm.current];
    if (prev != g) {
        prev->vcpu.gate_null += hw_take_gate_null();
        prev->stats.world_switches++;
        hw_set_satp(shadow_satp(g));
        vmm.current = g->id;
    }
    vmm.slice_end = slice_end(g, now);
    g->slice_exits = 0;
    return &g->vcpu;
}

/* The next runnable guest after the current one (the current one last);
 * waits with wfi while every live guest is blocked. */
static struct vcpu *pick_next(void)
{
    for (;;) {
        uint64_t now = vmm.now;
        uint64_t earliest = UINT64_MAX;
        uint32_t i = vmm.current;
        for (uint32_t k = 0; k < vmm.nguests; k++) {
            if (++i == vmm.nguests)
                i = 0;
            struct guest *g = &vmm.guests[i];
            if (g->state == G_BLOCKED && now >= g->wake_time)
                g->state = G_RUNNABLE;
            if (g->state == G_RUNNABLE)
                return switch_to(g, now);
            if (g->state == G_BLOCKED && g->wake_time < earliest)
                earliest = g->wake_time;
        }
        if (earliest == UINT64_MAX)
            finish();
        hw_set_timer(earliest);
        vmm_timer_rearm();
        hw_wait();
        vmm.now = hw_time();
        console_poll_input();
    }
}

struct vcpu *sched_yield(struct vcpu *v)
{
    (void)v;
    return pick_next();
}

struct vcpu *sched_block(struct vcpu *v, uint64_t until)
{
    v->guest->state = G_BLOCKED;
    v->guest->wake_time = until;
    return pick_next();
}

struct vcpu *sched_timer(struct vcpu *v)
{
    uint64_t now = vmm.now;
    console_poll_input();
    if (now < vmm.slice_end)
        return v;
    /* A whole slice in S-mode with interrupts masked and no other exit
     * to the monitor: a guest that spins where a kernel would not. */
    struct guest *g = v->guest;
    if (v->priv == XVM_PRIV_S && !(v->csr.sstatus & XVM_MSTATUS_SIE) && g->slice_exits <= 1) {
        if (++g->masked_slices == VMM_MASKED_SLICES)
            vmm_report_once(v, REPORT_MASKED_SPIN, "spinning with interrupts masked, pc");
    } else {
        g->masked_slices = 0;
    }
    return pick_next();
}

struct vcpu *guest_exit(struct vcpu *v, int32_t status)
{
    struct guest *g = v->guest;
    g->state = G_EXITED;
    g->exit_status = status;
    vmm.alive--;
    if (g->line_len)
        console_guest_putc(g, '\n');
    console_vmm_prefix(g);
    console_puts("exited with status ");
    console_putu((uint32_t)status, 0);
    console_puts("\n");
    return pick_next();
}

struct vcpu *guest_stop(struct vcpu *v, const char *reason)
{
    struct guest *g = v->guest;
    g->state = G_STOPPED;
    g->stop_reason = reason;
    vmm.alive--;
    if (g->line_len)
        console_guest_putc(g, '\n');
    console_vmm_prefix(g);
    console_puts("stopped (");
    console_puts(reason);
    console_puts(") at pc ");
    console_puthex(v->pc);
    console_puts("\n");
    return pick_next();
}

void sched_start(void)
{
    vmm.current = 0;
    hw_set_satp(shadow_satp(&vmm.guests[0]));
    vmm.now = hw_time();
    vmm.slice_end = slice_end(&vmm.guests[0], vmm.now);
    vmm_enter(vmm_resume(&vmm.guests[0].vcpu));
}
