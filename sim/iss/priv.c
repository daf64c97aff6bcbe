/* SPDX-License-Identifier: Apache-2.0 */
/* The privileged architecture: the CSR file with its access rules and WARL
 * behaviour, trap entry and return, and interrupt selection
 * (docs/architecture.md "Traps" and "CSRs"; xvm.md R4-R9). */
#include "iss_internal.h"

#define MSTATUS_WRITABLE                                                      \
    (XVM_MSTATUS_SIE | XVM_MSTATUS_MIE | XVM_MSTATUS_SPIE | XVM_MSTATUS_MPIE | \
     XVM_MSTATUS_SPP | XVM_MSTATUS_MPP | XVM_MSTATUS_MPRV | XVM_MSTATUS_SUM |  \
     XVM_MSTATUS_MXR | XVM_MSTATUS_TVM | XVM_MSTATUS_TW | XVM_MSTATUS_TSR)
#define MPP_SHIFT XVM_MSTATUS_MPP_LO

static int in(unsigned csr, unsigned lo, unsigned hi)
{
    return csr >= lo && csr <= hi;
}

void iss_priv_reset(struct iss *s)
{
    s->priv = XVM_PRIV_M;
    s->vm = 0;
    s->mstatus = 0;
    s->mstatush = 0;
    s->medeleg = s->mideleg = s->mie = s->mip_sw = 0;
    s->mtvec = s->stvec = s->mcounteren = s->scounteren = 0;
    s->menvcfg = s->menvcfgh = s->senvcfg = 0;
    s->mscratch = s->sscratch = s->mepc = s->sepc = 0;
    s->mcause = s->scause = s->mtval = s->stval = 0;
    s->satp = 0;
    s->vmctl = XVM_VMCTL_RESET;
    s->gscratch = s->gepc = s->gcause = s->gtval = 0;
    s->mcycle = s->minstret = 0;
    s->stimecmp = UINT64_MAX;
    s->resv_valid = 0;
}

static int stce(const struct iss *s)
{
    return (s->menvcfgh & XVM_MENVCFGH_STCE) != 0;
}

uint32_t iss_mip(struct iss *s)
{
    uint32_t v = s->mip_sw | s->ext_mip;

    if (stce(s))
        v = (v & ~XVM_MIP_STIP) | (s->mtime >= s->stimecmp ? XVM_MIP_STIP : 0);
    if (s->mtime >= s->mtimecmp)
        v |= XVM_MIP_MTIP;
    if (s->msip & 1)
        v |= XVM_MIP_MSIP;
    return (v & ~s->force_mask) | (s->force_val & s->force_mask);
}

uint32_t iss_nondet(struct iss *s, uint32_t own)
{
    if (s->override_armed) {
        s->override_armed = 0;
        return s->override_value;
    }
    return own;
}

static uint32_t lo32(uint64_t v) { return (uint32_t)v; }
static uint32_t hi32(uint64_t v) { return (uint32_t)(v >> 32); }

