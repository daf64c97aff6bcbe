/* SPDX-License-Identifier: Apache-2.0 */
/* Emulation of the sensitive instructions (R4) from the instruction bits
 * that a virtualization fault leaves in stval (R5). */
#include "vmm.h"

#define INSN_OPCODE(i) ((i) & 0x7Fu)
#define INSN_RD(i)     (((i) >> 7) & 0x1Fu)
#define INSN_FUNCT3(i) (((i) >> 12) & 0x7u)
#define INSN_RS1(i)    (((i) >> 15) & 0x1Fu)
#define INSN_CSR(i)    ((i) >> 20)
#define INSN_FUNCT7(i) ((i) >> 25)

static int satp_root_ok(const struct guest *g, uint32_t satp)
{
    if (!(satp & XVM_SATP_MODE_SV32))
        return 1;
    uint32_t ppn = satp & XVM_SATP_PPN_MASK;
    return ppn < (1u << (32 - XVM_PAGE_SHIFT)) &&
           gpa_range_ok(g, ppn << XVM_PAGE_SHIFT, XVM_PAGE_SIZE);
}

static struct vcpu *emulate_csr(struct vcpu *v, uint32_t insn)
{
    uint32_t csr = INSN_CSR(insn), rd = INSN_RD(insn), rs1 = INSN_RS1(insn);
    uint32_t f3 = INSN_FUNCT3(insn);
    uint32_t src = (f3 & XVM_F3_CSR_IMM) ? rs1 : v->regs[rs1];
    uint32_t op = f3 & ~(uint32_t)XVM_F3_CSR_IMM;
    uint32_t old;

    if (vcsr_read(v, csr, &old, vmm.now) != 0) {
        /* An S-level CSR this monitor does not model: as if absent. */
        vcpu_trap(v, XVM_EXC_ILLEGAL_INSN, insn);
        return v;
    }
    int write = op == XVM_F3_CSRRW || rs1 != 0;
    if (write) {
        uint32_t val = op == XVM_F3_CSRRW ? src : op == XVM_F3_CSRRS ? old | src : old & ~src;
        unsigned effects;
        vcsr_write(v, csr, val, &effects);
        if (effects & VCSR_SATP) {
            /* On hardware this guest would now fault forever. */
            if (!satp_root_ok(v->guest, v->csr.satp))
                return guest_stop(v, "satp root outside the partition");
            shadow_switch(v->guest, v->csr.satp);
        }
    }
    v->guest->stats.vfault[write ? VF_CSR_WRITE : VF_CSR_READ]++;
    if (rd)
        v->regs[rd] = old;
    v->pc += 4;
    return v;
}

static struct vcpu *emulate_wfi(struct vcpu *v)
{
    uint64_t now = vmm.now;
    v->pc += 4;
    if (vcpu_sip(v, now) & v->csr.sie)
        return v;
    if ((v->csr.sie & XVM_MIP_STIP) && v->csr.stimecmp != UINT64_MAX)
        return sched_block(v, v->csr.stimecmp);
    /* Nothing could ever wake it: wfi is a hint, give the slice away. */
    vmm_report_once(v, REPORT_WFI_NO_WAKEUP, "wfi with no interrupt enabled, pc");
    return sched_yield(v);
}

struct vcpu *emulate_virt_fault(struct vcpu *v, uint32_t insn)
{
    struct guest_stats *st = &v->guest->stats;

    if (INSN_OPCODE(insn) == XVM_OPCODE_CUSTOM0) {
        /* A vmsw outside the monitor's gate (its own page, or VG that the
         * shadow stripped): the guest sees the fault a kernel running
         * without a gate would see. */
        st->vfault[VF_VMSW]++;
        vmm_report_attack(v, "vmsw outside the gate at", v->pc);
        vcpu_trap(v, XVM_EXC_VIRT_FAULT, insn);
        return v;
    }
    if (INSN_OPCODE(insn) != XVM_OPCODE_SYSTEM)
        return guest_stop(v, "unexpected virtualization fault");
    if (INSN_FUNCT3(insn) != XVM_F3_PRIV)
        return emulate_csr(v, insn);
    if (insn == XVM_INSN_SRET) {
        st->vfault[VF_SRET]++;
        v->storm = 0;
        vcpu_sret(v);
        return v;
    }
    if (insn == XVM_INSN_WFI) {
        st->vfault[VF_WFI]++;
        return emulate_wfi(v);
    }
    if (INSN_FUNCT7(insn) == XVM_F7_SFENCE_VMA && INSN_RD(insn) == 0) {
        st->vfault[VF_SFENCE]++;
        if (INSN_RS1(insn))
            shadow_flush_va(v->guest, v->regs[INSN_RS1(insn)]);
        else
            shadow_flush(v->guest);
        v->pc += 4;
        return v;
    }
    return guest_stop(v, "unexpected virtualization fault");
}
