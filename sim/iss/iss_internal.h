/* SPDX-License-Identifier: Apache-2.0 */
/* State of the ISS and the interfaces between its parts: decoder
 * (sim/xvm_decode.c, shared with the disassembler), instruction classes
 * (exec.c), privileged architecture
 * (priv.c), address translation (mmu.c) and physical memory with the
 * platform devices (devices.c). */
#ifndef ISS_INTERNAL_H
#define ISS_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include "iss.h"
#include "xvm_decode.h"
#include "xvm_defs.h"

/* ---- state ------------------------------------------------------------- */

#define ISS_TLB_ENTRIES 256u

/* A cached Sv32 leaf: permissions are checked at every lookup with the
 * privilege, SUM and MXR of that moment (docs/architecture.md, Sv32). */
struct iss_tlb_entry {
    uint32_t vpn_tag;        /* vpn | 1 when valid: 0 never matches */
    uint32_t pte;            /* leaf PTE flags (low 10 bits) */
    uint64_t ppage;          /* physical base of this 4 KiB page (34 bits) */
};

/* The state an access needs from the trap machinery: cause and tval. */
struct iss_exc {
    uint32_t cause;
    uint32_t tval;
};

enum iss_access { ACC_FETCH, ACC_LOAD, ACC_STORE };

struct iss {
    uint32_t x[32];
    uint32_t pc;
    unsigned priv;
    int vm;

    /* CSRs (only implemented bits are ever set) */
    uint32_t mstatus, mstatush;
    uint32_t medeleg, mideleg, mie, mip_sw;   /* mip_sw: SSIP, STIP, SEIP */
    uint32_t mtvec, stvec, mcounteren, scounteren;
    uint32_t menvcfg, menvcfgh, senvcfg;
    uint32_t mscratch, sscratch, mepc, sepc, mcause, scause, mtval, stval;
    uint32_t satp, vmctl;
    uint32_t gscratch, gepc, gcause, gtval;   /* the guest's trap records (R12) */
    uint64_t mcycle, minstret, stimecmp;
    int suppress_minstret, suppress_mcycle;

    /* LR/SC reservation (physical word address) */
    int resv_valid;
    uint32_t resv_addr;

    /* a wfi that executed and waits for mip != 0 to retire */
    int wfi_waiting;
    uint32_t wfi_insn;

    /* platform */
    uint8_t *ram;
    uint32_t ram_size;
    uint64_t mtime, mtimecmp;
    uint32_t msip;
    uint8_t uart_ier, uart_lcr, uart_mcr, uart_scr;
    uint8_t uart_dll, uart_dlm;  /* divisor latches (LCR.DLAB) */
    int uart_thre_irq;           /* THR-empty interrupt pending */
    int uart_rx_full;
    int uart_input;              /* stdin: 0 not checked, 1 input, -1 none */
    int mtime_written;
    uint8_t uart_rbr;
    FILE *uart_out;
    uint32_t ext_mip;            /* MEIP/SEIP input pins */
    uint32_t force_mask, force_val;

    int has_tohost;
    uint32_t tohost;
    int finished;
    int exit_code;

    /* lockstep */
    int lockstep;
    int override_armed;
    uint32_t override_value;
    int fetch_offer_armed;
    uint32_t fetch_offer;
    /* RAM words stored to since the last fence.i (lockstep only): one bit
     * per word, and the indices of the map's non-zero elements so that
     * fence.i clears only those. */
    uint64_t *code_written;
    uint32_t *code_written_idx;
    uint32_t code_written_n;

    /* statistics (independent of the program's writes to the counters) */
    uint64_t steps, retired;

    struct iss_tlb_entry tlb[ISS_TLB_ENTRIES];
};

/* ---- priv.c: CSRs, traps, interrupts ----------------------------------- */

void iss_priv_reset(struct iss *s);
uint32_t iss_mip(struct iss *s);
/* CSR instruction access: checks legality for the current privilege and
 * VM (returns 0, XVM_EXC_ILLEGAL_INSN or XVM_EXC_VIRT_FAULT), then reads
 * the old value and, when write is set, writes the new one. */
int iss_csr_access(struct iss *s, unsigned csr, int write, uint32_t wval_set,
                   unsigned kind, uint32_t *old);
/* Trap entry (exception or interrupt; cause in xcause format). */
void iss_trap(struct iss *s, uint32_t cause, uint32_t tval);
void iss_mret(struct iss *s);
void iss_sret(struct iss *s);
/* The interrupt to take now (xcause format), or 0. */
uint32_t iss_pending_interrupt(struct iss *s);
/* Consumes the lockstep read override if armed. */
uint32_t iss_nondet(struct iss *s, uint32_t own);

/* Kinds of CSR instruction for iss_csr_access. */
enum { CSR_KIND_W, CSR_KIND_S, CSR_KIND_C };

/* ---- mmu.c: Sv32 and the VA mask --------------------------------------- */

void iss_tlb_flush(struct iss *s);
/* Translates vaddr for an access of the given type with the effective
 * privilege and VM of that access type. On success returns 0 with *paddr
 * (64-bit: Sv32 reaches 34-bit physical addresses) and, for fetches, the
 * leaf PTE flags in *pte (0 when untranslated). Otherwise fills e. */
int iss_translate(struct iss *s, uint32_t vaddr, enum iss_access acc,
                  uint64_t *paddr, uint32_t *pte, struct iss_exc *e);
/* 1 when vaddr is outside the Xvm VA mask for an access with this VM. */
int iss_va_masked(const struct iss *s, int vm, uint32_t vaddr);
/* Effective privilege and VM of loads and stores (MPRV). */
unsigned iss_data_priv(const struct iss *s, int *vm);

/* ---- devices.c: physical memory ---------------------------------------- */

/* Physical word access (addr word aligned; be = byte enables for writes).
 * Return 0, or -1 when no device answers (access fault). is_dev tells
 * whether the word belongs to a device (non-deterministic reads). */
int iss_phys_read(struct iss *s, uint64_t addr, int fetch, unsigned be,
                  uint32_t *val, int *is_dev);
int iss_phys_write(struct iss *s, uint64_t addr, uint32_t val, unsigned be);
/* 1 when the word at addr answers (RAM or a device; fetch: RAM only). */
int iss_phys_exists(const struct iss *s, uint64_t addr, int fetch);
/* Whether the RAM word at byte offset off was stored to since the last
 * fence.i (tracked in lockstep mode only), and fence.i's reset of that. */
int iss_code_written(const struct iss *s, uint32_t off);
void iss_code_sync(struct iss *s);
void iss_devices_reset(struct iss *s);

/* ---- exec.c ------------------------------------------------------------ */

/* Executes the instruction at s->pc (fetched as insn, with the fetch's leaf
 * PTE flags). Returns 0 when it retired (c filled with its writes), -1 with
 * the exception it raised in e, or 1 when wfi waits (nothing changed). */
int iss_execute(struct iss *s, uint32_t insn, uint32_t fetch_pte,
                struct xvm_commit *c, struct iss_exc *e);

static inline uint32_t iss_bits(uint32_t v, unsigned hi, unsigned lo)
{
    return (v >> lo) & ((hi - lo == 31) ? 0xffffffffu : ((1u << (hi - lo + 1)) - 1));
}

#endif
