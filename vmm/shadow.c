/* SPDX-License-Identifier: Apache-2.0 */
/* Shadow Sv32 page tables: guest virtual -> host physical, filled on
 * demand from the guest's own tables (walked in software with the
 * hardware's rules), dropped on the guest's sfence.vma and satp writes.
 * Guest physical addresses are checked against the guest's partition; VG
 * is never copied; a page the guest has not marked dirty is mapped
 * read-only so that its first store reaches the guest as a page fault. */
#include "vmm.h"

#define PTE_PPN_SHIFT   10
#define PTE_LEAF        (XVM_PTE_R | XVM_PTE_W | XVM_PTE_X)
#define PTE_FLAGS       0x3FFu
#define PTE_PPN0_MASK   0x3FFu
#define VPN1(va)        ((va) >> 22)
#define VPN0(va)        (((va) >> XVM_PAGE_SHIFT) & 0x3FFu)
#define PAGE_MASK       (XVM_PAGE_SIZE - 1)
#define GUEST_L1_SLOTS  512u        /* VPN1 of the lower (guest) half */
#define PTES_PER_TABLE  1024u

int gpa_range_ok(const struct guest *g, uint32_t gpa, uint32_t len)
{
    return gpa >= VMM_GUEST_RAM_BASE && len <= g->mem_size &&
           gpa - VMM_GUEST_RAM_BASE <= g->mem_size - len;
}

uint8_t *gpa_ptr(const struct guest *g, uint32_t gpa)
{
    return g->mem + (gpa - VMM_GUEST_RAM_BASE);
}

static int read_gpte(const struct guest *g, uint64_t gpa, uint32_t *pte)
{
    if (gpa > UINT32_MAX || !gpa_range_ok(g, (uint32_t)gpa, sizeof *pte))
        return -1;
    memcpy(pte, gpa_ptr(g, (uint32_t)gpa), sizeof *pte);
    return 0;
}

static uint64_t pte_addr(uint32_t pte)
{
    return (uint64_t)(pte >> PTE_PPN_SHIFT) << XVM_PAGE_SHIFT;
}

static int permitted(const struct vcpu *v, uint32_t pte, enum access acc)
{
    uint32_t s = v->csr.sstatus;
    if (v->priv == XVM_PRIV_U) {
        if (!(pte & XVM_PTE_U))
            return 0;
    } else if (pte & XVM_PTE_U) {
        if (acc == ACC_FETCH || !(s & XVM_MSTATUS_SUM))
            return 0;
    }
    switch (acc) {
    case ACC_FETCH: return (pte & XVM_PTE_X) != 0;
    case ACC_LOAD:  return (pte & XVM_PTE_R) || ((pte & XVM_PTE_X) && (s & XVM_MSTATUS_MXR));
    default:        return (pte & XVM_PTE_W) != 0;
    }
}

enum walk_result guest_walk(const struct guest *g, const struct vcpu *v, uint32_t va,
                            enum access acc, struct walk *w)
{
    uint32_t satp = v->csr.satp;
    uint64_t gpa;
    uint32_t pte;

    if (!(satp & XVM_SATP_MODE_SV32)) {
        w->gpa = va & ~PAGE_MASK;
        w->flags = XVM_PTE_V | PTE_LEAF | XVM_PTE_A | XVM_PTE_D |
                   (v->priv == XVM_PRIV_U ? XVM_PTE_U : 0);
        w->outside = va;
        return gpa_range_ok(g, w->gpa, XVM_PAGE_SIZE) ? WALK_OK : WALK_BARE_OUTSIDE;
    }
    uint64_t table = (uint64_t)(satp & XVM_SATP_PPN_MASK) << XVM_PAGE_SHIFT;
    w->outside = table;
    if (read_gpte(g, table + VPN1(va) * 4, &pte))
        return WALK_TABLE_OUTSIDE;
    if (!(pte & XVM_PTE_V) || ((pte & XVM_PTE_W) && !(pte & XVM_PTE_R)))
        return WALK_PAGE_FAULT;
    if (pte & PTE_LEAF) {
        if ((pte >> PTE_PPN_SHIFT) & PTE_PPN0_MASK)
            return WALK_PAGE_FAULT;
        gpa = pte_addr(pte) | ((uint64_t)VPN0(va) << XVM_PAGE_SHIFT);
    } else {
        w->outside = pte_addr(pte);
        if (read_gpte(g, pte_addr(pte) + VPN0(va) * 4, &pte))
            return WALK_TABLE_OUTSIDE;
        if (!(pte & XVM_PTE_V) || ((pte & XVM_PTE_W) && !(pte & XVM_PTE_R)) || !(pte & PTE_LEAF))
            return WALK_PAGE_FAULT;
        gpa = pte_addr(pte);
    }
    if (!permitted(v, pte, acc) || !(pte & XVM_PTE_A) ||
        (acc == ACC_STORE && !(pte & XVM_PTE_D)))
        return WALK_PAGE_FAULT;
    w->outside = gpa;
    if (gpa > UINT32_MAX || !gpa_range_ok(g, (uint32_t)gpa, XVM_PAGE_SIZE))
        return WALK_PAGE_OUTSIDE;
    w->gpa = (uint32_t)gpa;
    w->flags = pte & PTE_FLAGS;
    return WALK_OK;
}

