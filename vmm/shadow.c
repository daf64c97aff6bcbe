/* SPDX-License-Identifier: Apache-2.0 */
/* Shadow Sv32 page tables: guest virtual -> host physical, filled on
 * demand from the guest's own tables (walked in software with the
 * hardware's rules), cached per guest satp value across satp writes,
 * revalidated after a full sfence.vma and dropped page by page on an
 * sfence.vma with an address (rules: vmm/README.md).
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
    *pte = *(const uint32_t *)gpa_ptr(g, (uint32_t)gpa);   /* gpa is 4-aligned */
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

/* The leaf PTE for va under the guest root `satp` and the guest physical
 * address it maps, with the structural and table-partition checks; the
 * permission, A/D and page-partition checks are the caller's. */
static enum walk_result walk_leaf(const struct guest *g, uint32_t satp, uint32_t va,
                                  uint32_t *leaf, uint64_t *gpa, struct walk *w)
{
    uint32_t pte;

    uint64_t table = (uint64_t)(satp & XVM_SATP_PPN_MASK) << XVM_PAGE_SHIFT;
    w->outside = table;
    if (read_gpte(g, table + VPN1(va) * 4, &pte))
        return WALK_TABLE_OUTSIDE;
    w->l1 = pte;
    if (!(pte & XVM_PTE_V) || ((pte & XVM_PTE_W) && !(pte & XVM_PTE_R)))
        return WALK_PAGE_FAULT;
    if (pte & PTE_LEAF) {
        if ((pte >> PTE_PPN_SHIFT) & PTE_PPN0_MASK)
            return WALK_PAGE_FAULT;
        *gpa = pte_addr(pte) | ((uint64_t)VPN0(va) << XVM_PAGE_SHIFT);
    } else {
        w->outside = pte_addr(pte);
        if (read_gpte(g, pte_addr(pte) + VPN0(va) * 4, &pte))
            return WALK_TABLE_OUTSIDE;
        if (!(pte & XVM_PTE_V) || ((pte & XVM_PTE_W) && !(pte & XVM_PTE_R)) || !(pte & PTE_LEAF))
            return WALK_PAGE_FAULT;
        *gpa = pte_addr(pte);
    }
    *leaf = pte;
    return WALK_OK;
}

static int page_in_partition(const struct guest *g, uint64_t gpa)
{
    return gpa <= UINT32_MAX && gpa_range_ok(g, (uint32_t)gpa, XVM_PAGE_SIZE);
}

enum walk_result guest_walk(const struct guest *g, const struct vcpu *v, uint32_t va,
                            enum access acc, struct walk *w)
{
    uint64_t gpa;
    uint32_t pte;

