/* SPDX-License-Identifier: Apache-2.0 */
/* Physical pages, per-task Sv32 page tables and demand paging. User pages
 * are mapped with A=0 and D=0; the page faults that follow (Svade) set A,
 * and D on the first store, as a kernel that tracks page use would. */
#include "guest.h"

#define PTE_PPN_SHIFT 10
#define VPN1(va) ((va) >> 22)
#define VPN0(va) (((va) >> XVM_PAGE_SHIFT) & 0x3FF)
#define PTES_PER_PAGE (XVM_PAGE_SIZE / 4)

extern char __kernel_end[], __utext_start[], __utext_size[];

static uint32_t phys_base;
static char *next_free;
static uint32_t kernel_pte;

void *kmemset(void *d, int c, size_t n)
{
    char *p = d;
    while (n--)
        *p++ = (char)c;
    return d;
}

uint32_t vm_pa(const void *kva)
{
    return (uint32_t)(uintptr_t)kva - KERNEL_VBASE + phys_base;
}

static void *pa_to_kva(uint32_t pa)
{
    return (void *)(uintptr_t)(pa - phys_base + KERNEL_VBASE);
}

static void *alloc_page(void)
{
    if ((uint32_t)(uintptr_t)next_free + XVM_PAGE_SIZE > KERNEL_VBASE + GUEST_MEM_SIZE)
        panic("out of memory");
    void *p = next_free;
    next_free += XVM_PAGE_SIZE;
    return kmemset(p, 0, XVM_PAGE_SIZE);
}

static uint32_t make_pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | flags;
}

static uint32_t pte_pa(uint32_t pte)
{
    return (pte >> PTE_PPN_SHIFT) << XVM_PAGE_SHIFT;
}

void vm_init(uint32_t base)
{
    phys_base = base;
    next_free = (char *)(((uintptr_t)__kernel_end + XVM_PAGE_SIZE - 1) & ~(uintptr_t)(XVM_PAGE_SIZE - 1));
    kernel_pte = make_pte(base, XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X |
                                    XVM_PTE_G | XVM_PTE_A | XVM_PTE_D);
}

uint32_t *vm_new_space(void)
{
    uint32_t *root = alloc_page();
    root[VPN1(KERNEL_VBASE)] = kernel_pte;
    return root;
}

void vm_switch(uint32_t *root)
{
    csr_write(XVM_CSR_SATP, XVM_SATP_MODE_SV32 | (vm_pa(root) >> XVM_PAGE_SHIFT));
    __asm__ volatile("sfence.vma" ::: "memory");
}

static void flush_page(uint32_t va)
{
    __asm__ volatile("sfence.vma %0, zero" :: "r"(va) : "memory");
}

/* The level-0 PTE for va, creating the level-0 table when create is set. */
static uint32_t *pte_slot(uint32_t *root, uint32_t va, int create)
{
    uint32_t *l1 = &root[VPN1(va)];
    if (*l1 & (XVM_PTE_R | XVM_PTE_W | XVM_PTE_X))
        return NULL;
    if (!(*l1 & XVM_PTE_V)) {
        if (!create)
            return NULL;
        *l1 = make_pte(vm_pa(alloc_page()), XVM_PTE_V);
    }
    uint32_t *l0 = pa_to_kva(pte_pa(*l1));
    return &l0[VPN0(va)];
}

static uint32_t utext_size(void)
{
    return (uint32_t)(uintptr_t)__utext_size;
}

/* Maps a not-yet-present user page if va lies in a demand region. */
static int map_demand(uint32_t *slot, uint32_t va)
{
    uint32_t page = va & ~(uint32_t)(XVM_PAGE_SIZE - 1);
    if (va >= UCODE_VA && va - UCODE_VA < utext_size()) {
        uint32_t pa = vm_pa(__utext_start) + (page - UCODE_VA);
        *slot = make_pte(pa, XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_U);
        return 1;
    }
    if (va < USTACK_TOP && va >= USTACK_TOP - USTACK_PAGES * XVM_PAGE_SIZE) {
        *slot = make_pte(vm_pa(alloc_page()), XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_U);
        return 1;
    }
    return 0;
}

static int allowed(uint32_t pte, uint32_t cause)
{
    if (!(pte & XVM_PTE_U))
        return 0;
    switch (cause) {
    case XVM_EXC_INSN_PAGE_FAULT:  return (pte & XVM_PTE_X) != 0;
    case XVM_EXC_LOAD_PAGE_FAULT:  return (pte & XVM_PTE_R) != 0;
    case XVM_EXC_STORE_PAGE_FAULT: return (pte & XVM_PTE_W) != 0;
    default:                       return 0;
    }
}

int vm_fault(struct task *t, uint32_t va, uint32_t cause)
{
    uint32_t *slot = pte_slot(t->root, va, 1);
    if (!slot)
        return 0;
    if (!(*slot & XVM_PTE_V)) {
        if (!map_demand(slot, va))
            return 0;
    } else if (!allowed(*slot, cause)) {
        return 0;
    } else if (*slot & XVM_PTE_A) {
        if (cause != XVM_EXC_STORE_PAGE_FAULT || (*slot & XVM_PTE_D))
            return 0;
        *slot |= XVM_PTE_D;
    } else {
        *slot |= XVM_PTE_A;
        if (cause == XVM_EXC_STORE_PAGE_FAULT)
            *slot |= XVM_PTE_D;
    }
    flush_page(va);
    return 1;
}

int vm_copy_from_user(struct task *t, char *dst, uint32_t va, uint32_t len)
{
    while (len) {
        uint32_t *slot = pte_slot(t->root, va, 1);
        if (!slot)
            return -1;
        while (!(*slot & XVM_PTE_V) || !(*slot & XVM_PTE_A))
            if (!vm_fault(t, va, XVM_EXC_LOAD_PAGE_FAULT))
                return -1;
        if (!allowed(*slot, XVM_EXC_LOAD_PAGE_FAULT))
            return -1;
        uint32_t off = va & (XVM_PAGE_SIZE - 1);
        uint32_t n = XVM_PAGE_SIZE - off;
        if (n > len)
            n = len;
        const char *src = (const char *)pa_to_kva(pte_pa(*slot)) + off;
        for (uint32_t i = 0; i < n; i++)
            dst[i] = src[i];
        dst += n;
        va += n;
        len -= n;
    }
    return 0;
}