/* Reads a CSR without access checks; -1 when it does not exist. */
static int csr_read(struct iss *s, unsigned csr, uint32_t *v)
{
    switch (csr) {
    case XVM_CSR_CYCLE:      case XVM_CSR_MCYCLE:   *v = iss_nondet(s, lo32(s->mcycle)); return 0;
    case XVM_CSR_CYCLEH:     case XVM_CSR_MCYCLEH:  *v = iss_nondet(s, hi32(s->mcycle)); return 0;
    case XVM_CSR_TIME:       *v = iss_nondet(s, lo32(s->mtime)); return 0;
    case XVM_CSR_TIMEH:      *v = iss_nondet(s, hi32(s->mtime)); return 0;
    case XVM_CSR_INSTRET:    case XVM_CSR_MINSTRET:  *v = lo32(s->minstret); return 0;
    case XVM_CSR_INSTRETH:   case XVM_CSR_MINSTRETH: *v = hi32(s->minstret); return 0;
    case XVM_CSR_SSTATUS:    *v = s->mstatus & XVM_SSTATUS_MASK; return 0;
    case XVM_CSR_SIE:        *v = s->mie & s->mideleg; return 0;
    case XVM_CSR_STVEC:      *v = s->stvec; return 0;
    case XVM_CSR_SCOUNTEREN: *v = s->scounteren; return 0;
    case XVM_CSR_SENVCFG:    *v = s->senvcfg; return 0;
    case XVM_CSR_SSCRATCH:   *v = s->sscratch; return 0;
    case XVM_CSR_SEPC:       *v = s->sepc; return 0;
    case XVM_CSR_SCAUSE:     *v = s->scause; return 0;
    case XVM_CSR_STVAL:      *v = s->stval; return 0;
    case XVM_CSR_SIP:        *v = iss_nondet(s, iss_mip(s) & s->mideleg); return 0;
    case XVM_CSR_STIMECMP:   *v = lo32(s->stimecmp); return 0;
    case XVM_CSR_STIMECMPH:  *v = hi32(s->stimecmp); return 0;
    case XVM_CSR_SATP:       *v = s->satp; return 0;
    case XVM_CSR_VMCTL:      *v = s->vmctl; return 0;
    case XVM_CSR_GSCRATCH:   *v = s->gscratch; return 0;
    case XVM_CSR_GEPC:       *v = s->gepc; return 0;
    case XVM_CSR_GCAUSE:     *v = s->gcause; return 0;
    case XVM_CSR_GTVAL:      *v = s->gtval; return 0;
    case XVM_CSR_MVENDORID:  *v = XVM_MVENDORID_VALUE; return 0;
    case XVM_CSR_MARCHID:    *v = XVM_MARCHID_VALUE; return 0;
    case XVM_CSR_MIMPID:     *v = XVM_MIMPID_VALUE; return 0;
    case XVM_CSR_MHARTID:    *v = XVM_MHARTID_VALUE; return 0;
    case XVM_CSR_MCONFIGPTR: *v = 0; return 0;
    case XVM_CSR_MSTATUS:    *v = s->mstatus; return 0;
    case XVM_CSR_MISA:       *v = XVM_MISA_VALUE; return 0;
    case XVM_CSR_MEDELEG:    *v = s->medeleg; return 0;
    case XVM_CSR_MIDELEG:    *v = s->mideleg; return 0;
    case XVM_CSR_MIE:        *v = s->mie; return 0;
    case XVM_CSR_MTVEC:      *v = s->mtvec; return 0;
    case XVM_CSR_MCOUNTEREN: *v = s->mcounteren; return 0;
    case XVM_CSR_MENVCFG:    *v = s->menvcfg; return 0;
    case XVM_CSR_MSTATUSH:   *v = s->mstatush; return 0;
    case XVM_CSR_MENVCFGH:   *v = s->menvcfgh; return 0;
    case XVM_CSR_MSCRATCH:   *v = s->mscratch; return 0;
    case XVM_CSR_MEPC:       *v = s->mepc; return 0;
    case XVM_CSR_MCAUSE:     *v = s->mcause; return 0;
    case XVM_CSR_MTVAL:      *v = s->mtval; return 0;
    case XVM_CSR_MIP:        *v = iss_nondet(s, iss_mip(s)); return 0;
    case XVM_CSR_MCOUNTINHIBIT:
    case XVM_CSR_MTINST:
    case XVM_CSR_MTVAL2:
        *v = 0;
        return 0;
    default:
        break;
    }
    if (in(csr, XVM_CSR_HPMCOUNTER3, XVM_CSR_HPMCOUNTER31) ||
        in(csr, XVM_CSR_HPMCOUNTER3H, XVM_CSR_HPMCOUNTER31H) ||
        in(csr, XVM_CSR_MHPMCOUNTER3, XVM_CSR_MHPMCOUNTER31) ||
        in(csr, XVM_CSR_MHPMCOUNTER3H, XVM_CSR_MHPMCOUNTER31H) ||
        in(csr, XVM_CSR_MHPMEVENT3, XVM_CSR_MHPMEVENT31) ||
        in(csr, XVM_CSR_PMPCFG0, XVM_CSR_PMPCFG15) ||
        in(csr, XVM_CSR_PMPADDR0, XVM_CSR_PMPADDR63) ||
        in(csr, XVM_CSR_TSELECT, XVM_CSR_TDATA3)) {
        *v = 0;
        return 0;
    }
    return -1;
}

