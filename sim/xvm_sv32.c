/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_sv32.h"

#include "xvm_defs.h"

enum xvm_sv32_result xvm_sv32_walk(uint32_t satp, uint32_t vaddr, xvm_sv32_read32 read32,
                                   void *ctx, uint32_t *leaf, uint64_t *ppage)
{
    uint64_t table = (uint64_t)(satp & XVM_SATP_PPN_MASK) << XVM_PAGE_SHIFT;

    for (int level = 1; level >= 0; level--) {
        uint32_t vpn = (vaddr >> (XVM_PAGE_SHIFT + 10 * level)) & 0x3ffu;
        uint32_t pte;

        if (read32(ctx, table + 4u * vpn, &pte) != 0)
            return XVM_SV32_ACCESS_FAULT;
        if (!(pte & XVM_PTE_V) || (!(pte & XVM_PTE_R) && (pte & XVM_PTE_W)))
            return XVM_SV32_PAGE_FAULT;
        uint64_t ppn = pte >> XVM_PTE_PPN_SHIFT;
        if (pte & (XVM_PTE_R | XVM_PTE_X)) {
            if (level == 1) {
                if (ppn & 0x3ffu)
                    return XVM_SV32_PAGE_FAULT;
                ppn |= (vaddr >> XVM_PAGE_SHIFT) & 0x3ffu;
            }
            *leaf = pte & 0x3ffu;
            *ppage = ppn << XVM_PAGE_SHIFT;
            return XVM_SV32_OK;
        }
        table = ppn << XVM_PAGE_SHIFT;
    }
    return XVM_SV32_PAGE_FAULT;
}
