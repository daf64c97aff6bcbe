/* SPDX-License-Identifier: Apache-2.0 */
/* Helpers that every target adapter needs: a breakpoint set and the
 * debugger's (permission-free) view of Sv32 translation. */
#include "gdb/xvm_gdb.h"

#include "xvm_defs.h"
#include "xvm_sv32.h"

int xvm_gdb_bps_update(struct xvm_gdb_bps *b, enum xvm_gdb_bp_kind kind, uint32_t addr,
                       int insert)
{
    for (unsigned i = 0; i < b->n; i++) {
        if (b->addr[i] != addr || b->kind[i] != kind)
            continue;
        if (insert)
            return 0;
        b->n--;
        b->addr[i] = b->addr[b->n];
        b->kind[i] = b->kind[b->n];
        return 0;
    }
    if (!insert || b->n == XVM_GDB_MAX_BREAKPOINTS)
        return -1;
    b->addr[b->n] = addr;
    b->kind[b->n] = kind;
    b->n++;
    return 0;
}

enum xvm_gdb_stop xvm_gdb_bps_check(const struct xvm_gdb_bps *b, uint32_t pc)
{
    for (unsigned i = 0; i < b->n; i++)
        if (b->addr[i] == pc)
            return b->kind[i] == XVM_GDB_BP_HW ? XVM_GDB_STOP_HWBREAK : XVM_GDB_STOP_SWBREAK;
    return XVM_GDB_STOP_STEP;
}

int xvm_gdb_sv32_translate(uint32_t satp, uint32_t vaddr,
                           int (*read32)(void *ctx, uint64_t paddr, uint32_t *value),
                           void *ctx, uint64_t *paddr)
{
    uint32_t leaf;
    uint64_t ppage;

    if (!(satp & XVM_SATP_MODE_SV32)) {
        *paddr = vaddr;
        return 0;
    }
    if (xvm_sv32_walk(satp, vaddr, read32, ctx, &leaf, &ppage) != XVM_SV32_OK)
        return -1;
    *paddr = ppage | (vaddr & (XVM_PAGE_SIZE - 1));
    return 0;
}