/* MODE 2 and 3 are reserved: such a write keeps the previous MODE. */
static uint32_t tvec_write(uint32_t old, uint32_t v)
{
    uint32_t mode = v & 3u;

    if (mode > 1)
        mode = old & 3u;
    return (v & ~3u) | mode;
}

static void set_lo64(uint64_t *r, uint32_t v) { *r = (*r & ~0xffffffffull) | v; }
static void set_hi64(uint64_t *r, uint32_t v) { *r = (*r & 0xffffffffull) | ((uint64_t)v << 32); }

/* Writes an existing, writable CSR with its WARL rules. */
static void csr_write(struct iss *s, unsigned csr, uint32_t v)
{
    uint32_t m;

    switch (csr) {
    case XVM_CSR_MSTATUS:
        if (((v & XVM_MSTATUS_MPP) >> MPP_SHIFT) == 2)
            v = (v & ~XVM_MSTATUS_MPP) | (s->mstatus & XVM_MSTATUS_MPP);
        s->mstatus = v & MSTATUS_WRITABLE;
        break;
    case XVM_CSR_SSTATUS:
        s->mstatus = (s->mstatus & ~XVM_SSTATUS_MASK) | (v & XVM_SSTATUS_MASK);
        break;
    case XVM_CSR_MSTATUSH:   s->mstatush = v & XVM_MSTATUSH_MPVM; break;
    case XVM_CSR_MEDELEG:    s->medeleg = v & XVM_MEDELEG_MASK; break;
    case XVM_CSR_MIDELEG:    s->mideleg = v & XVM_MIDELEG_MASK; break;
    case XVM_CSR_MIE:        s->mie = v & XVM_MIE_MASK; break;
    case XVM_CSR_SIE:        s->mie = (s->mie & ~s->mideleg) | (v & s->mideleg); break;
    case XVM_CSR_MTVEC:      s->mtvec = tvec_write(s->mtvec, v); break;
    case XVM_CSR_STVEC:      s->stvec = tvec_write(s->stvec, v); break;
    case XVM_CSR_MCOUNTEREN: s->mcounteren = v & XVM_COUNTEREN_MASK; break;
    case XVM_CSR_SCOUNTEREN: s->scounteren = v & XVM_COUNTEREN_MASK; break;
    case XVM_CSR_MENVCFG:    s->menvcfg = v & XVM_MENVCFG_FIOM; break;
    case XVM_CSR_MENVCFGH:   s->menvcfgh = v & XVM_MENVCFGH_STCE; break;
    case XVM_CSR_SENVCFG:    s->senvcfg = v & XVM_MENVCFG_FIOM; break;
    case XVM_CSR_MSCRATCH:   s->mscratch = v; break;
    case XVM_CSR_SSCRATCH:   s->sscratch = v; break;
    case XVM_CSR_MEPC:       s->mepc = v & ~3u; break;
    case XVM_CSR_SEPC:       s->sepc = v & ~3u; break;
    case XVM_CSR_MCAUSE:     s->mcause = v; break;
    case XVM_CSR_SCAUSE:     s->scause = v; break;
    case XVM_CSR_MTVAL:      s->mtval = v; break;
    case XVM_CSR_STVAL:      s->stval = v; break;
    case XVM_CSR_MIP:
        m = XVM_MIP_SSIP | XVM_MIP_SEIP | (stce(s) ? 0 : XVM_MIP_STIP);
        s->mip_sw = (s->mip_sw & ~m) | (v & m);
        break;
    case XVM_CSR_SIP:
        m = XVM_MIP_SSIP & s->mideleg;
        s->mip_sw = (s->mip_sw & ~m) | (v & m);
        break;
    case XVM_CSR_SATP:
        s->satp = v & (XVM_SATP_MODE_SV32 | XVM_SATP_PPN_MASK);
        iss_tlb_flush(s);
        break;
    case XVM_CSR_VMCTL:      s->vmctl = v & XVM_VMCTL_MASK; break;
    case XVM_CSR_GSCRATCH:   s->gscratch = v; break;
    case XVM_CSR_GEPC:       s->gepc = v & ~3u; break;
    case XVM_CSR_GCAUSE:     s->gcause = v; break;
    case XVM_CSR_GTVAL:      s->gtval = v; break;
    case XVM_CSR_STIMECMP:   set_lo64(&s->stimecmp, v); break;
    case XVM_CSR_STIMECMPH:  set_hi64(&s->stimecmp, v); break;
    case XVM_CSR_MCYCLE:     set_lo64(&s->mcycle, v); s->suppress_mcycle = 1; break;
    case XVM_CSR_MCYCLEH:    set_hi64(&s->mcycle, v); s->suppress_mcycle = 1; break;
    case XVM_CSR_MINSTRET:   set_lo64(&s->minstret, v); s->suppress_minstret = 1; break;
    case XVM_CSR_MINSTRETH:  set_hi64(&s->minstret, v); s->suppress_minstret = 1; break;
    default:
        break;   /* misa and the read-zero CSRs ignore writes */
    }
}

