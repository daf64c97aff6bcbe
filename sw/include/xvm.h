/* SPDX-License-Identifier: Apache-2.0 */
/* Xvm extension interface for C and assembly (docs/xvm.md).
 *
 * Every number comes from the generated xvm_defs.h (itself generated from
 * rtl/xvm_defs.vh), so this header cannot drift from the RTL; `make
 * check-xvm-h` assembles the vmsw forms below and compares their words with
 * XVM_INSN_VMSW0/1. */
#ifndef XVM_H
#define XVM_H

#include "xvm_defs.h"

/* Highest virtual address a guest may use when vmctl.VAMSB = n (R11). */
#ifdef __ASSEMBLER__
#define XVM_VA_LIMIT(n) (0xFFFFFFFF >> (31 - (n)))
#else
#define XVM_VA_LIMIT(n) (0xFFFFFFFFu >> (31 - (n)))
#endif

#ifdef __ASSEMBLER__

/* vmsw.0 / vmsw.1: custom-0, I-type, rd = rs1 = funct3 = 0 (R1). */
.macro VMSW0
    .insn i XVM_OPCODE_CUSTOM0, 0, x0, x0, 0
.endm
.macro VMSW1
    .insn i XVM_OPCODE_CUSTOM0, 0, x0, x0, 1
.endm

#else

#include <stdint.h>

#define XVM_H_STR_(x) #x
#define XVM_H_STR(x) XVM_H_STR_(x)

/* The "memory" clobbers keep the compiler from moving accesses across the
 * switch: VA masking (R10) changes with VM at the very next instruction. */
static inline void xvm_vmsw0(void)
{
    __asm__ volatile(".insn i " XVM_H_STR(XVM_OPCODE_CUSTOM0) ", 0, x0, x0, 0" ::: "memory");
}

static inline void xvm_vmsw1(void)
{
    __asm__ volatile(".insn i " XVM_H_STR(XVM_OPCODE_CUSTOM0) ", 0, x0, x0, 1" ::: "memory");
}

static inline uint32_t xvm_vmctl_read(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, " XVM_H_STR(XVM_CSR_VMCTL) : "=r"(v));
    return v;
}

static inline void xvm_vmctl_write(uint32_t v)
{
    __asm__ volatile("csrw " XVM_H_STR(XVM_CSR_VMCTL) ", %0" :: "r"(v) : "memory");
}

static inline uint32_t xvm_vmctl_vamsb(uint32_t vmctl)
{
    return (vmctl & XVM_VMCTL_VAMSB_MASK) >> XVM_VMCTL_VAMSB_LO;
}

static inline uint32_t xvm_vmctl_with_vamsb(uint32_t vmctl, uint32_t n)
{
    return (vmctl & ~(uint32_t)XVM_VMCTL_VAMSB_MASK) |
           ((n << XVM_VMCTL_VAMSB_LO) & XVM_VMCTL_VAMSB_MASK);
}

static inline int xvm_vmctl_spvm(uint32_t vmctl)
{
    return (vmctl & XVM_VMCTL_SPVM) != 0;
}

#endif /* __ASSEMBLER__ */

#endif /* XVM_H */
