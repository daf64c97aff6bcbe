/* SPDX-License-Identifier: Apache-2.0 */
/* The hart's step: interrupt check, fetch (VA mask, translation, physical
 * check), execute, trap entry, and the per-step counters. */
#include <stdlib.h>
#include <string.h>

#include "iss_internal.h"

struct iss *iss_create(uint32_t ram_size)
{
    struct iss *s = calloc(1, sizeof *s);
    size_t words = ((size_t)ram_size / 4 + 63) / 64;

    if (!s)
        return NULL;
    s->ram_size = ram_size;
    /* Rounded up so that word reads at the last bytes stay in bounds. */
    s->ram = calloc(1, (size_t)ram_size + 4);
    /* The written-code map: pages of it are touched only in lockstep. */
    s->code_written = calloc(words, sizeof *s->code_written);
    s->code_written_idx = calloc(words, sizeof *s->code_written_idx);
    if (!s->ram || !s->code_written || !s->code_written_idx) {
        iss_destroy(s);
        return NULL;
    }
    s->uart_out = stdout;
    iss_reset(s);
    return s;
}

void iss_destroy(struct iss *s)
{
    if (s) {
        free(s->ram);
        free(s->code_written);
        free(s->code_written_idx);
        free(s);
    }
}

void iss_reset(struct iss *s)
{
    memset(s->x, 0, sizeof s->x);
    s->pc = XVM_RESET_PC;
    iss_priv_reset(s);
    iss_devices_reset(s);
    iss_tlb_flush(s);
    s->wfi_waiting = 0;
}

int iss_load_elf(struct iss *s, const char *path, struct xvm_elf_info *info,
                 char *err, size_t errlen)
{
    if (xvm_elf_load(path, XVM_RAM_BASE, s->ram_size, s->ram, info, err, errlen) != 0)
        return -1;
    if (info->has_tohost)
        iss_set_tohost(s, info->tohost);
    return 0;
}

uint8_t *iss_ram(struct iss *s) { return s->ram; }
uint32_t iss_ram_size(const struct iss *s) { return s->ram_size; }

void iss_set_tohost(struct iss *s, uint32_t paddr)
{
    s->has_tohost = 1;
    s->tohost = paddr;
}

void iss_set_uart_output(struct iss *s, FILE *f) { s->uart_out = f; }

int iss_finished(const struct iss *s, int *code)
{
    if (s->finished && code)
        *code = s->exit_code;
    return s->finished;
}

uint64_t iss_cycles(const struct iss *s) { return s->steps; }
uint64_t iss_instret(const struct iss *s) { return s->retired; }

/* Fetch: VA mask, then translation, then "only RAM is executable"; every
 * fault reports the pc as tval and 0 as the instruction bits. A word
 * stored to since the last fence.i yields the bits offered by lockstep,
 * if any: the RTL may have fetched it before the store. */
static int fetch(struct iss *s, uint32_t *insn, uint32_t *pte, struct iss_exc *e)
{
    uint64_t pa;
    int is_dev;

    if (iss_va_masked(s, s->vm, s->pc)) {
        e->cause = XVM_EXC_INSN_ACCESS;
        e->tval = s->pc;
        return -1;
    }
    if (iss_translate(s, s->pc, ACC_FETCH, &pa, pte, e))
        return -1;
    if (pa >= XVM_RAM_BASE && pa - XVM_RAM_BASE < s->ram_size) {
        const uint8_t *p = s->ram + (pa - XVM_RAM_BASE);

        *insn = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
                ((uint32_t)p[3] << 24);
        if (s->fetch_offer_armed && iss_code_written(s, (uint32_t)(pa - XVM_RAM_BASE)))
            *insn = s->fetch_offer;
        return 0;
    }
    if (iss_phys_read(s, pa, 1, 0xf, insn, &is_dev) == 0)
        return 0;
    e->cause = XVM_EXC_INSN_ACCESS;
    e->tval = s->pc;
    return -1;
}

static void begin(struct iss *s, struct xvm_commit *c)
{
    memset(c, 0, sizeof *c);
    c->pc = s->pc;
    c->priv = s->priv;
    c->vm = s->vm;
    s->suppress_minstret = 0;
    s->suppress_mcycle = 0;
    s->mtime_written = 0;
}

static void trap(struct iss *s, struct xvm_commit *c, uint32_t cause, uint32_t tval)
{
    c->trap = 1;
    c->cause = cause;
    c->tval = tval;
    c->rd = 0;
    c->mem_we = 0;
    c->mem_re = 0;
    iss_trap(s, cause, tval);
}