static int is_counter(unsigned csr)
{
    return in(csr, XVM_CSR_CYCLE, XVM_CSR_HPMCOUNTER31) ||
           in(csr, XVM_CSR_CYCLEH, XVM_CSR_HPMCOUNTER31H);
}

int iss_csr_access(struct iss *s, unsigned csr, int write, uint32_t operand,
                   unsigned kind, uint32_t *old)
{
    unsigned csr_priv = iss_bits(csr, 9, 8);
    uint32_t probe;

    /* Existence is probed on a copy so that an override is not consumed
     * by an instruction that then traps. */
    {
        int armed = s->override_armed;
        int r = csr_read(s, csr, &probe);

        s->override_armed = armed;
        if (r != 0)
            return XVM_EXC_ILLEGAL_INSN;
    }
    if (s->priv < csr_priv)
        return XVM_EXC_ILLEGAL_INSN;
    if (write && iss_bits(csr, 11, 10) == 3)
        return XVM_EXC_ILLEGAL_INSN;
    if (csr == XVM_CSR_SATP && s->priv == XVM_PRIV_S && (s->mstatus & XVM_MSTATUS_TVM))
        return XVM_EXC_ILLEGAL_INSN;
    if (is_counter(csr)) {
        uint32_t bit = 1u << (csr & 31);

        if (s->priv < XVM_PRIV_M && !(s->mcounteren & bit))
            return XVM_EXC_ILLEGAL_INSN;
        if (s->priv == XVM_PRIV_U && !(s->scounteren & bit))
            return XVM_EXC_ILLEGAL_INSN;
    }
    if ((csr == XVM_CSR_STIMECMP || csr == XVM_CSR_STIMECMPH) && s->priv == XVM_PRIV_S &&
        (!(s->mcounteren & 2u) || !stce(s)))
        return XVM_EXC_ILLEGAL_INSN;
    if (s->priv == XVM_PRIV_S && s->vm) {
        /* R12: with vmctl.GTR the guest's trap records are its own. */
        if ((s->vmctl & XVM_VMCTL_GTR) && (csr & ~3u) == XVM_CSR_SSCRATCH)
            csr += XVM_CSR_GSCRATCH - XVM_CSR_SSCRATCH;
        else if (csr_priv == XVM_PRIV_S)
            return XVM_EXC_VIRT_FAULT;
    }

    csr_read(s, csr, old);
    if (write) {
        uint32_t v = kind == CSR_KIND_W ? operand
                   : kind == CSR_KIND_S ? (*old | operand)
                                        : (*old & ~operand);
        csr_write(s, csr, v);
    }
    return 0;
}

static void clear_set(uint32_t *r, uint32_t mask, int set)
{
    *r = set ? (*r | mask) : (*r & ~mask);
}

