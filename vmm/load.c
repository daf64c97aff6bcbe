/* SPDX-License-Identifier: Apache-2.0 */
/* The guests a monitor boots: either the table compiled into the image
 * (vmm/mkguests.sh) or, when that table is empty, the bundle that
 * build/xvm-mkimage placed at the monitor's end. Neither is trusted: every
 * size, offset, count and the device tree header are checked before use. */
#include "vmm.h"
#include "bundle.h"

struct guest_image {
    const uint8_t *start, *end;
    uint32_t mem_size;
    const char *name;
    uint32_t expect;
    const uint8_t *fdt_start, *fdt_end;
};
extern const struct guest_image vmm_guest_images[];
extern const uint32_t vmm_guest_count;
extern const uint32_t vmm_ram_size;
extern char __vmm_end[];

/* One guest, whatever it came from. */
struct guest_desc {
    const char *name;
    const uint8_t *image;
    uint32_t image_size, span, load_off, entry;
    const uint8_t *fdt;
    uint32_t fdt_size;
    uint32_t mem_size, weight, expect, gate;
};

#define FDT_MAGIC       0xD00DFEEDu
#define FDT_HEADER_SIZE 40u

static const struct bundle_header *bundle;

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int terminated(const char *s, uint32_t max)
{
    for (uint32_t i = 0; i < max; i++)
        if (s[i] == 0)
            return 1;
    return 0;
}

static int fits(uint32_t off, uint32_t size, uint32_t total)
{
    return off <= total && size <= total - off;
}

/* The device tree goes to the top of guest RAM, above the image. */
static void place_fdt(struct guest *g, const struct guest_desc *d)
{
    if (d->fdt_size < FDT_HEADER_SIZE || be32(d->fdt) != FDT_MAGIC || be32(d->fdt + 4) != d->fdt_size)
        vmm_fail("guest device tree is not a device tree blob");
    uint32_t image_end = d->load_off + d->span;
    if (d->fdt_size > g->mem_size ||
        ((g->mem_size - d->fdt_size) & ~(VMM_FDT_ALIGN - 1)) < image_end)
        vmm_fail("guest device tree does not fit above the guest");
    uint32_t off = (g->mem_size - d->fdt_size) & ~(VMM_FDT_ALIGN - 1);
    memcpy(g->mem + off, d->fdt, d->fdt_size);
    g->fdt_gpa = VMM_GUEST_RAM_BASE + off;
}

static void create_guest(uint32_t id, const struct guest_desc *d)
{
    struct guest *g = &vmm.guests[id];
    if (d->mem_size < BUNDLE_MEM_MIN || d->mem_size % XVM_PAGE_SIZE ||
        !fits(d->load_off, d->span, d->mem_size) || d->image_size > d->span)
        vmm_fail("guest does not fit in memory");
    if (d->entry % 4 || d->entry - VMM_GUEST_RAM_BASE < d->load_off ||
        d->entry - VMM_GUEST_RAM_BASE - d->load_off >= d->span)
        vmm_fail("guest entry point outside its image");
    if (d->expect > EXPECT_FAIL || d->weight == 0 || d->weight > BUNDLE_WEIGHT_MAX)
        vmm_fail("bad guest options");
    g->id = id;
    g->name = d->name;
    g->expect = (enum guest_expect)d->expect;
    g->weight = d->weight;
    g->gate = d->gate;
    g->mem_size = d->mem_size;
    g->mem = hw_alloc(d->mem_size);
    if (!g->mem)
        vmm_fail("guest does not fit in memory");
    g->part_base = hw_pa(g->mem);
    memcpy(g->mem + d->load_off, d->image, d->image_size);
    place_fdt(g, d);
    if (shadow_alloc(g))
        vmm_fail("out of memory");
    g->vcpu.guest = g;
    vcpu_reset(&g->vcpu, d->entry, XVM_MHARTID_VALUE);
    g->vcpu.regs[REG_A1] = g->fdt_gpa;
    g->state = G_RUNNABLE;
    shadow_init(g);
}

static void compiled_desc(const struct guest_image *img, struct guest_desc *d)
{
    if (img->end < img->start || img->fdt_end < img->fdt_start)
        vmm_fail("bad guest image table");
    *d = (struct guest_desc){
        .name = img->name, .image = img->start, .image_size = (uint32_t)(img->end - img->start),
        .span = (uint32_t)(img->end - img->start),
        .load_off = 0, .entry = VMM_GUEST_RAM_BASE, .fdt = img->fdt_start,
        .fdt_size = (uint32_t)(img->fdt_end - img->fdt_start), .mem_size = img->mem_size,
        .weight = 1, .expect = img->expect, .gate = 1,
    };
}

static void bundle_desc(const struct bundle_guest *bg, struct guest_desc *d)
{
    const uint8_t *base = (const uint8_t *)bundle;
    if (!terminated(bg->name, BUNDLE_NAME_MAX) || bg->name[0] == 0)
        vmm_fail("bad guest name in the bundle");
    if (!fits(bg->image_off, bg->image_size, bundle->size) ||
        !fits(bg->fdt_off, bg->fdt_size, bundle->size))
        vmm_fail("guest data outside the bundle");
    if (bg->flags & ~BUNDLE_GATE)
        vmm_fail("bad guest options");
    *d = (struct guest_desc){
        .name = bg->name, .image = base + bg->image_off, .image_size = bg->image_size,
        .span = bg->span,
        .load_off = bg->load_off, .entry = bg->entry, .fdt = base + bg->fdt_off,
        .fdt_size = bg->fdt_size, .mem_size = bg->mem_size, .weight = bg->weight,
        .expect = bg->expect, .gate = (bg->flags & BUNDLE_GATE) != 0,
    };
}

void load_init(void)
{
    if (vmm_guest_count != 0) {
        if (vmm_guest_count > VMM_MAX_GUESTS)
            vmm_fail("bad number of guests");
        hw_heap_init((uint32_t)(uintptr_t)__vmm_end, XVM_RAM_BASE + vmm_ram_size);
        return;
    }
    const struct bundle_header *h = (const struct bundle_header *)__vmm_end;
    uint32_t at = (uint32_t)(uintptr_t)__vmm_end - XVM_RAM_BASE;
    if (h->magic != BUNDLE_MAGIC || h->version != BUNDLE_VERSION)
        vmm_fail("no guest bundle (build the image with xvm-mkimage)");
    if (h->count == 0 || h->count > VMM_MAX_GUESTS)
        vmm_fail("bad number of guests");
    if (h->ram_size > VMM_RAM_LIMIT || !fits(at, h->size, h->ram_size) ||
        h->size < sizeof *h + h->count * sizeof h->guests[0])
        vmm_fail("bad guest bundle size");
    bundle = h;
    hw_heap_init((uint32_t)(uintptr_t)__vmm_end + h->size, XVM_RAM_BASE + h->ram_size);
}

uint32_t load_guests(void)
{
    struct guest_desc d;
    uint32_t n = bundle ? bundle->count : vmm_guest_count;
    for (uint32_t i = 0; i < n; i++) {
        if (bundle)
            bundle_desc(&bundle->guests[i], &d);
        else
            compiled_desc(&vmm_guest_images[i], &d);
        create_guest(i, &d);
    }
    return n;
}