uint32_t shadow_pte(uint32_t guest_flags, uint32_t hpa)
{
    uint32_t pte = ((hpa >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | XVM_PTE_V | XVM_PTE_A |
                   (guest_flags & (XVM_PTE_R | XVM_PTE_X | XVM_PTE_U));
    if (guest_flags & XVM_PTE_D)
        pte |= XVM_PTE_D | (guest_flags & XVM_PTE_W);
    return pte;
}

uint32_t shadow_satp(const struct guest *g)
{
    return g->shadow.satp;
}

static uint32_t *l0_table(struct guest *g, uint32_t va)
{
    struct shadow *s = &g->shadow;
    uint32_t l1 = s->root[VPN1(va)];
    if (l1 & XVM_PTE_V)
        return hw_ptr((uint32_t)pte_addr(l1));
    if (s->used == VMM_SHADOW_POOL)
        shadow_flush(g);
    uint32_t *t = s->pool[s->used];
    s->pool_vpn1[s->used++] = VPN1(va);
    s->root[VPN1(va)] = ((hw_pa(t) >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | XVM_PTE_V;
    return t;
}

static void set_entry(struct guest *g, uint32_t va, uint32_t pte)
{
    struct shadow *s = &g->shadow;
    uint32_t *slot = &l0_table(g, va)[VPN0(va)];
    *slot = pte;
    if (s->nfilled < VMM_SHADOW_FILLS)
        s->filled[s->nfilled] = slot;
    s->nfilled++;
}

void shadow_flush(struct guest *g)
{
    struct shadow *s = &g->shadow;
    if (s->nfilled > VMM_SHADOW_FILLS) {
        for (uint32_t i = 0; i < s->used; i++)
            memset(s->pool[i], 0, XVM_PAGE_SIZE);
    } else {
        for (uint32_t i = 0; i < s->nfilled; i++)
            *s->filled[i] = 0;
    }
    s->nfilled = 0;
    for (uint32_t i = 0; i < s->used; i++)
        s->root[s->pool_vpn1[i]] = 0;
    s->used = 0;
    if (g->gate)
        set_entry(g, VMM_GATE_VA, vmm.gate_pte);
    hw_tlb_flush();
}

void shadow_init(struct guest *g)
{
    struct shadow *s = &g->shadow;
    s->satp = XVM_SATP_MODE_SV32 | (hw_pa(s->root) >> XVM_PAGE_SHIFT);
    memcpy(s->root + GUEST_L1_SLOTS, vmm.upper_half, sizeof vmm.upper_half);
    for (uint32_t i = 0; i < GUEST_L1_SLOTS; i++)
        s->root[i] = 0;
    s->used = 0;
    s->nfilled = 0;
    for (uint32_t i = 0; i < VMM_SHADOW_POOL; i++)
        memset(s->pool[i], 0, XVM_PAGE_SIZE);
    shadow_flush(g);
}

enum walk_result shadow_fill(struct guest *g, struct vcpu *v, uint32_t va, enum access acc,
                             struct walk *w)
{
    if ((va & ~PAGE_MASK) == VMM_GATE_VA)
        return WALK_PAGE_FAULT;
    enum walk_result r = guest_walk(g, v, va, acc, w);
    if (r != WALK_OK)
        return r;
    set_entry(g, va, shadow_pte(w->flags, g->part_base + (w->gpa - VMM_GUEST_RAM_BASE)));
    hw_tlb_flush();
    return WALK_OK;
}
