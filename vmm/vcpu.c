/* SPDX-License-Identifier: Apache-2.0 */
/* Per-vCPU virtual S-level CSRs, with the WARL rules of
 * docs/architecture.md, and the trap-entry / sret state changes the guest
 * would see on real hardware. */
#include "vmm.h"

#define SATP_MASK (XVM_SATP_MODE_SV32 | XVM_SATP_PPN_MASK)
#define TVEC_MODE_MASK 3u
#define TVEC_MODE_VECTORED 1u

void vcpu_reset(struct vcpu *v, uint32_t entry, uint32_t hartid)
{
    struct guest *g = v->guest;
    *v = (struct vcpu){0};
    v->guest = g;
    v->pc = entry;
    v->priv = XVM_PRIV_S;
    v->regs[REG_A0] = hartid;
    v->csr.vmctl = XVM_VMCTL_RESET;
    v->csr.stimecmp = UINT64_MAX;
    /* U may read the counters, as SBI firmware leaves a native kernel
     * (Linux never sets scounteren; its vDSO reads time). */
    v->csr.scounteren = XVM_COUNTEREN_MASK;
}

uint32_t vcpu_sip(const struct vcpu *v, uint64_t now)
{
    uint32_t sip = v->csr.sip & XVM_MIP_SSIP;
    if (now >= v->csr.stimecmp)
        sip |= XVM_MIP_STIP;
    return sip;
}

int vcsr_read(struct vcpu *v, uint32_t csr, uint32_t *val, uint64_t now)
{
    const struct vcsr *c = &v->csr;
    switch (csr) {
    case XVM_CSR_SSTATUS:    *val = c->sstatus; break;
    case XVM_CSR_SIE:        *val = c->sie; break;
    case XVM_CSR_STVEC:      *val = c->stvec; break;
    case XVM_CSR_SCOUNTEREN: *val = c->scounteren; break;
    case XVM_CSR_SENVCFG:    *val = c->senvcfg; break;
    case XVM_CSR_SIP:        *val = vcpu_sip(v, now); break;
    case XVM_CSR_STIMECMP:   *val = (uint32_t)c->stimecmp; break;
    case XVM_CSR_STIMECMPH:  *val = (uint32_t)(c->stimecmp >> 32); break;
    case XVM_CSR_SATP:       *val = c->satp; break;
    case XVM_CSR_VMCTL:      *val = c->vmctl; break;
    default:                 return -1;
    }
    return 0;
}

int vcsr_write(struct vcpu *v, uint32_t csr, uint32_t val, unsigned *effects)
{
    struct vcsr *c = &v->csr;
    *effects = 0;
    switch (csr) {
    case XVM_CSR_SSTATUS:
        c->sstatus = val & XVM_SSTATUS_MASK;
        break;
    case XVM_CSR_SIE:
        c->sie = val & XVM_MIDELEG_MASK;
        break;
    case XVM_CSR_STVEC: {
        uint32_t mode = val & TVEC_MODE_MASK;
        if (mode > TVEC_MODE_VECTORED)
            mode = c->stvec & TVEC_MODE_MASK;
        c->stvec = (val & ~TVEC_MODE_MASK) | mode;
        break;
    }
    case XVM_CSR_SCOUNTEREN: c->scounteren = val & XVM_COUNTEREN_MASK; break;
    case XVM_CSR_SENVCFG:    c->senvcfg = val & XVM_MENVCFG_FIOM; break;
    case XVM_CSR_SIP:
        c->sip = (c->sip & ~XVM_MIP_SSIP) | (val & XVM_MIP_SSIP);
        break;
    case XVM_CSR_STIMECMP:
        c->stimecmp = (c->stimecmp & 0xFFFFFFFF00000000ull) | val;
        break;
    case XVM_CSR_STIMECMPH:
        c->stimecmp = (c->stimecmp & 0xFFFFFFFFull) | ((uint64_t)val << 32);
        break;
    case XVM_CSR_SATP:
        c->satp = val & SATP_MASK;
        *effects |= VCSR_SATP;
        break;
    case XVM_CSR_VMCTL:
        c->vmctl = val & XVM_VMCTL_MASK;
        break;
    default:
        return -1;
    }
    return 0;
}

void vcpu_trap(struct vcpu *v, uint32_t cause, uint32_t tval)
{
    struct vcsr *c = &v->csr;
    uint32_t s = c->sstatus & ~(XVM_MSTATUS_SIE | XVM_MSTATUS_SPIE | XVM_MSTATUS_SPP);
    if (c->sstatus & XVM_MSTATUS_SIE)
        s |= XVM_MSTATUS_SPIE;
    if (v->priv == XVM_PRIV_S)
        s |= XVM_MSTATUS_SPP;
    c->sstatus = s;
    c->scause = cause;
    c->stval = tval;
    c->sepc = v->pc;
    v->priv = XVM_PRIV_S;
    uint32_t base = c->stvec & ~TVEC_MODE_MASK;
    if ((cause & XVM_CAUSE_INTERRUPT) && (c->stvec & TVEC_MODE_MASK) == TVEC_MODE_VECTORED)
        base += 4 * (cause & ~XVM_CAUSE_INTERRUPT);
    v->pc = base;
}

void vcpu_sret(struct vcpu *v)
{
    struct vcsr *c = &v->csr;
    uint32_t s = c->sstatus;
    v->priv = (s & XVM_MSTATUS_SPP) ? XVM_PRIV_S : XVM_PRIV_U;
    s &= ~(XVM_MSTATUS_SIE | XVM_MSTATUS_SPP);
    if (c->sstatus & XVM_MSTATUS_SPIE)
        s |= XVM_MSTATUS_SIE;
    s |= XVM_MSTATUS_SPIE;
    c->sstatus = s;
    v->pc = c->sepc;
}

int vcpu_pending_irq(const struct vcpu *v, uint64_t now)
{
    uint32_t pend = vcpu_sip(v, now) & v->csr.sie;
    if (!pend)
        return -1;
    if (v->priv == XVM_PRIV_S && !(v->csr.sstatus & XVM_MSTATUS_SIE))
        return -1;
    static const int order[] = {XVM_IRQ_SEI, XVM_IRQ_SSI, XVM_IRQ_STI};
    for (unsigned i = 0; i < sizeof order / sizeof order[0]; i++)
        if (pend & (1u << order[i]))
            return order[i];
    return -1;
}
