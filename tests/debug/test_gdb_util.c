/* SPDX-License-Identifier: Apache-2.0 */
/* The adapter helpers: the breakpoint set, and the debugger's Sv32 walk on
 * hand-built page tables (4 KiB page, 4 MiB superpage, Bare, and every way
 * a walk can fail). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gdb/xvm_gdb.h"
#include "xvm_defs.h"

/* Physical memory for the tables: 16 pages from PHYS_BASE. */
#define PHYS_BASE 0x80000000u
#define PHYS_PAGES 16u
#define ROOT 0u
#define L0 1u
#define SATP (XVM_SATP_MODE_SV32 | ((PHYS_BASE >> 12) + ROOT))
#define LEAF (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D)

static uint32_t phys[PHYS_PAGES * 1024];
static unsigned reads;

static int read32(void *ctx, uint64_t pa, uint32_t *v)
{
    (void)ctx;
    reads++;
    if (pa < PHYS_BASE || pa + 4 > PHYS_BASE + sizeof phys || (pa & 3))
        return -1;
    *v = phys[(pa - PHYS_BASE) / 4];
    return 0;
}

static uint32_t pte(uint64_t pa, uint32_t flags)
{
    return (uint32_t)((pa >> 12) << 10) | flags;
}

static void set_pte(unsigned page, unsigned index, uint32_t value)
{
    phys[page * 1024 + index] = value;
}

static int tables(void **state)
{
    (void)state;
    memset(phys, 0, sizeof phys);
    reads = 0;
    /* VA 0x00400000 (VPN1 1) -> level-0 table; VPN0 2 -> page 0x80005000 */
    set_pte(ROOT, 1, pte(PHYS_BASE + L0 * 4096u, XVM_PTE_V));
    set_pte(L0, 2, pte(PHYS_BASE + 5 * 4096u, LEAF));
    /* VA 0xC0000000 (VPN1 768): 4 MiB superpage at 0x80400000 */
    set_pte(ROOT, 768, pte(0x80400000u, LEAF | XVM_PTE_X));
    /* VA 0xC0400000: misaligned superpage (PPN0 != 0) */
    set_pte(ROOT, 769, pte(0x80401000u, LEAF));
    /* VA 0x00800000: pointer to a table outside the readable memory */
    set_pte(ROOT, 2, pte(0x10000000u, XVM_PTE_V));
    /* VA 0x00C00000: non-leaf at level 0 */
    set_pte(ROOT, 3, pte(PHYS_BASE + 2 * 4096u, XVM_PTE_V));
    set_pte(2, 0, pte(PHYS_BASE, XVM_PTE_V));
    /* VA 0x00403000 (VPN0 3 of the level-0 table) and VPN1 0x48 stay 0 */
    return 0;
}

static int translate(uint32_t satp, uint32_t va, uint64_t *pa)
{
    return xvm_gdb_sv32_translate(satp, va, read32, NULL, pa);
}

static void sv32_page_keeps_the_offset(void **state)
{
    uint64_t pa = 0;
    (void)state;
    assert_int_equal(translate(SATP, 0x00402abcu, &pa), 0);
    assert_int_equal(pa, 0x80005abcu);
}

static void sv32_superpage_keeps_the_low_vpn(void **state)
{
    uint64_t pa = 0;
    (void)state;
    assert_int_equal(translate(SATP, 0xc0123456u, &pa), 0);
    assert_int_equal(pa, 0x80523456u);
}

static void sv32_invalid_pte_is_unmapped(void **state)
{
    uint64_t pa;
    (void)state;
    assert_int_equal(translate(SATP, 0x00403000u, &pa), -1);   /* at level 0 */
    assert_int_equal(translate(SATP, 0x12345678u, &pa), -1);   /* at level 1 */
}

static void sv32_misaligned_superpage_is_unmapped(void **state)
{
    uint64_t pa;
    (void)state;
    assert_int_equal(translate(SATP, 0xc0400000u, &pa), -1);
}

