/* SPDX-License-Identifier: Apache-2.0 */
/* Lockstep co-simulation of the RTL against the reference model.
 *
 * The RTL's entries are checked in batches: stepping the model for many
 * entries in a row keeps its state in the host's caches, which the
 * Verilator model evicts on every cycle. A batch is checked when full and
 * at every store that can end the run (finisher, tohost), so the run ends
 * with exit status 3 at a difference whatever its position; only a run cut
 * short by --max-cycles or a signal can leave the last batch unchecked, and
 * close() still reports a difference in it. */
#include "cosim.h"

#include <stdio.h>
#include <stdlib.h>

#include "iss.h"
#include "xvm_defs.h"
#include "xvm_options.h"

#define HISTORY 20u
#define BATCH 512u

struct pending {
    struct xvm_commit c;
    uint64_t cycle;
};

struct cosim {
    struct iss *iss;
    struct xvm_model *model;
    int has_tohost;
    uint32_t tohost;
    struct pending batch[BATCH];
    unsigned pending;
    struct xvm_commit history[HISTORY];   /* ring of matched entries */
    uint64_t matched;
};

static uint32_t store_bits(const struct xvm_commit *c)
{
    return c->mem_size == 0 ? (c->mem_data & 0xffu)
         : c->mem_size == 1 ? (c->mem_data & 0xffffu) : c->mem_data;
}

/* The first field that differs, or NULL. */
static const char *difference(const struct xvm_commit *rtl, const struct xvm_commit *iss)
{
    if (rtl->pc != iss->pc)
        return "pc";
    if (rtl->trap != iss->trap)
        return rtl->trap ? "trap (the ISS retired the instruction)"
                         : "trap (the RTL retired the instruction)";
    if (rtl->insn != iss->insn)
        return "instruction bits";
    if (rtl->priv != iss->priv)
        return "privilege";
    if (!rtl->vm != !iss->vm)
        return "VM";
    if (rtl->trap)
        return rtl->cause != iss->cause ? "trap cause"
             : rtl->tval != iss->tval   ? "trap value" : NULL;
    if (rtl->rd != iss->rd)
        return "destination register";
    if (rtl->rd && rtl->rd_value != iss->rd_value)
        return "register value";
    if (!rtl->mem_we != !iss->mem_we)
        return "memory write";
    if (!rtl->mem_re != !iss->mem_re)
        return "memory read";
    /* The address and size are the write's, else the read's (an AMO's are
     * the same). */
    if (rtl->mem_we || rtl->mem_re) {
        int st = rtl->mem_we;

        if (rtl->mem_addr != iss->mem_addr)
            return st ? "store virtual address" : "load virtual address";
        if (rtl->mem_paddr != iss->mem_paddr)
            return st ? "store physical address" : "load physical address";
        if (rtl->mem_size != iss->mem_size)
            return st ? "store size" : "load size";
        if (st && store_bits(rtl) != store_bits(iss))
            return "store data";
    }
    return NULL;
}

static void print_entry(const char *who, const struct xvm_commit *c)
{
    char line[160];

    if (xvm_commit_format(line, sizeof line, c) < 0)
        line[0] = '\0';
    fprintf(stderr, "  %s %s", who, line);
    if (!c->trap && (c->mem_we || c->mem_re))
        fprintf(stderr, "      (%s paddr 0x%08x size %u)\n", c->mem_we ? "store" : "load",
                (unsigned)c->mem_paddr, c->mem_size);
}

static int report(struct cosim *k, const char *what, uint64_t cycle,
                  const struct xvm_commit *rtl, const struct xvm_commit *iss)
{
    uint64_t n = k->matched < HISTORY ? k->matched : HISTORY;

    fprintf(stderr, "xvm-sim: cosim: mismatch (%s) at cycle %llu, entry %llu\n", what,
            (unsigned long long)cycle, (unsigned long long)k->matched + 1);
    print_entry("rtl:", rtl);
    if (iss)
        print_entry("iss:", iss);
    else
        fprintf(stderr, "  iss: (interrupt 0x%08x not enabled in the ISS's state)\n",
                (unsigned)rtl->cause);
    fprintf(stderr, "  last %llu matching entries:\n", (unsigned long long)n);
    for (uint64_t i = k->matched - n; i < k->matched; i++)
        print_entry("   ", &k->history[i % HISTORY]);
    return XVM_EXIT_COSIM;
}

static int check(struct cosim *k, const struct pending *p)
{
    const struct xvm_commit *rtl = &p->c;
    struct xvm_commit mine;
    const char *what;

    if (rtl->trap && (rtl->cause & XVM_CAUSE_INTERRUPT)) {
        if (iss_pc(k->iss) != rtl->pc)
            return report(k, "interrupt at another pc", p->cycle, rtl, NULL);
        if (iss_take_interrupt(k->iss, rtl->cause & ~XVM_CAUSE_INTERRUPT, &mine) != 0)
            return report(k, "interrupt", p->cycle, rtl, NULL);
    } else {
        if (!rtl->trap && rtl->rd)
            iss_override_read(k->iss, rtl->rd_value);
        iss_offer_fetch(k->iss, rtl->insn);
        iss_step(k->iss, &mine);
    }
    what = difference(rtl, &mine);
    if (what)
        return report(k, what, p->cycle, rtl, &mine);
    k->history[k->matched % HISTORY] = *rtl;
    k->matched++;
    return -1;
}

static int flush(struct cosim *k)
{
    unsigned n = k->pending;

    k->pending = 0;
    for (unsigned i = 0; i < n; i++)
        if (check(k, &k->batch[i]) >= 0)
            return XVM_EXIT_COSIM;
    return -1;
}

static int ends_run(const struct cosim *k, const struct xvm_commit *c)
{
    return !c->trap && c->mem_we &&
           (c->mem_paddr == XVM_FINISHER_BASE || (k->has_tohost && c->mem_paddr == k->tohost));
}

static int cosim_retire(void *ctx, const struct xvm_commit *rtl)
{
    struct cosim *k = ctx;
    struct pending *p = &k->batch[k->pending++];

    p->c = *rtl;
    p->cycle = xvm_model_cycles(k->model);
    if (k->pending == BATCH || ends_run(k, rtl))
        return flush(k);
    return -1;
}

/* A difference found here was printed; the run's status stays that of
 * what cut it short (see the top of this file). */
static int cosim_close(void *ctx)
{
    struct cosim *k = ctx;

    flush(k);
    iss_destroy(k->iss);
    free(k);
    return 0;
}

int tb_cosim_open(const char *elf, uint32_t ram_size, struct xvm_model *model,
                  struct xvm_retire_hook *hook, char *err, size_t errlen)
{
    struct cosim *k = calloc(1, sizeof *k);
    struct xvm_elf_info info;

    if (!k) {
        snprintf(err, errlen, "--cosim: out of memory");
        return -1;
    }
    k->iss = iss_create(ram_size);
    if (!k->iss) {
        free(k);
        snprintf(err, errlen, "--cosim: cannot allocate the reference model's RAM");
        return -1;
    }
    if (iss_load_elf(k->iss, elf, &info, err, errlen) != 0) {
        cosim_close(k);
        return -1;
    }
    k->has_tohost = info.has_tohost;
    k->tohost = info.tohost;
    iss_set_lockstep(k->iss, 1);
    iss_set_uart_output(k->iss, NULL);
    k->model = model;
    hook->retire = cosim_retire;
    hook->close = cosim_close;
    hook->ctx = k;
    return 0;
}
