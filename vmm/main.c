/* Boot of the monitor (S-mode, VM=0, paging off, entered by the firmware):
 * builds the upper half shared by every shadow address space, loads each
 * guest image into its own partition and starts the scheduler. */
#include "vmm.h"

struct guest_image {
    const uint8_t *start, *end;
    uint32_t mem_size;
    const char *name;
    uint32_t expect;
    const uint8_t *fdt_start, *fdt_end;
};
extern const struct guest_image vmm_guest_images[];
extern const uint32_t vmm_guest_count;
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
#define VMM_EXIT_CONFIG 4
#define FDT_MAGIC       0xD00DFEEDu
#define FDT_HEADER_SIZE 40u

static uint32_t pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | flags;
}

static __attribute__((noreturn)) void fail(const char *why)
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
    for (uint32_t off = 0; off < XVM_RAM_SIZE_DEFAULT; off += XVM_MEGAPAGE_SIZE)
        vmm.upper_half[((XVM_RAM_BASE + off) >> 22) - UPPER_HALF_FIRST_VPN1] =
            pte(XVM_RAM_BASE + off, MONITOR_PTE);
    uint32_t *dev = hw_page_alloc();
    if (!dev)
        fail("out of memory");
    dev[VPN0(VMM_UART_VA)] = pte(XVM_UART_BASE, DEVICE_PTE);
    dev[VPN0(VMM_FINISHER_VA)] = pte(XVM_FINISHER_BASE, DEVICE_PTE);
    uint32_t *fixed = hw_page_alloc();
    if (!fixed)
        fail("out of memory");
    dev[VPN0(VMM_FIXED_VA)] = pte(hw_pa(fixed), DEVICE_PTE);
    vmm.upper_half[(VMM_DEV_VA >> 22) - UPPER_HALF_FIRST_VPN1] = pte(hw_pa(dev), XVM_PTE_V);
    vmm.gate_pte = pte(hw_pa(__gate_lma), GATE_PTE);
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The device tree goes to the top of guest RAM, above the image: the
 * image never trusts it to be a well-formed blob of the size it claims. */
static void place_fdt(struct guest *g, const struct guest_image *img, uint32_t image_size)
{
    uint32_t size = (uint32_t)(img->fdt_end - img->fdt_start);
    if (size < FDT_HEADER_SIZE || be32(img->fdt_start) != FDT_MAGIC ||
        be32(img->fdt_start + 4) != size)
        fail("guest device tree is not a device tree blob");
    if (size > g->mem_size - image_size)
        fail("guest device tree does not fit above the guest");
    uint32_t off = (g->mem_size - size) & ~(VMM_FDT_ALIGN - 1);
    if (off < image_size)
        fail("guest device tree does not fit above the guest");
    memcpy(g->mem + off, img->fdt_start, size);
    g->fdt_gpa = VMM_GUEST_RAM_BASE + off;
}

static void create_guest(uint32_t id, const struct guest_image *img)
{
    struct guest *g = &vmm.guests[id];
    if (img->end < img->start || img->fdt_end < img->fdt_start)
        fail("bad guest image table");
    uint32_t size = (uint32_t)(img->end - img->start);
    g->id = id;
    g->name = img->name;
    if (img->expect > EXPECT_FAIL)
        fail("bad guest image table");
    g->expect = (enum guest_expect)img->expect;
    g->mem_size = img->mem_size;
    g->mem = hw_alloc(img->mem_size);
    if (!g->mem || size > img->mem_size)
        fail("guest does not fit in memory");
    g->part_base = hw_pa(g->mem);
    memcpy(g->mem, img->start, size);
    place_fdt(g, img, size);
    g->shadow.root = hw_page_alloc();
    for (uint32_t i = 0; i < VMM_SHADOW_POOL; i++)
        if (!(g->shadow.pool[i] = hw_page_alloc()))
            fail("out of memory");
    if (!g->shadow.root)
        fail("out of memory");
    g->vcpu.guest = g;
    vcpu_reset(&g->vcpu, VMM_GUEST_RAM_BASE, XVM_MHARTID_VALUE);
    g->vcpu.regs[REG_A1] = g->fdt_gpa;
    g->state = G_RUNNABLE;
    shadow_init(g);
}

void vmm_main(void)
{
    if (vmm_guest_count == 0 || vmm_guest_count > VMM_MAX_GUESTS)
        fail("bad number of guests");
    build_upper_half();
    hw_monitor_init();
    vmm.nguests = vmm_guest_count;
    vmm.alive = vmm_guest_count;
    for (uint32_t i = 0; i < vmm.nguests; i++)
        create_guest(i, &vmm_guest_images[i]);
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
