/* SPDX-License-Identifier: Apache-2.0 */
/* The Sv32 table walk shared by the reference model (which adds the TLB,
 * the permission and the A/D checks) and the debugger's view of memory
 * (which has none of them). */
#ifndef XVM_SV32_H
#define XVM_SV32_H

#include <stdint.h>

/* A physical 32-bit read for the walk: 0, or -1 when nothing answers. */
typedef int (*xvm_sv32_read32)(void *ctx, uint64_t paddr, uint32_t *value);

enum xvm_sv32_result {
    XVM_SV32_OK = 0,
    XVM_SV32_PAGE_FAULT = -1,     /* invalid or reserved PTE, misaligned superpage */
    XVM_SV32_ACCESS_FAULT = -2,   /* a PTE read that nothing answered */
};

/* Walks the table at satp's PPN for vaddr (satp.MODE is the caller's).
 * XVM_SV32_OK gives the leaf PTE's low ten bits (flags and RSW) in *leaf and
 * the physical base of vaddr's 4 KiB page in *ppage. */
enum xvm_sv32_result xvm_sv32_walk(uint32_t satp, uint32_t vaddr, xvm_sv32_read32 read32,
                                   void *ctx, uint32_t *leaf, uint64_t *ppage);

#endif
