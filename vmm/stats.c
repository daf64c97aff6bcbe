/* SPDX-License-Identifier: Apache-2.0 */
/* The table printed when every guest has finished. */
#include "vmm.h"

static const char *state_name(const struct guest *g)
{
    switch (g->state) {
    case G_EXITED:  return g->exit_status ? "failed" : "exited";
    case G_STOPPED: return "stopped";
    default:        return "running";
    }
}

static void col(uint32_t v, int width)
{
    hw_putc(' ');
    console_putu(v, width);
}

void stats_print(void)
{
    console_vmm("statistics (virtualization faults by kind, hypercalls by path; fast = CSR\n");
    console_vmm("faults served by the assembly fast path, not included in csr-rd/csr-wr)\n");
    console_vmm("guest status  exit csr-rd csr-wr  fast  sret sfence   wfi  vmsw  hc-gate hc-ecall "
                "shadow-pf flush flush-va root-miss reflect inject  switch attack      cycles\n");
    for (uint32_t i = 0; i < vmm.nguests; i++) {
        const struct guest *g = &vmm.guests[i];
        const struct guest_stats *s = &g->stats;
        const char *st = state_name(g);
        console_puts("[vmm] ");
        console_putu(g->id, 5);
        hw_putc(' ');
        int n = 0;
        while (st[n])
            hw_putc(st[n++]);
        while (n++ < 7)
            hw_putc(' ');
        col((uint32_t)g->exit_status, 4);
        col(s->vfault[VF_CSR_READ], 6);
        col(s->vfault[VF_CSR_WRITE], 6);
        col(g->vcpu.fast_csr, 5);
        col(s->vfault[VF_SRET] + g->vcpu.fast_sret, 5);
        col(s->vfault[VF_SFENCE], 6);
        col(s->vfault[VF_WFI], 5);
        col(s->vfault[VF_VMSW], 5);
        col(s->hcall_gate + g->vcpu.gate_null, 8);
        col(s->hcall_ecall + g->vcpu.ecall_null, 8);
        col(s->shadow_faults, 9);
        col(s->flush_all, 5);
        col(s->flush_va, 8);
        col(s->root_miss, 9);
        col(s->reflected + g->vcpu.fast_reflect, 7);
        col(s->injected, 6);
        col(s->world_switches, 7);
        col(s->attacks, 6);
        col((uint32_t)s->cycles, 11);
        hw_putc('\n');
    }
}
