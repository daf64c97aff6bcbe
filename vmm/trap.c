/* SPDX-License-Identifier: Apache-2.0 */
/* Trap dispatch: every trap out of a guest lands here with VM=0 (R7).
 * Exceptions go through a table indexed by cause; the result is the vCPU
 * to resume, which vmm_resume() prepares (interrupt injection, timer,
 * the real sstatus bits that mirror the guest's). */
#include "vmm.h"

_Static_assert(XVM_PRIV_S == 1 && XVM_PRIV_U == 0, "entry.S derives priv from SPP");
_Static_assert(XVM_MSTATUS_SPIE_BIT - XVM_MSTATUS_SIE_BIT == 4, "entry.S moves SPIE to SIE");

typedef struct vcpu *(*exc_handler)(struct vcpu *v, uint32_t cause, uint32_t tval);

static uint32_t entered_at;
static uint64_t armed_timer = UINT64_MAX;

/* Exit code when the monitor itself takes a trap (a monitor bug). */
#define VMM_EXIT_PANIC 3

void vmm_report_attack(struct vcpu *v, const char *what, uint32_t addr)
{
    v->guest->stats.attacks++;
    console_vmm_guest(v->guest, what, addr);
}

void vmm_report_begin(struct vcpu *v)
{
    v->guest->stats.attacks++;
    console_vmm_prefix(v->guest);
}

void vmm_report_once(struct vcpu *v, uint32_t kind, const char *what)
{
    struct guest *g = v->guest;
    if (g->reported & kind)
        return;
    g->reported |= kind;
    vmm_report_attack(v, what, v->pc);
}

static struct vcpu *reflect(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    v->guest->stats.reflected++;
    v->same_fault = 0;
    if (++v->storm > VMM_TRAP_STORM)
        return guest_stop(v, "trap loop");
    vcpu_trap(v, cause, tval);
    return v;
}

static struct vcpu *illegal(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    if (++v->guest->illegal == VMM_ILLEGAL_STORM)
        vmm_report_once(v, REPORT_ILLEGAL_STORM, "storm of illegal instructions, pc");
    return reflect(v, cause, tval);
}

static struct vcpu *access_fault(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    if (tval > VMM_VA_LIMIT)
        vmm_report_attack(v, "access to the monitor's half at", tval);
    return reflect(v, cause, tval);
}

static struct vcpu *ecall_s(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    (void)cause;
    (void)tval;
    v->pc += 4;
    return sbi_call(v, HCALL_ECALL);
}

static struct vcpu *virt_fault(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    (void)cause;
    return emulate_virt_fault(v, tval);
}

static const uint32_t access_cause[] = {
    [ACC_FETCH] = XVM_EXC_INSN_ACCESS,
    [ACC_LOAD] = XVM_EXC_LOAD_ACCESS,
    [ACC_STORE] = XVM_EXC_STORE_ACCESS,
};

static void report_outside(struct vcpu *v, enum walk_result r, uint32_t va, const struct walk *w)
{
    vmm_report_begin(v);
    if (r == WALK_BARE_OUTSIDE) {
        console_puts("access outside the partition with paging off at ");
        console_puthex64(w->outside);
    } else if (r == WALK_TABLE_OUTSIDE) {
        console_puts("page table at ");
        console_puthex64(w->outside);
        console_puts(" outside the partition, va ");
        console_puthex(va);
    } else {
        console_puts("PTE maps va ");
        console_puthex(va);
        console_puts(" to ");
        console_puthex64(w->outside);
        console_puts(", outside the partition");
    }
    console_puts("\n");
}

static struct vcpu *page_fault(struct vcpu *v, uint32_t cause, uint32_t va)
{
    struct walk w;
    enum access acc = cause == XVM_EXC_INSN_PAGE_FAULT ? ACC_FETCH
                    : cause == XVM_EXC_LOAD_PAGE_FAULT ? ACC_LOAD : ACC_STORE;
    if (va == v->last_fault_va && v->pc == v->last_fault_pc) {
        if (++v->same_fault > VMM_FAULT_RETRY)
            return guest_stop(v, "shadow fault loop");
    } else {
        v->same_fault = 0;
        v->last_fault_va = va;
        v->last_fault_pc = v->pc;
    }
    enum walk_result r = shadow_fill(v->guest, v, va, acc, &w);
    switch (r) {
    case WALK_OK:
        v->guest->stats.shadow_faults++;
        return v;
    case WALK_PAGE_FAULT:
        return reflect(v, cause, va);
    default:
        report_outside(v, r, va, &w);
        return reflect(v, access_cause[acc], va);
    }
}