void iss_trap(struct iss *s, uint32_t cause, uint32_t tval)
{
    unsigned code = cause & 31u;
    int irq = (cause & XVM_CAUSE_INTERRUPT) != 0;
    uint32_t deleg = irq ? s->mideleg : s->medeleg;

    s->resv_valid = 0;
    if (s->priv <= XVM_PRIV_S && ((deleg >> code) & 1u)) {
        s->scause = cause;
        s->sepc = s->pc;
        s->stval = tval;
        clear_set(&s->mstatus, XVM_MSTATUS_SPIE, s->mstatus & XVM_MSTATUS_SIE);
        s->mstatus &= ~XVM_MSTATUS_SIE;
        clear_set(&s->mstatus, XVM_MSTATUS_SPP, s->priv == XVM_PRIV_S);
        clear_set(&s->vmctl, XVM_VMCTL_SPVM, s->vm);
        s->pc = (s->stvec & ~3u) + ((irq && (s->stvec & 1u)) ? 4u * code : 0u);
        s->priv = XVM_PRIV_S;
    } else {
        s->mcause = cause;
        s->mepc = s->pc;
        s->mtval = tval;
        clear_set(&s->mstatus, XVM_MSTATUS_MPIE, s->mstatus & XVM_MSTATUS_MIE);
        s->mstatus &= ~XVM_MSTATUS_MIE;
        s->mstatus = (s->mstatus & ~XVM_MSTATUS_MPP) | ((uint32_t)s->priv << MPP_SHIFT);
        clear_set(&s->mstatush, XVM_MSTATUSH_MPVM, s->vm);
        s->pc = (s->mtvec & ~3u) + ((irq && (s->mtvec & 1u)) ? 4u * code : 0u);
        s->priv = XVM_PRIV_M;
    }
    s->vm = 0;
}

void iss_mret(struct iss *s)
{
    unsigned mpp = iss_bits(s->mstatus, MPP_SHIFT + 1, MPP_SHIFT);

    clear_set(&s->mstatus, XVM_MSTATUS_MIE, s->mstatus & XVM_MSTATUS_MPIE);
    s->mstatus |= XVM_MSTATUS_MPIE;
    s->mstatus &= ~XVM_MSTATUS_MPP;
    if (mpp != XVM_PRIV_M)
        s->mstatus &= ~XVM_MSTATUS_MPRV;
    s->vm = mpp != XVM_PRIV_M && (s->mstatush & XVM_MSTATUSH_MPVM);
    s->mstatush &= ~XVM_MSTATUSH_MPVM;
    s->priv = mpp;
    s->pc = s->mepc;
    s->resv_valid = 0;
}

void iss_sret(struct iss *s)
{
    unsigned spp = (s->mstatus & XVM_MSTATUS_SPP) ? XVM_PRIV_S : XVM_PRIV_U;

    clear_set(&s->mstatus, XVM_MSTATUS_SIE, s->mstatus & XVM_MSTATUS_SPIE);
    s->mstatus |= XVM_MSTATUS_SPIE;
    s->mstatus &= ~(XVM_MSTATUS_SPP | XVM_MSTATUS_MPRV);
    s->vm = (s->vmctl & XVM_VMCTL_SPVM) != 0;
    s->vmctl &= ~XVM_VMCTL_SPVM;
    s->priv = spp;
    s->pc = s->sepc;
    s->resv_valid = 0;
}

/* Interrupts destined for M are served before those destined for S; within
 * a level the order is MEI, MSI, MTI, SEI, SSI, STI. */
uint32_t iss_pending_interrupt(struct iss *s)
{
    static const unsigned order[] = {
        XVM_IRQ_MEI, XVM_IRQ_MSI, XVM_IRQ_MTI, XVM_IRQ_SEI, XVM_IRQ_SSI, XVM_IRQ_STI
    };
    uint32_t pending = iss_mip(s) & s->mie;
    int m_enabled = s->priv < XVM_PRIV_M || (s->mstatus & XVM_MSTATUS_MIE);
    int s_enabled = s->priv == XVM_PRIV_U ||
                    (s->priv == XVM_PRIV_S && ((s->mstatus & XVM_MSTATUS_SIE) || s->vm));
    uint32_t take;

    if (!pending)
        return 0;
    take = m_enabled ? (pending & ~s->mideleg) : 0;
    if (!take && s_enabled)
        take = pending & s->mideleg;
    for (unsigned i = 0; i < sizeof order / sizeof order[0]; i++)
        if (take & (1u << order[i]))
            return XVM_CAUSE_INTERRUPT | order[i];
    return 0;
}

int iss_csr_read(struct iss *s, unsigned csr, uint32_t *value)
{
    return csr_read(s, csr, value);
}

int iss_csr_write(struct iss *s, unsigned csr, uint32_t value)
{
    uint32_t old;

    if (csr_read(s, csr, &old) != 0)
        return -1;
    csr_write(s, csr, value);
    return 0;
}
