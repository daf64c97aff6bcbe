/* SPDX-License-Identifier: Apache-2.0 */
/* Unit tests of the Sv32 walk shared by the reference model and the
 * debugger (sim/xvm_sv32.c), on a small physical memory of PTEs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "xvm_defs.h"
#include "xvm_sv32.h"

/* Root table at 0x80001000, a level-0 table at 0x80002000. */
#define ROOT_PPN 0x80001u
#define L0_PPN   0x80002u
#define SATP     (XVM_SATP_MODE_SV32 | ROOT_PPN)

struct mem {
    uint32_t root[1024];
    uint32_t l0[1024];
};

static int read32(void *ctx, uint64_t paddr, uint32_t *value)
{
    struct mem *m = ctx;
    uint64_t off = paddr & 0xfffu;
    if ((paddr >> 12) == ROOT_PPN)
        *value = m->root[off / 4];
    else if ((paddr >> 12) == L0_PPN)
        *value = m->l0[off / 4];
    else
        return -1;
    return 0;
}

static uint32_t pte(uint32_t ppn, uint32_t flags)
{
    return (ppn << XVM_PTE_PPN_SHIFT) | flags;
}

static struct mem m;

static int setup(void **state)
{
    (void)state;
    for (unsigned i = 0; i < 1024; i++)
        m.root[i] = m.l0[i] = 0;
    m.root[0] = pte(L0_PPN, XVM_PTE_V);
    return 0;
}

static void page_leaf_gives_its_page(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.l0[3] = pte(0x81234u, XVM_PTE_V | XVM_PTE_R | XVM_PTE_A | 0x100u);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00003abcu, read32, &m, &leaf, &ppage), XVM_SV32_OK);
    assert_int_equal(ppage, 0x81234000u);
    assert_int_equal(leaf, XVM_PTE_V | XVM_PTE_R | XVM_PTE_A | 0x100u);
}

static void superpage_leaf_adds_the_low_vpn(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.root[0x300] = pte(0x80400u, XVM_PTE_V | XVM_PTE_X);
    assert_int_equal(xvm_sv32_walk(SATP, 0xc0123456u, read32, &m, &leaf, &ppage), XVM_SV32_OK);
    assert_int_equal(ppage, 0x80523000u);
    assert_int_equal(leaf, XVM_PTE_V | XVM_PTE_X);
}

static void misaligned_superpage_is_a_page_fault(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.root[0x300] = pte(0x80401u, XVM_PTE_V | XVM_PTE_R);
    assert_int_equal(xvm_sv32_walk(SATP, 0xc0000000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_PAGE_FAULT);
}

static void invalid_pte_is_a_page_fault(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.l0[4] = pte(0x81234u, XVM_PTE_R);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00004000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_PAGE_FAULT);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00400000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_PAGE_FAULT);
}

static void write_without_read_is_a_page_fault(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    /* In the root, where it would otherwise point at a table. */
    m.root[2] = pte(0x90000u, XVM_PTE_V | XVM_PTE_W);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00800000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_PAGE_FAULT);
}

static void pointer_at_level_zero_is_a_page_fault(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.l0[6] = pte(L0_PPN, XVM_PTE_V);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00006000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_PAGE_FAULT);
}

static void unanswered_pte_read_is_an_access_fault(void **state)
{
    uint32_t leaf;
    uint64_t ppage;
    (void)state;
    m.root[1] = pte(0x90000u, XVM_PTE_V);
    assert_int_equal(xvm_sv32_walk(SATP, 0x00400000u, read32, &m, &leaf, &ppage),
                     XVM_SV32_ACCESS_FAULT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(page_leaf_gives_its_page, setup),
        cmocka_unit_test_setup(superpage_leaf_adds_the_low_vpn, setup),
        cmocka_unit_test_setup(misaligned_superpage_is_a_page_fault, setup),
        cmocka_unit_test_setup(invalid_pte_is_a_page_fault, setup),
        cmocka_unit_test_setup(write_without_read_is_a_page_fault, setup),
        cmocka_unit_test_setup(pointer_at_level_zero_is_a_page_fault, setup),
        cmocka_unit_test_setup(unanswered_pte_read_is_an_access_fault, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