static const exc_handler exceptions[XVM_EXC_VIRT_FAULT + 1] = {
    [XVM_EXC_INSN_MISALIGNED] = reflect,
    [XVM_EXC_INSN_ACCESS] = access_fault,
    [XVM_EXC_ILLEGAL_INSN] = illegal,
    [XVM_EXC_BREAKPOINT] = reflect,
    [XVM_EXC_LOAD_MISALIGNED] = reflect,
    [XVM_EXC_LOAD_ACCESS] = access_fault,
    [XVM_EXC_STORE_MISALIGNED] = reflect,
    [XVM_EXC_STORE_ACCESS] = access_fault,
    [XVM_EXC_ECALL_U] = reflect,
    [XVM_EXC_ECALL_S] = ecall_s,
    [XVM_EXC_INSN_PAGE_FAULT] = page_fault,
    [XVM_EXC_LOAD_PAGE_FAULT] = page_fault,
    [XVM_EXC_STORE_PAGE_FAULT] = page_fault,
    [XVM_EXC_VIRT_FAULT] = virt_fault,
};

/* The real S timer fires at the end of the slice or at the guest's own
 * deadline, whichever is first; a virtual timer that is already pending
 * but masked by the guest is left out so that it cannot storm. */
static void arm_timer(const struct vcpu *v, uint64_t now)
{
    uint64_t when = vmm.slice_end;
    if ((v->csr.sie & XVM_MIP_STIP) && v->csr.stimecmp < when && v->csr.stimecmp > now)
        when = v->csr.stimecmp;
    if (when != armed_timer) {
        if ((when >> 32) == (armed_timer >> 32))
            hw_set_timer_low((uint32_t)when);
        else
            hw_set_timer(when);
        armed_timer = when;
    }
}

struct vcpu *vmm_resume(struct vcpu *v)
{
    uint64_t now = vmm.now;
    int irq = vcpu_pending_irq(v, now);
    if (irq >= 0) {
        vcpu_trap(v, XVM_CAUSE_INTERRUPT | (uint32_t)irq, 0);
        v->guest->stats.injected++;
    }
    arm_timer(v, now);
    hw_guest_enter(v->priv, v->csr.sstatus, v->csr.scounteren);
    entered_at = hw_cycles();
    return v;
}

void vmm_timer_rearm(void)
{
    armed_timer = UINT64_MAX - 1;
}

struct vcpu *vmm_trap(struct vcpu *v, uint32_t cause, uint32_t tval, uint32_t epc,
                      uint32_t spp, uint32_t spvm)
{
    if (!spvm) {
        console_vmm("panic: trap in the monitor, cause/epc/tval:");
        console_puthex(cause);
        console_puthex(epc);
        console_puthex(tval);
        console_puts("\n");
        hw_exit(VMM_EXIT_PANIC);
    }
    v->guest->stats.cycles += (uint32_t)(hw_cycles() - entered_at);
    v->guest->slice_exits++;
    vmm.now = hw_time();
    v->pc = epc;
    v->priv = spp ? XVM_PRIV_S : XVM_PRIV_U;
    if (cause & XVM_CAUSE_INTERRUPT) {
        if ((cause & ~XVM_CAUSE_INTERRUPT) == XVM_IRQ_STI)
            return vmm_resume(sched_timer(v));
        return vmm_resume(guest_stop(v, "unexpected interrupt"));
    }
    exc_handler h = cause <= XVM_EXC_VIRT_FAULT ? exceptions[cause] : 0;
    if (!h)
        return vmm_resume(guest_stop(v, "unexpected exception"));
    return vmm_resume(h(v, cause, tval));
}

struct vcpu *vmm_gate_call(struct vcpu *v)
{
    v->guest->stats.cycles += (uint32_t)(hw_cycles() - entered_at);
    v->guest->slice_exits++;
    vmm.now = hw_time();
    v->priv = XVM_PRIV_S;
    hw_gate_return_prepare();
    return vmm_resume(sbi_call(v, HCALL_GATE));
}