static void sv32_unreadable_table_is_unmapped(void **state)
{
    uint64_t pa;
    (void)state;
    assert_int_equal(translate(SATP, 0x00800000u, &pa), -1);
}

static void sv32_pointer_at_level_zero_is_unmapped(void **state)
{
    uint64_t pa;
    (void)state;
    assert_int_equal(translate(SATP, 0x00c00000u, &pa), -1);
}

static void sv32_bare_is_identity_without_a_read(void **state)
{
    uint64_t pa = 0;
    (void)state;
    assert_int_equal(translate(0, 0x12345678u, &pa), 0);
    assert_int_equal(pa, 0x12345678u);
    assert_int_equal(reads, 0);
}

static void sv32_ppn_reaches_above_4gib(void **state)
{
    uint64_t pa = 0;
    (void)state;
    set_pte(L0, 3, pte(0x300000000ull, LEAF));
    assert_int_equal(translate(SATP, 0x00403010u, &pa), 0);
    assert_int_equal(pa, 0x300000010ull);
}

static struct xvm_gdb_bps bps;

static int empty_set(void **state)
{
    (void)state;
    memset(&bps, 0, sizeof bps);
    return 0;
}

static void bp_empty_set_stops_nowhere(void **state)
{
    (void)state;
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x80000000u), XVM_GDB_STOP_STEP);
}

static void bp_inserted_twice_is_one_entry(void **state)
{
    (void)state;
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x80000000u, 1), 0);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x80000000u, 1), 0);
    assert_int_equal(bps.n, 1);
}

static void bp_stop_names_the_kind(void **state)
{
    (void)state;
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x80000000u, 1), 0);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_HW, 0x80000010u, 1), 0);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x80000000u), XVM_GDB_STOP_SWBREAK);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x80000010u), XVM_GDB_STOP_HWBREAK);
}

static void bp_removal_needs_the_same_kind(void **state)
{
    (void)state;
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x80000000u, 1), 0);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_HW, 0x80000010u, 1), 0);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_HW, 0x80000000u, 0), -1);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x80000000u, 0), 0);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x80000000u), XVM_GDB_STOP_STEP);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x80000010u), XVM_GDB_STOP_HWBREAK);
}

static void bp_full_set_refuses_one_more(void **state)
{
    (void)state;
    for (uint32_t i = 0; i < XVM_GDB_MAX_BREAKPOINTS; i++)
        assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0x90000000u + 4 * i, 1), 0);
    assert_int_equal(xvm_gdb_bps_update(&bps, XVM_GDB_BP_SW, 0xa0000000u, 1), -1);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0x90000000u + 4 * (XVM_GDB_MAX_BREAKPOINTS - 1)),
                     XVM_GDB_STOP_SWBREAK);
    assert_int_equal(xvm_gdb_bps_check(&bps, 0xa0000000u), XVM_GDB_STOP_STEP);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(sv32_page_keeps_the_offset, tables),
        cmocka_unit_test_setup(sv32_superpage_keeps_the_low_vpn, tables),
        cmocka_unit_test_setup(sv32_invalid_pte_is_unmapped, tables),
        cmocka_unit_test_setup(sv32_misaligned_superpage_is_unmapped, tables),
        cmocka_unit_test_setup(sv32_unreadable_table_is_unmapped, tables),
        cmocka_unit_test_setup(sv32_pointer_at_level_zero_is_unmapped, tables),
        cmocka_unit_test_setup(sv32_bare_is_identity_without_a_read, tables),
        cmocka_unit_test_setup(sv32_ppn_reaches_above_4gib, tables),
        cmocka_unit_test_setup(bp_empty_set_stops_nowhere, empty_set),
        cmocka_unit_test_setup(bp_inserted_twice_is_one_entry, empty_set),
        cmocka_unit_test_setup(bp_stop_names_the_kind, empty_set),
        cmocka_unit_test_setup(bp_removal_needs_the_same_kind, empty_set),
        cmocka_unit_test_setup(bp_full_set_refuses_one_more, empty_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
