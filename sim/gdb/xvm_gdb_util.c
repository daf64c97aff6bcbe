/* SPDX-License-Identifier: Apache-2.0 */
/* Helpers that every target adapter needs: a breakpoint set and the
 * debugger's (permission-free) view of Sv32 translation. */
#include "gdb/xvm_gdb.h"

#include "xvm_defs.h"

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
    uint64_t table = (uint64_t)(satp & XVM_SATP_PPN_MASK) << XVM_PAGE_SHIFT;
    uint32_t vpn[2] = { (vaddr >> 12) & 0x3ff, vaddr >> 22 };

    if (!(satp & XVM_SATP_MODE_SV32)) {
        *paddr = vaddr;
        return 0;
    }
    for (int level = 1; level >= 0; level--) {
        uint32_t pte;
        if (read32(ctx, table + 4u * vpn[level], &pte) != 0 || !(pte & XVM_PTE_V))
            return -1;
        uint64_t ppn = pte >> XVM_PTE_PPN_SHIFT;
        if (pte & (XVM_PTE_R | XVM_PTE_X)) {
            if (level == 1) {
                if (ppn & 0x3ff)
                    return -1;   /* misaligned superpage */
                *paddr = ((ppn >> 10) << 22) | (vaddr & 0x3fffffu);
            } else
                *paddr = (ppn << 12) | (vaddr & 0xfffu);
            return 0;
        }
        table = ppn << XVM_PAGE_SHIFT;
    }
    return -1;
}