    if (!(v->csr.satp & XVM_SATP_MODE_SV32)) {
        w->gpa = va & ~PAGE_MASK;
        w->flags = XVM_PTE_V | PTE_LEAF | XVM_PTE_A | XVM_PTE_D |
                   (v->priv == XVM_PRIV_U ? XVM_PTE_U : 0);
        w->outside = va;
        w->l1 = 0;
        return gpa_range_ok(g, w->gpa, XVM_PAGE_SIZE) ? WALK_OK : WALK_BARE_OUTSIDE;
    }
    enum walk_result r = walk_leaf(g, v->csr.satp, va, &pte, &gpa, w);
    if (r != WALK_OK)
        return r;
    if (!permitted(v, pte, acc) || !(pte & XVM_PTE_A) ||
        (acc == ACC_STORE && !(pte & XVM_PTE_D)))
        return WALK_PAGE_FAULT;
    w->outside = gpa;
    if (!page_in_partition(g, gpa))
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

static uint32_t guest_key(uint32_t satp)
{
    return (satp & XVM_SATP_MODE_SV32) ? satp : 0;
}

uint32_t shadow_satp(const struct guest *g)
{
    return g->shadow.cur->satp;
}

static uint32_t *table(const struct shadow_tree *t, uint32_t i)
{
    return t->pool + i * PTES_PER_TABLE;
}

static uint32_t table_pte(const struct shadow_tree *t, uint32_t i)
{
    return ((hw_pa(table(t, i)) >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | XVM_PTE_V;
}

/* The pool index of the table a root entry points to (valid or dormant). */
static uint32_t table_index(const struct shadow_tree *t, uint32_t l1)
{
    return (l1 >> PTE_PPN_SHIFT) - (hw_pa(t->pool) >> XVM_PAGE_SHIFT);
}

static void clear_entry(struct shadow_tree *t, uint32_t i, uint32_t j)
{
    table(t, i)[j] = 0;
    t->filled[i][j / 32] &= ~(1u << (j % 32));
}

/* Whether a shadow entry still is what a fill from guest PTE `pte` would
 * write now (its guest L1 PTE unchanged): a valid leaf with A set that
 * maps the same page with the same flags. The entry maps inside the
 * partition, so the same host page means the same guest page, once a
 * guest page beyond 4 GiB (which would wrap into it) is refused. */
static int entry_current(const struct guest *g, uint32_t pte, uint32_t entry)
{
    if (!(pte & XVM_PTE_V) || !(pte & XVM_PTE_A) || !(pte & PTE_LEAF) ||
        ((pte & XVM_PTE_W) && !(pte & XVM_PTE_R)) || (pte >> 30))
        return 0;
    return shadow_pte(pte, (uint32_t)pte_addr(pte) + g->part_base - VMM_GUEST_RAM_BASE) == entry;
}

/* Visits the nonzero entries of table i (the gate's is not marked) and
 * drops them, or with the guest level-0 table `gl0`, those no longer
 * current. */
static void sweep_table(const struct guest *g, struct shadow_tree *t, uint32_t i,
                        const uint32_t *gl0)
{
    uint32_t *tab = table(t, i);
    for (uint32_t w = 0; w < PTES_PER_TABLE / 32; w++) {
        uint32_t j = w * 32;
        for (uint32_t bits = t->filled[i][w]; bits; bits >>= 1, j++)
            if ((bits & 1) && (!gl0 || !entry_current(g, gl0[j], tab[j])))
                clear_entry(t, i, j);
    }
}

/* Table i against the guest's tables now. Paging off, or a guest
 * megapage whose L1 PTE is unchanged: every entry still holds (their
 * partition checks were made at the fill). A changed L1 PTE: none does. */
static void revalidate(const struct guest *g, struct shadow_tree *t, uint32_t i)
{
    uint32_t l1;
    if (!(t->key & XVM_SATP_MODE_SV32))
        return;
    uint64_t root = (uint64_t)(t->key & XVM_SATP_PPN_MASK) << XVM_PAGE_SHIFT;
    if (read_gpte(g, root + t->pool_vpn1[i] * 4, &l1) || l1 != t->guest_l1[i] ||
        !(l1 & XVM_PTE_V) || !gpa_range_ok(g, (uint32_t)pte_addr(l1), XVM_PAGE_SIZE))
        sweep_table(g, t, i, 0);
    else if (!(l1 & PTE_LEAF))
        sweep_table(g, t, i, (const uint32_t *)gpa_ptr(g, (uint32_t)pte_addr(l1)));
}

static void set_entry(struct guest *g, struct shadow_tree *t, uint32_t va, uint32_t pte,
                      uint32_t l1);

static void tree_clear(const struct guest *g, struct shadow_tree *t)
{
    uint32_t gate_l1 = t->root[VPN1(VMM_GATE_VA)];
    if (gate_l1)
        table(t, table_index(t, gate_l1))[VPN0(VMM_GATE_VA)] = 0;
    for (uint32_t i = 0; i < t->used; i++) {
        sweep_table(g, t, i, 0);
        t->root[t->pool_vpn1[i]] = 0;
    }
    t->used = 0;
    t->stale = 0;
}

/* Back to a root with only the gate: every table cleared and free. */
static void tree_reset(struct guest *g, struct shadow_tree *t)
{
    tree_clear(g, t);
    if (g->gate)
        set_entry(g, t, VMM_GATE_VA, vmm.gate_pte, 0);
}

/* A full invalidation reaches tree t: its tables go dormant, to be
 * revalidated when next used; the gate's table is revalidated at once,
 * since a fault on the gate page never reaches the fill. */
static void unlink_tables(struct guest *g, struct shadow_tree *t)
{
    for (uint32_t i = 0; i < t->used; i++) {
        if (t->pool_vpn1[i] == VPN1(VMM_GATE_VA))
            revalidate(g, t, i);
        else
            t->root[t->pool_vpn1[i]] &= ~XVM_PTE_V;
    }
    t->stale = 0;
}

/* The index of the level-0 table for va: linked, revalidated if dormant,
 * or new (a dormant table is reused when the pool is exhausted, else the
 * whole tree is reset). */
static uint32_t l0_table(struct guest *g, struct shadow_tree *t, uint32_t va)
{
    uint32_t vpn1 = VPN1(va);
    uint32_t l1 = t->root[vpn1], i;
    if (l1) {
        i = table_index(t, l1);
        if (!(l1 & XVM_PTE_V)) {
            revalidate(g, t, i);
            t->root[vpn1] = l1 | XVM_PTE_V;
        }
        return i;
    }
    if (t->used == VMM_SHADOW_POOL) {
        for (i = 0; i < t->used && (t->root[t->pool_vpn1[i]] & XVM_PTE_V); i++)
            ;
        if (i < t->used) {
            sweep_table(g, t, i, 0);
            t->root[t->pool_vpn1[i]] = 0;
        } else {
            tree_reset(g, t);
            if (t == g->shadow.cur)
                hw_tlb_flush();
            if (t->root[vpn1])
                return table_index(t, t->root[vpn1]);
            i = t->used++;
        }
    } else {
        i = t->used++;
    }
    t->pool_vpn1[i] = (uint16_t)vpn1;
    t->guest_l1[i] = 0;
    t->root[vpn1] = table_pte(t, i);
    return i;
}

/* Entries that came from another guest L1 PTE than this one are dropped
 * first, so that guest_l1 speaks for every entry of the table. The gate's
 * entry is not the guest's: it is left out of `filled`, so that no sweep
 * drops it. */
static void set_entry(struct guest *g, struct shadow_tree *t, uint32_t va, uint32_t pte,
                      uint32_t l1)
{
    uint32_t i = l0_table(g, t, va), j = VPN0(va);
    if (va == VMM_GATE_VA) {
        table(t, i)[j] = pte;
        return;
    }
    if (t->guest_l1[i] != l1) {
        sweep_table(g, t, i, 0);
        t->guest_l1[i] = l1;
    }
    table(t, i)[j] = pte;
    t->filled[i][j / 32] |= 1u << (j % 32);
}

void shadow_flush(struct guest *g)
{
    struct shadow *s = &g->shadow;
    g->stats.flush_all++;
    for (uint32_t k = 0; k < VMM_SHADOW_TREES; k++)
        s->tree[k].stale = s->tree[k].key != SHADOW_KEY_NONE;
    unlink_tables(g, s->cur);
    hw_tlb_flush();
}

void shadow_flush_va(struct guest *g, uint32_t va)
{
    struct shadow *s = &g->shadow;
    int whole = 0;
    g->stats.flush_va++;
    if (va > VMM_VA_LIMIT || ((va & ~PAGE_MASK) == VMM_GATE_VA && g->gate))
        return;
    for (uint32_t k = 0; k < VMM_SHADOW_TREES; k++) {
        struct shadow_tree *t = &s->tree[k];
        uint32_t l1 = t->key == SHADOW_KEY_NONE ? 0 : t->root[VPN1(va)];
        if (!l1)
            continue;
        uint32_t i = table_index(t, l1);
        /* One entry of a guest megapage stands for the whole megapage. */
        if (t->guest_l1[i] & PTE_LEAF) {
            sweep_table(g, t, i, 0);
            whole |= t == s->cur;
        } else {
            clear_entry(t, i, VPN0(va));
        }
    }
    if (whole)
        hw_tlb_flush();
    else
        hw_tlb_flush_va(va);
}

/* Eviction: a free tree, else the least recently used one (the current
 * tree only when it is the only one). */
static int better_victim(const struct shadow_tree *c, const struct shadow_tree *best)
{
    if (!best)
        return 1;
    if ((c->key == SHADOW_KEY_NONE) != (best->key == SHADOW_KEY_NONE))
        return c->key == SHADOW_KEY_NONE;
    return c->last_use < best->last_use;
}

void shadow_switch(struct guest *g, uint32_t guest_satp)
{
    struct shadow *s = &g->shadow;
    uint32_t key = guest_key(guest_satp);
    struct shadow_tree *t = 0, *victim = 0;

    if (s->cur->key == key)
        return;
    for (uint32_t k = 0; k < VMM_SHADOW_TREES && !t; k++) {
        struct shadow_tree *c = &s->tree[k];
        if (c->key == key)
            t = c;
        else if (c != s->cur && better_victim(c, victim))
            victim = c;
    }
    if (t) {
        if (t->stale)
            unlink_tables(g, t);
    } else {
        t = victim ? victim : s->cur;
        g->stats.root_miss++;
        tree_reset(g, t);
        t->key = key;
    }
    t->last_use = ++s->clock;
    s->cur = t;
    hw_set_satp(t->satp);
}

int shadow_alloc(struct guest *g)
{
    for (uint32_t k = 0; k < VMM_SHADOW_TREES; k++) {
        struct shadow_tree *t = &g->shadow.tree[k];
        if (!(t->root = hw_page_alloc()) ||
            !(t->pool = hw_alloc(VMM_SHADOW_POOL * XVM_PAGE_SIZE)))
            return -1;
    }
    return 0;
}

/* Every tree free but the first, which shadows paging off (a guest starts
 * with satp = 0). */
void shadow_init(struct guest *g)
{
    struct shadow *s = &g->shadow;
    for (uint32_t k = 0; k < VMM_SHADOW_TREES; k++) {
        struct shadow_tree *t = &s->tree[k];
        t->satp = XVM_SATP_MODE_SV32 | (hw_pa(t->root) >> XVM_PAGE_SHIFT);
        memcpy(t->root + GUEST_L1_SLOTS, vmm.upper_half, sizeof vmm.upper_half);
        tree_clear(g, t);
        t->key = SHADOW_KEY_NONE;
        t->last_use = 0;
    }
    s->clock = 0;
    s->cur = &s->tree[0];
    s->cur->key = 0;
    tree_reset(g, s->cur);
}

enum walk_result shadow_fill(struct guest *g, struct vcpu *v, uint32_t va, enum access acc,
                             struct walk *w)
{
    if ((va & ~PAGE_MASK) == VMM_GATE_VA)
        return WALK_PAGE_FAULT;
    if (g->shadow.cur->key != guest_key(v->csr.satp))
        shadow_switch(g, v->csr.satp);
    enum walk_result r = guest_walk(g, v, va, acc, w);
    if (r != WALK_OK)
        return r;
    set_entry(g, g->shadow.cur, va,
              shadow_pte(w->flags, g->part_base + (w->gpa - VMM_GUEST_RAM_BASE)), w->l1);
    hw_tlb_flush_va(va);
    return WALK_OK;
}
