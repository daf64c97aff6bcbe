/* SPDX-License-Identifier: Apache-2.0 */
/* Boot: delegate to S everything S should handle, enable Sstc and the
 * counters, then enter the payload in S-mode with mret. */
#include "fw.h"
#include "layout.h"
#include "sbi.h"

extern char fw_payload[];
/* The payload's device tree (payload.S), absent from most images. */
extern char fw_dtb[] __attribute__((weak));
extern const uint32_t fw_payload_is_monitor;

#define BIT(n) (1u << (n))

/* A native kernel gets its S-mode ecalls (SBI) here in M-mode; the monitor
 * serves SBI itself, so for it S-mode ecalls (from its guests, R7) are
 * delegated too and the monitor talks to the devices directly. */
static uint32_t exceptions_to_delegate(int monitor)
{
    uint32_t e = XVM_MEDELEG_MASK;
    if (!monitor)
        e &= ~BIT(XVM_EXC_ECALL_S);
    return e;
}

int main(void)
{
    int monitor = fw_payload_is_monitor != 0;

    csr_write(XVM_CSR_MEDELEG, exceptions_to_delegate(monitor));
    csr_write(XVM_CSR_MIDELEG, XVM_MIDELEG_MASK);
    csr_write(XVM_CSR_MIE, 0);
    csr_write(XVM_CSR_MCOUNTEREN, XVM_COUNTEREN_MASK);
    /* As OpenSBI does: a native kernel's user space may read the counters
     * (Linux never sets scounteren, and its vDSO reads time). */
    if (!monitor)
        csr_write(XVM_CSR_SCOUNTEREN, XVM_COUNTEREN_MASK);
    csr_write(XVM_CSR_MENVCFGH, XVM_MENVCFGH_STCE);
    /* No S timer until S programs one: stimecmp = all ones. */
    csr_write(XVM_CSR_STIMECMPH, 0xFFFFFFFFu);
    csr_write(XVM_CSR_STIMECMP, 0xFFFFFFFFu);
    csr_write(XVM_CSR_SATP, 0);
    csr_write(XVM_CSR_MEPC, (uint32_t)(uintptr_t)fw_payload);
    csr_clear(XVM_CSR_MSTATUS, XVM_MSTATUS_MPP | XVM_MSTATUS_MPIE | XVM_MSTATUS_MPRV |
                                   XVM_MSTATUS_TVM | XVM_MSTATUS_TW | XVM_MSTATUS_TSR |
                                   XVM_MSTATUS_SIE);
    csr_set(XVM_CSR_MSTATUS, XVM_MSTATUS_MPP_S);
    csr_clear(XVM_CSR_MSTATUSH, XVM_MSTATUSH_MPVM);

    /* SBI boot convention: a0 = hart id, a1 = device tree (0: none). */
    register uint32_t a0 __asm__("a0") = XVM_MHARTID_VALUE;
    register uint32_t a1 __asm__("a1") = (uint32_t)(uintptr_t)fw_dtb;
    __asm__ volatile("mret" :: "r"(a0), "r"(a1) : "memory");
    __builtin_unreachable();
}

void xvm_trap_handler(struct xvm_trap_frame *f)
{
    if (f->mcause == XVM_EXC_ECALL_S) {
        fw_sbi_call(f);
        f->mepc += 4;
        return;
    }
    xvm_trap_fatal("firmware: ", f, FW_EXIT_TRAP);
}