/* Time passes once per step: mcycle and mtime (unless the step wrote them). */
static void end(struct iss *s)
{
    if (!s->suppress_mcycle)
        s->mcycle++;
    if (!s->mtime_written)
        s->mtime++;
    s->steps++;
    s->override_armed = 0;
    s->fetch_offer_armed = 0;
}

enum iss_status iss_step(struct iss *s, struct xvm_commit *c)
{
    enum iss_status st = ISS_RETIRED;
    struct iss_exc e;
    uint32_t insn, pte, irq;
    int r;

    begin(s, c);
    /* A waiting wfi retires once any interrupt is pending (mip != 0,
     * enabled or not); one that is also enabled is taken at the next step,
     * after the wfi. */
    if (s->wfi_waiting) {
        if (iss_mip(s) == 0) {
            end(s);
            return ISS_WAITING;
        }
        s->wfi_waiting = 0;
        c->insn = s->wfi_insn;
        s->pc += 4;
        s->retired++;
        s->minstret++;
        end(s);
        return ISS_RETIRED;
    }
    if (!s->lockstep && (irq = iss_pending_interrupt(s)) != 0) {
        trap(s, c, irq, 0);
        end(s);
        return ISS_TRAPPED;
    }
    if (fetch(s, &insn, &pte, &e)) {
        trap(s, c, e.cause, e.tval);
        end(s);
        return ISS_TRAPPED;
    }
    c->insn = insn;
    r = iss_execute(s, insn, pte, c, &e);
    if (r < 0) {
        trap(s, c, e.cause, e.tval);
        st = ISS_TRAPPED;
    } else if (r > 0) {
        s->wfi_waiting = 1;
        s->wfi_insn = insn;
        st = ISS_WAITING;
    } else {
        s->retired++;
        if (!s->suppress_minstret)
            s->minstret++;
    }
    end(s);
    return st;
}

/* ---- lockstep hooks ---------------------------------------------------- */

void iss_set_lockstep(struct iss *s, int on) { s->lockstep = on; }
void iss_set_mip_inputs(struct iss *s, uint32_t ext_bits)
{
    s->ext_mip = ext_bits & (XVM_MIP_MEIP | XVM_MIP_SEIP);
}

void iss_force_mip(struct iss *s, uint32_t mask, uint32_t value)
{
    s->force_mask = mask;
    s->force_val = value & mask;
}

void iss_override_read(struct iss *s, uint32_t value)
{
    s->override_armed = 1;
    s->override_value = value;
}

void iss_offer_fetch(struct iss *s, uint32_t insn)
{
    s->fetch_offer_armed = 1;
    s->fetch_offer = insn;
}

/* The RTL took this interrupt; it must at least be enabled here (mie, the
 * delegation and the global enables of docs/architecture.md), whatever the
 * ISS thinks is pending, since pending timer bits follow the RTL's clock. */
int iss_take_interrupt(struct iss *s, unsigned code, struct xvm_commit *c)
{
    int delegated = (s->mideleg >> code) & 1u;
    int enabled = code < 32 && ((s->mie >> code) & 1u) &&
                  (delegated ? (s->priv == XVM_PRIV_U ||
                                (s->priv == XVM_PRIV_S &&
                                 ((s->mstatus & XVM_MSTATUS_SIE) || s->vm)))
                             : (s->priv < XVM_PRIV_M || (s->mstatus & XVM_MSTATUS_MIE)));

    if (!enabled)
        return -1;
    begin(s, c);
    trap(s, c, XVM_CAUSE_INTERRUPT | code, 0);
    end(s);
    return 0;
}

/* ---- state access ------------------------------------------------------ */

uint32_t iss_pc(const struct iss *s) { return s->pc; }
uint32_t iss_reg(const struct iss *s, unsigned n) { return n < 32 ? s->x[n] : 0; }
void iss_set_reg(struct iss *s, unsigned n, uint32_t v)
{
    if (n > 0 && n < 32)
        s->x[n] = v;
}
void iss_set_pc(struct iss *s, uint32_t pc) { s->pc = pc; }
unsigned iss_priv(const struct iss *s) { return s->priv; }
int iss_vm(const struct iss *s) { return s->vm; }
void iss_set_priv(struct iss *s, unsigned priv, int vm)
{
    s->priv = priv;
    s->vm = vm;
}
