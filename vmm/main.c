/* SPDX-License-Identifier: Apache-2.0 */
/* Boot of the monitor (S-mode, VM=0, paging off, entered by the firmware):
 * loads each guest into its own partition (load.c), builds the upper half
 * shared by every shadow address space and starts the scheduler. */
#include "vmm.h"

extern char __gate_lma[];

struct vmm vmm;

#define PTE_PPN_SHIFT 10
#define PTES_PER_TABLE 1024u
#define VPN0(va) (((uint32_t)(va) >> XVM_PAGE_SHIFT) & (PTES_PER_TABLE - 1))
#define UPPER_HALF_FIRST_VPN1 512u
#define MONITOR_PTE (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_G | \
                     XVM_PTE_A | XVM_PTE_D)
#define DEVICE_PTE  (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_G | XVM_PTE_A | XVM_PTE_D)
#define GATE_PTE    (XVM_PTE_V | XVM_PTE_X | XVM_PTE_A | XVM_PTE_VG)

static uint32_t pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | flags;
}

__attribute__((noreturn)) void vmm_fail(const char *why)
{
    console_vmm(why);
    console_puts("\n");
    hw_exit(VMM_EXIT_CONFIG);
}

/* RAM identity-mapped with global supervisor megapages (the monitor and
 * every partition, reachable only with VM=0 thanks to VAMSB, R10), plus
 * one level-0 table for the UART, the finisher and the fixed words. */
static void build_upper_half(void)
{
    for (uint32_t off = 0; off < VMM_RAM_LIMIT; off += XVM_MEGAPAGE_SIZE)
        vmm.upper_half[((XVM_RAM_BASE + off) >> 22) - UPPER_HALF_FIRST_VPN1] =
            pte(XVM_RAM_BASE + off, MONITOR_PTE);
    uint32_t *dev = hw_page_alloc();
    if (!dev)
        vmm_fail("out of memory");
    dev[VPN0(VMM_UART_VA)] = pte(XVM_UART_BASE, DEVICE_PTE);
    dev[VPN0(VMM_FINISHER_VA)] = pte(XVM_FINISHER_BASE, DEVICE_PTE);
    uint32_t *fixed = hw_page_alloc();
    if (!fixed)
        vmm_fail("out of memory");
    dev[VPN0(VMM_FIXED_VA)] = pte(hw_pa(fixed), DEVICE_PTE);
    vmm.upper_half[(VMM_DEV_VA >> 22) - UPPER_HALF_FIRST_VPN1] = pte(hw_pa(dev), XVM_PTE_V);
    vmm.gate_pte = pte(hw_pa(__gate_lma), GATE_PTE);
}

void vmm_main(void)
{
    load_init();
    build_upper_half();
    hw_monitor_init();
    vmm.nguests = load_guests();
    vmm.alive = vmm.nguests;
    hw_set_satp(shadow_satp(&vmm.guests[0]));
    hw_use_device_mappings();
    console_vmm("monitor up, ");
    console_putu(vmm.nguests, 0);
    console_puts(" guests, VA limit ");
    console_puthex(VMM_VA_LIMIT);
    console_puts(", gate ");
    console_puthex(VMM_GATE_VA);
    console_puts("\n");
    for (uint32_t i = 0; i < vmm.nguests; i++) {
        console_vmm_prefix(&vmm.guests[i]);
        console_puts(vmm.guests[i].name);
        console_puts(" at ");
        console_puthex(vmm.guests[i].part_base);
        console_puts("\n");
    }
    sched_start();
}
