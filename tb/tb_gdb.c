/* SPDX-License-Identifier: Apache-2.0 */
/* The reference model is stepped with each RTL entry exactly as tb/cosim.c
 * does (interrupts and non-deterministic reads are the RTL's); a difference
 * in pc, instruction or trap ends the session with status 3, since the
 * debugger's view would be wrong from then on.
 *
 * When the debugger writes memory, the instructions already in the RTL's
 * pipeline may have read the old bytes: for the next few entries the
 * reference model takes the RTL's register results and stored bytes, so
 * that it shows what the RTL did rather than what it should have done. */
#include "tb_gdb.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"
#include "xvm_options.h"

/* Polling the debugger's socket costs a system call: every this many
 * entries (the adapter's own interval). */
#define POLL_INTERVAL 4096u

/* Entries after a debugger write whose results are taken from the RTL:
 * more than the instructions in flight behind a retiring one. */
#define RESYNC_ENTRIES 8u

struct tb_gdb {
    struct iss *iss;
    struct xvm_model *model;
    struct xvm_gdb_iss g;
    int (*next)(void *ctx, struct xvm_commit *c);
    void *next_ctx;
    int (*adapter_write_mem)(void *ctx, uint32_t addr, const uint8_t *buf, size_t len,
                             int phys);
    unsigned resync;   /* entries left to take from the RTL */
};

static struct tb_gdb *of_adapter(void *g)
{
    return (struct tb_gdb *)((char *)g - offsetof(struct tb_gdb, g));
}

static void take_rtl_results(struct tb_gdb *d, const struct xvm_commit *rtl)
{
    uint32_t off = rtl->mem_paddr - XVM_RAM_BASE;
    unsigned len = 1u << rtl->mem_size;

    if (rtl->trap)
        return;
    if (rtl->rd)
        iss_set_reg(d->iss, rtl->rd, rtl->rd_value);
    if (rtl->mem_we && rtl->mem_paddr >= XVM_RAM_BASE && off < iss_ram_size(d->iss) &&
        len <= iss_ram_size(d->iss) - off)
        memcpy(iss_ram(d->iss) + off, xvm_model_ram(d->model) + off, len);
}

static int write_mem(void *ctx, uint32_t addr, const uint8_t *buf, size_t len, int phys)
{
    struct tb_gdb *d = of_adapter(ctx);
    int r = d->adapter_write_mem(ctx, addr, buf, len, phys);

    if (r == 0)
        d->resync = RESYNC_ENTRIES;
    return r;
}

/* Returns 0, or 1 when the reference model cannot follow the RTL. */
static int shadow_step(struct tb_gdb *d, const struct xvm_commit *rtl)
{
    struct xvm_commit mine;
    int ok;

    if (rtl->trap && (rtl->cause & XVM_CAUSE_INTERRUPT)) {
        ok = iss_pc(d->iss) == rtl->pc &&
             iss_take_interrupt(d->iss, rtl->cause & ~XVM_CAUSE_INTERRUPT, &mine) == 0;
    } else {
        if (!rtl->trap && rtl->rd)
            iss_override_read(d->iss, rtl->rd_value);
        iss_offer_fetch(d->iss, rtl->insn);
        iss_step(d->iss, &mine);
        ok = mine.pc == rtl->pc && mine.insn == rtl->insn && mine.trap == rtl->trap;
        if (ok && d->resync) {
            d->resync--;
            take_rtl_results(d, rtl);
        }
    }
    if (ok)
        return 0;
    fprintf(stderr, "xvm-sim: --gdb: the reference model disagrees with the RTL at pc 0x%08x "
            "(cycle %llu); run with --cosim for details\n", (unsigned)rtl->pc,
            (unsigned long long)xvm_model_cycles(d->model));
    return 1;
}

enum { ENTRY, ENDED, IDLE };

/* The RTL's next entry, followed by the reference model; ENDED with *code
 * when the program ended. */
static int next(struct tb_gdb *d, int *code)
{
    struct xvm_commit c;
    int r = d->next(d->next_ctx, &c);

    if (r == TB_GDB_IDLE)
        return IDLE;
    if (r != TB_GDB_ENTRY) {
        *code = r;
        return ENDED;
    }
    if (shadow_step(d, &c)) {
        *code = XVM_EXIT_COSIM;
        return ENDED;
    }
    return ENTRY;
}

/* The adapter's lockstep hook, used for single steps: a hart idle in wfi
 * returns without a step (the pc stays), so stepi cannot hang. */
static int advance(void *ctx, int *code)
{
    return next(ctx, code) == ENDED;
}

/* Replaces the adapter's run so that an idle hart polls the debugger at
 * once (a Ctrl-C during wfi) and is not taken for a step onto a
 * breakpoint. */
static enum xvm_gdb_stop run(void *ctx, int (*poll)(void *), void *poll_ctx, int *code)
{
    struct tb_gdb *d = of_adapter(ctx);

    for (uint32_t n = 1;; n++) {
        enum xvm_gdb_stop s;

        switch (next(d, code)) {
        case ENDED:
            return XVM_GDB_STOP_EXITED;
        case IDLE:
            if (poll(poll_ctx))
                return XVM_GDB_STOP_INTERRUPT;
            continue;
        default:
            break;
        }
        s = xvm_gdb_bps_check(&d->g.bps, iss_pc(d->iss));
        if (s != XVM_GDB_STOP_STEP)
            return s;
        if (n % POLL_INTERVAL == 0 && poll(poll_ctx))
            return XVM_GDB_STOP_INTERRUPT;
    }
}

struct tb_gdb *tb_gdb_open(const char *elf, uint32_t ram_size, struct xvm_model *model,
                           char *err, size_t errlen)
{
    struct tb_gdb *d = calloc(1, sizeof *d);
    struct xvm_elf_info info;

    if (!d || !(d->iss = iss_create(ram_size))) {
        snprintf(err, errlen, "--gdb: out of memory");
        free(d);
        return NULL;
    }
    if (iss_load_elf(d->iss, elf, &info, err, errlen) != 0) {
        tb_gdb_close(d);
        return NULL;
    }
    iss_set_lockstep(d->iss, 1);
    iss_set_uart_output(d->iss, NULL);
    d->model = model;
    xvm_gdb_iss_init(&d->g, d->iss);
    d->g.advance = advance;
    d->g.advance_ctx = d;
    d->g.mirror_ram = xvm_model_ram(model);
    d->g.target.run = run;
    d->adapter_write_mem = d->g.target.write_mem;
    d->g.target.write_mem = write_mem;
    return d;
}

int tb_gdb_serve(struct tb_gdb *d, int port, int (*next)(void *ctx, struct xvm_commit *c),
                 void *ctx)
{
    int code = 0;

    d->next = next;
    d->next_ctx = ctx;
    switch (xvm_gdb_serve(port, &d->g.target, &code)) {
    case XVM_GDB_DETACHED:
        return -1;
    case XVM_GDB_EXITED:
        return code;
    case XVM_GDB_KILLED:
        return 1;
    default:
        return XVM_EXIT_USAGE;
    }
}

void tb_gdb_close(struct tb_gdb *d)
{
    if (!d)
        return;
    iss_destroy(d->iss);
    free(d);
}
