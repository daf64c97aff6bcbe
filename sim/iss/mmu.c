/* SPDX-License-Identifier: Apache-2.0 */
/* Sv32 address translation with Svade (docs/architecture.md, "Sv32") and
 * Xvm's virtual-address mask (xvm.md R10). A small direct-mapped software
 * TLB caches leaf PTEs; permissions and A/D are checked at every lookup
 * with the privilege, SUM and MXR of that moment, and only sfence.vma and
 * satp writes flush it, as in the RTL. */
#include "iss_internal.h"
#include "xvm_sv32.h"

void iss_tlb_flush(struct iss *s)
{
    for (unsigned i = 0; i < ISS_TLB_ENTRIES; i++)
        s->tlb[i].vpn_tag = 0;
}

int iss_va_masked(const struct iss *s, int vm, uint32_t vaddr)
{
    unsigned vamsb = iss_bits(s->vmctl, 12, 8);

    return vm && vamsb < 31 && (vaddr >> (vamsb + 1)) != 0;
}

unsigned iss_data_priv(const struct iss *s, int *vm)
{
    if (s->priv == XVM_PRIV_M && (s->mstatus & XVM_MSTATUS_MPRV)) {
        unsigned mpp = iss_bits(s->mstatus, XVM_MSTATUS_MPP_LO + 1, XVM_MSTATUS_MPP_LO);

        *vm = mpp != XVM_PRIV_M && (s->mstatush & XVM_MSTATUSH_MPVM);
        return mpp;
    }
    *vm = s->vm;
    return s->priv;
}

static const uint32_t page_fault[3] = {
    XVM_EXC_INSN_PAGE_FAULT, XVM_EXC_LOAD_PAGE_FAULT, XVM_EXC_STORE_PAGE_FAULT
};
static const uint32_t access_fault[3] = {
    XVM_EXC_INSN_ACCESS, XVM_EXC_LOAD_ACCESS, XVM_EXC_STORE_ACCESS
};

static int permitted(const struct iss *s, uint32_t pte, enum iss_access acc,
                     unsigned priv)
{
    int u = (pte & XVM_PTE_U) != 0;

    switch (acc) {
    case ACC_FETCH:
        if (!(pte & XVM_PTE_X) || (priv == XVM_PRIV_U) != u)
            return 0;
        break;
    case ACC_LOAD:
        if (!(pte & XVM_PTE_R) &&
            !((pte & XVM_PTE_X) && (s->mstatus & XVM_MSTATUS_MXR)))
            return 0;
        break;
    case ACC_STORE:
        if (!(pte & XVM_PTE_W))
            return 0;
        break;
    }
    if (acc != ACC_FETCH) {
        if (priv == XVM_PRIV_U && !u)
            return 0;
        if (priv == XVM_PRIV_S && u && !(s->mstatus & XVM_MSTATUS_SUM))
            return 0;
    }
    if (!(pte & XVM_PTE_A))
        return 0;
    return acc != ACC_STORE || (pte & XVM_PTE_D);
}

/* A PTE read for the shared walk. */
static int pte_read(void *ctx, uint64_t paddr, uint32_t *value)
{
    int is_dev;
    return iss_phys_read(ctx, paddr, 0, 0xf, value, &is_dev);
}

int iss_translate(struct iss *s, uint32_t vaddr, enum iss_access acc,
                  uint64_t *paddr, uint32_t *pte, struct iss_exc *e)
{
    unsigned priv;
    int vm;

    if (acc == ACC_FETCH)
        priv = s->priv;
    else
        priv = iss_data_priv(s, &vm);
    *pte = 0;
    if (priv == XVM_PRIV_M || !(s->satp & XVM_SATP_MODE_SV32)) {
        *paddr = vaddr;
        return 0;
    }

    uint32_t vpn = vaddr >> XVM_PAGE_SHIFT;
    struct iss_tlb_entry *t = &s->tlb[vpn % ISS_TLB_ENTRIES];

    if (t->vpn_tag != ((vpn << 1) | 1)) {
        uint32_t leaf;
        uint64_t ppage;

        enum xvm_sv32_result r = xvm_sv32_walk(s->satp, vaddr, pte_read, s, &leaf, &ppage);
        if (r != XVM_SV32_OK) {
            e->cause = r == XVM_SV32_ACCESS_FAULT ? access_fault[acc] : page_fault[acc];
            e->tval = vaddr;
            return -1;
        }
        t->vpn_tag = (vpn << 1) | 1;
        t->pte = leaf;
        t->ppage = ppage;
    }
    if (!permitted(s, t->pte, acc, priv)) {
        e->cause = page_fault[acc];
        e->tval = vaddr;
        return -1;
    }
    *pte = t->pte;
    *paddr = t->ppage | (vaddr & (XVM_PAGE_SIZE - 1));
    return 0;
}
