/* SPDX-License-Identifier: Apache-2.0 */
/* The adapter helpers: the breakpoint set, and the debugger's Sv32 walk on
 * hand-built page tables (4 KiB page, 4 MiB superpage, Bare, and every way
 * a walk can fail). One PASS/FAIL line per test. */
#include <stdio.h>
#include <string.h>

#include "gdb/xvm_gdb.h"
#include "xvm_defs.h"

static int failures;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond);       \
            failures++;                                                      \
        }                                                                    \
    } while (0)

/* Physical memory for the tables: 16 pages from PHYS_BASE. */
#define PHYS_BASE 0x80000000u
#define PHYS_PAGES 16u

static uint32_t phys[PHYS_PAGES * 1024];

static int read32(void *ctx, uint64_t pa, uint32_t *v)
{
    (void)ctx;
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

static void report(const char *name, int before)
{
    printf("%s %s\n", failures == before ? "PASS" : "FAIL", name);
}

static void test_sv32(void)
{
    const uint32_t leaf = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D;
    const uint32_t root = 0, l0 = 1;
    const uint32_t satp = XVM_SATP_MODE_SV32 | ((PHYS_BASE >> 12) + root);
    int before = failures;
    uint64_t pa;

    memset(phys, 0, sizeof phys);
    /* VA 0x00400000 (VPN1 1) -> level-0 table; VPN0 2 -> page 0x80005000 */
    set_pte(root, 1, pte(PHYS_BASE + l0 * 4096u, XVM_PTE_V));
    set_pte(l0, 2, pte(PHYS_BASE + 5 * 4096u, leaf));
    /* VA 0xC0000000 (VPN1 768): 4 MiB superpage at 0x80400000 */
    set_pte(root, 768, pte(0x80400000u, leaf | XVM_PTE_X));
    /* VA 0xC0400000: misaligned superpage (PPN0 != 0) */
    set_pte(root, 769, pte(0x80401000u, leaf));
    /* VA 0x00800000: pointer to a table outside the readable memory */
    set_pte(root, 2, pte(0x10000000u, XVM_PTE_V));
    /* VA 0x00C00000: non-leaf at level 0 */
    set_pte(root, 3, pte(PHYS_BASE + 2 * 4096u, XVM_PTE_V));
    set_pte(2, 0, pte(PHYS_BASE, XVM_PTE_V));
    /* VA 0x00402000 (VPN0 2 of a page without V) is left 0 */

    CHECK(xvm_gdb_sv32_translate(satp, 0x00402abcu, read32, NULL, &pa) == 0 &&
          pa == 0x80005abcu);
    CHECK(xvm_gdb_sv32_translate(satp, 0xc0123456u, read32, NULL, &pa) == 0 &&
          pa == 0x80523456u);
    CHECK(xvm_gdb_sv32_translate(satp, 0x00403000u, read32, NULL, &pa) == -1);
    CHECK(xvm_gdb_sv32_translate(satp, 0x12345678u, read32, NULL, &pa) == -1);
    CHECK(xvm_gdb_sv32_translate(satp, 0xc0400000u, read32, NULL, &pa) == -1);
    CHECK(xvm_gdb_sv32_translate(satp, 0x00800000u, read32, NULL, &pa) == -1);
    CHECK(xvm_gdb_sv32_translate(satp, 0x00c00000u, read32, NULL, &pa) == -1);
    /* Bare: identity, no table read */
    CHECK(xvm_gdb_sv32_translate(0, 0x12345678u, read32, NULL, &pa) == 0 && pa == 0x12345678u);
    /* Sv32 PPNs reach above 4 GiB */
    set_pte(l0, 3, pte(0x300000000ull, leaf));
    CHECK(xvm_gdb_sv32_translate(satp, 0x00403010u, read32, NULL, &pa) == 0 &&
          pa == 0x300000010ull);
    report("debug/gdb-sv32-walk", before);
}

static void test_breakpoints(void)
{
    struct xvm_gdb_bps b;
    int before = failures;

    memset(&b, 0, sizeof b);
    CHECK(xvm_gdb_bps_check(&b, 0x80000000u) == XVM_GDB_STOP_STEP);
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_SW, 0x80000000u, 1) == 0);
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_SW, 0x80000000u, 1) == 0);   /* again: one entry */
    CHECK(b.n == 1);
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_HW, 0x80000010u, 1) == 0);
    CHECK(xvm_gdb_bps_check(&b, 0x80000000u) == XVM_GDB_STOP_SWBREAK);
    CHECK(xvm_gdb_bps_check(&b, 0x80000010u) == XVM_GDB_STOP_HWBREAK);
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_HW, 0x80000000u, 0) == -1);  /* wrong kind */
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_SW, 0x80000000u, 0) == 0);
    CHECK(xvm_gdb_bps_check(&b, 0x80000000u) == XVM_GDB_STOP_STEP);
    CHECK(xvm_gdb_bps_check(&b, 0x80000010u) == XVM_GDB_STOP_HWBREAK);
    for (uint32_t i = 1; i < XVM_GDB_MAX_BREAKPOINTS; i++)
        CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_SW, 0x90000000u + 4 * i, 1) == 0);
    CHECK(xvm_gdb_bps_update(&b, XVM_GDB_BP_SW, 0xa0000000u, 1) == -1);   /* full */
    CHECK(xvm_gdb_bps_check(&b, 0x90000000u + 4 * (XVM_GDB_MAX_BREAKPOINTS - 1)) ==
          XVM_GDB_STOP_SWBREAK);
    report("debug/gdb-breakpoint-set", before);
}

int main(void)
{
    test_sv32();
    test_breakpoints();
    return failures ? 1 : 0;
}
