/* SPDX-License-Identifier: Apache-2.0 */
/* The monitor's hardware interface on Xvm: CSRs through the runtime's
 * accessor macros, the UART and the finisher through their upper-half
 * mappings once paging is on. */
#include "vmm.h"
#include "xvm_rt.h"

extern char __vmm_end[];

static uintptr_t uart = XVM_UART_BASE;
static uintptr_t finisher = XVM_FINISHER_BASE;
static uintptr_t heap_next = (uintptr_t)__vmm_end;
static uintptr_t heap_end = XVM_RAM_BASE + XVM_RAM_SIZE_DEFAULT;

void hw_heap_init(uint32_t start, uint32_t end)
{
    heap_next = start;
    heap_end = end;
}

void hw_use_device_mappings(void)
{
    uart = VMM_UART_VA;
    finisher = VMM_FINISHER_VA;
}

uint32_t hw_take_gate_null(void)
{
    volatile uint32_t *n = (volatile uint32_t *)(uintptr_t)(uint32_t)VMM_FIX_GATE_NULL;
    uint32_t v = *n;
    *n = 0;
    return v;
}

uint64_t hw_time(void)
{
    return xvm_rdtime64();
}

uint32_t hw_cycles(void)
{
    return csr_read(XVM_CSR_CYCLE);
}

void *hw_ptr(uint32_t pa)
{
    return (void *)(uintptr_t)pa;
}

uint32_t hw_pa(const void *p)
{
    return (uint32_t)(uintptr_t)p;
}

uint32_t *hw_page_alloc(void)
{
    return hw_alloc(XVM_PAGE_SIZE);
}

void *hw_alloc(uint32_t bytes)
{
    uintptr_t p = (heap_next + XVM_PAGE_SIZE - 1) & ~(uintptr_t)(XVM_PAGE_SIZE - 1);
    if (p + bytes > heap_end || p + bytes < p)
        return 0;
    heap_next = p + bytes;
    return memset((void *)p, 0, bytes);
}

void hw_tlb_flush(void)
{
    __asm__ volatile("sfence.vma" ::: "memory");
}

void hw_tlb_flush_va(uint32_t va)
{
    __asm__ volatile("sfence.vma %0" ::"r"(va) : "memory");
}

/* A satp write flushes the TLB (docs/architecture.md). */
void hw_set_satp(uint32_t satp)
{
    csr_write(XVM_CSR_SATP, satp);
}

void hw_set_timer(uint64_t when)
{
    csr_write(XVM_CSR_STIMECMPH, 0xFFFFFFFFu);
    csr_write(XVM_CSR_STIMECMP, (uint32_t)when);
    csr_write(XVM_CSR_STIMECMPH, (uint32_t)(when >> 32));
}

void hw_set_timer_low(uint32_t when)
{
    csr_write(XVM_CSR_STIMECMP, when);
}

void hw_putc(char c)
{
    while (!(mmio_read8(uart + XVM_UART_LSR) & XVM_UART_LSR_THRE))
        ;
    mmio_write8(uart + XVM_UART_THR, c);
}

int hw_getc(void)
{
    if (!(mmio_read8(uart + XVM_UART_LSR) & XVM_UART_LSR_DR))
        return -1;
    return mmio_read8(uart + XVM_UART_RBR);
}

void hw_wait(void)
{
    __asm__ volatile("wfi" ::: "memory");
}

static uint32_t scounteren_now;

void hw_guest_enter(uint32_t priv, uint32_t vsstatus, uint32_t vscounteren)
{
    uint32_t s = vsstatus & (XVM_MSTATUS_SUM | XVM_MSTATUS_MXR);
    if (priv == XVM_PRIV_S)
        s |= XVM_MSTATUS_SPP;
    csr_write(XVM_CSR_SSTATUS, s);
    if (vscounteren != scounteren_now) {
        csr_write(XVM_CSR_SCOUNTEREN, vscounteren);
        scounteren_now = vscounteren;
    }
}

void hw_gate_return_prepare(void)
{
    csr_set(XVM_CSR_VMCTL, XVM_VMCTL_SPVM);
}

void hw_exit(int code)
{
    for (;;)
        mmio_write32(finisher, code == 0 ? XVM_FINISHER_PASS
                                         : ((uint32_t)code << 16) | XVM_FINISHER_FAIL);
}

void hw_monitor_init(void)
{
    extern void vmm_trap_entry(void);
    csr_write(XVM_CSR_STVEC, (uint32_t)(uintptr_t)vmm_trap_entry);
    csr_write(XVM_CSR_VMCTL, (VMM_VAMSB << XVM_VMCTL_VAMSB_LO) | XVM_VMCTL_GTR | XVM_VMCTL_SPVM);
    csr_clear(XVM_CSR_SSTATUS, XVM_MSTATUS_SIE);
    csr_write(XVM_CSR_SIE, XVM_MIP_STIP);
}
