/* SPDX-License-Identifier: Apache-2.0 */
/* The offsets in struct vcpu that vmm/entry.S uses, generated from the
 * structure itself for each monitor configuration (as Bao does): this
 * file is compiled to assembly only, and mk/vmm.mk turns each "->NAME
 * value" line into a #define of vmm_offsets.h. */
#include <stddef.h>
#include "vmm.h"

#define DEFINE(name, value) __asm__ volatile("\n->" #name " %0" : : "i"(value))

void asm_offsets(void);
void asm_offsets(void)
{
    DEFINE(VCPU_REGS_OFF, offsetof(struct vcpu, regs));
    DEFINE(VCPU_PC_OFF, offsetof(struct vcpu, pc));
    DEFINE(VCPU_GATE_NULL_OFF, offsetof(struct vcpu, gate_null));
    DEFINE(VCPU_ECALL_NULL_OFF, offsetof(struct vcpu, ecall_null));
    DEFINE(VCPU_FAST_CSR_OFF, offsetof(struct vcpu, fast_csr));
    DEFINE(VCPU_SSTATUS_OFF, offsetof(struct vcpu, csr.sstatus));
    DEFINE(VCPU_SIE_OFF, offsetof(struct vcpu, csr.sie));
    DEFINE(VCPU_SIP_OFF, offsetof(struct vcpu, csr.sip));
    DEFINE(VCPU_STVEC_OFF, offsetof(struct vcpu, csr.stvec));
    DEFINE(VCPU_SSCRATCH_OFF, offsetof(struct vcpu, csr.sscratch));
    DEFINE(VCPU_SEPC_OFF, offsetof(struct vcpu, csr.sepc));
    DEFINE(VCPU_SCAUSE_OFF, offsetof(struct vcpu, csr.scause));
    DEFINE(VCPU_STVAL_OFF, offsetof(struct vcpu, csr.stval));
    DEFINE(VCPU_STIMECMP_OFF, offsetof(struct vcpu, csr.stimecmp));
    DEFINE(VCPU_PRIV_OFF, offsetof(struct vcpu, priv));
    DEFINE(VCPU_STORM_OFF, offsetof(struct vcpu, storm));
    DEFINE(VCPU_FAST_SRET_OFF, offsetof(struct vcpu, fast_sret));
    DEFINE(VCPU_FAST_REFLECT_OFF, offsetof(struct vcpu, fast_reflect));
}
