/* SPDX-License-Identifier: Apache-2.0 */
/* The debugger sees the hart the way M-mode firmware would: every CSR is
 * readable whatever the current privilege, memory is RAM only (device
 * registers have read side effects), and "virtual" addresses go through
 * Sv32 whenever an instruction fetch would (S/U with satp.MODE=Sv32),
 * without permission or Xvm VA-mask checks. */
#include "gdb/xvm_gdb_iss.h"

#include <string.h>

#include "xvm_defs.h"
#include "xvm_options.h"

/* Polling the socket costs a system call: every this many steps. */
#define POLL_INTERVAL 4096u

static int read_reg(void *ctx, unsigned n, uint32_t *v)
{
    struct xvm_gdb_iss *g = ctx;
    if (n < 32)
        *v = iss_reg(g->iss, n);
    else if (n == XVM_GDB_REG_PC)
        *v = iss_pc(g->iss);
    else if (n == XVM_GDB_REG_PRIV)
        *v = iss_priv(g->iss);
    else if (n == XVM_GDB_REG_VM)
        *v = (uint32_t)iss_vm(g->iss);
    else if (n >= XVM_GDB_REG_CSR0 && n < XVM_GDB_REG_CSR0 + 4096u)
        return iss_csr_read(g->iss, n - XVM_GDB_REG_CSR0, v);
    else
        return -1;
    return 0;
}

/* priv and vm are writable too, within what the hart can be in (VM is
 * always 0 in M-mode). */
static int write_reg(void *ctx, unsigned n, uint32_t v)
{
    struct xvm_gdb_iss *g = ctx;
    unsigned priv = iss_priv(g->iss);
    int vm = iss_vm(g->iss);
    if (g->advance)
        return -1;
    if (n == 0)
        return 0;
    if (n < 32)
        iss_set_reg(g->iss, n, v);
    else if (n == XVM_GDB_REG_PC)
        iss_set_pc(g->iss, v);
    else if (n == XVM_GDB_REG_PRIV) {
        if (v != XVM_PRIV_U && v != XVM_PRIV_S && v != XVM_PRIV_M)
            return -1;
        iss_set_priv(g->iss, v, v == XVM_PRIV_M ? 0 : vm);
    } else if (n == XVM_GDB_REG_VM) {
        if (v > 1 || (v == 1 && priv == XVM_PRIV_M))
            return -1;
        iss_set_priv(g->iss, priv, (int)v);
    } else if (n >= XVM_GDB_REG_CSR0 && n < XVM_GDB_REG_CSR0 + 4096u)
        return iss_csr_write(g->iss, n - XVM_GDB_REG_CSR0, v);
    else
        return -1;
    return 0;
}

/* A pointer to len bytes of RAM at physical address pa, or NULL. */
static uint8_t *ram_at(struct xvm_gdb_iss *g, uint64_t pa, size_t len)
{
    uint64_t size = iss_ram_size(g->iss);
    if (pa < XVM_RAM_BASE || pa - XVM_RAM_BASE > size || len > size - (pa - XVM_RAM_BASE))
        return NULL;
    return iss_ram(g->iss) + (pa - XVM_RAM_BASE);
}

static int read_phys32(void *ctx, uint64_t pa, uint32_t *v)
{
    const uint8_t *p = ram_at(ctx, pa, 4);
    if (!p)
        return -1;
    *v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return 0;
}

/* The satp that translates debugger addresses now (0 = none). */
static uint32_t debug_satp(struct xvm_gdb_iss *g, int phys)
{
    uint32_t satp = 0;
    if (!phys && iss_priv(g->iss) != XVM_PRIV_M)
        iss_csr_read(g->iss, XVM_CSR_SATP, &satp);
    return satp;
}

/* The RAM behind the part of [addr, addr+len) that lies in addr's page:
 * consecutive virtual pages need not be contiguous physically. *chunk is
 * that part's length. NULL when it is not mapped to RAM. */
static uint8_t *map_chunk(struct xvm_gdb_iss *g, uint32_t satp, uint32_t addr, size_t len,
                          size_t *chunk)
{
    uint64_t pa;
    *chunk = XVM_PAGE_SIZE - (addr & (XVM_PAGE_SIZE - 1));
    if (*chunk > len)
        *chunk = len;
    if (xvm_gdb_sv32_translate(satp, addr, read_phys32, g, &pa) != 0)
        return NULL;
    return ram_at(g, pa, *chunk);
}

static int read_mem(void *ctx, uint32_t addr, uint8_t *buf, size_t len, int phys)
{
    struct xvm_gdb_iss *g = ctx;
    uint32_t satp = debug_satp(g, phys);
    while (len) {
        size_t chunk;
        const uint8_t *p = map_chunk(g, satp, addr, len, &chunk);
        if (!p)
            return -1;
        memcpy(buf, p, chunk);
        addr += (uint32_t)chunk;
        buf += chunk;
        len -= chunk;
    }
    return 0;
}

/* All or nothing: every page is checked before the first byte changes. */
static int write_mem(void *ctx, uint32_t addr, const uint8_t *buf, size_t len, int phys)
{
    struct xvm_gdb_iss *g = ctx;
    uint32_t satp = debug_satp(g, phys);
    for (int pass = 0; pass < 2; pass++) {
        uint32_t a = addr;
        const uint8_t *b = buf;
        for (size_t left = len; left;) {
            size_t chunk;
            uint8_t *p = map_chunk(g, satp, a, left, &chunk);
            if (!p)
                return -1;
            if (pass == 1) {
                memcpy(p, b, chunk);
                if (g->mirror_ram)
                    memcpy(g->mirror_ram + (p - iss_ram(g->iss)), b, chunk);
            }
            a += (uint32_t)chunk;
            b += chunk;
            left -= chunk;
        }
    }
    return 0;
}

/* One ISS step; 1 when the program has ended (*code set). */
static int step_once(struct xvm_gdb_iss *g, int *code)
{
    struct xvm_commit c;
    if (g->advance)
        return g->advance(g->advance_ctx, code);
    if (g->max_cycles && iss_cycles(g->iss) >= g->max_cycles) {
        *code = XVM_EXIT_TIMEOUT;
        return 1;
    }
    if (iss_step(g->iss, &c) != ISS_WAITING && g->on_commit)
        g->on_commit(g->on_commit_ctx, &c);
    return iss_finished(g->iss, code);
}

static enum xvm_gdb_stop step(void *ctx, int *code)
{
    return step_once(ctx, code) ? XVM_GDB_STOP_EXITED : XVM_GDB_STOP_STEP;
}

static enum xvm_gdb_stop run(void *ctx, int (*poll)(void *), void *poll_ctx, int *code)
{
    struct xvm_gdb_iss *g = ctx;
    for (uint32_t n = 1;; n++) {
        if (step_once(g, code))
            return XVM_GDB_STOP_EXITED;
        enum xvm_gdb_stop s = xvm_gdb_bps_check(&g->bps, iss_pc(g->iss));
        if (s != XVM_GDB_STOP_STEP)
            return s;
        if (n % POLL_INTERVAL == 0 && poll(poll_ctx))
            return XVM_GDB_STOP_INTERRUPT;
    }
}

static int breakpoint(void *ctx, enum xvm_gdb_bp_kind kind, uint32_t addr, int insert)
{
    struct xvm_gdb_iss *g = ctx;
    return xvm_gdb_bps_update(&g->bps, kind, addr, insert);
}

void xvm_gdb_iss_init(struct xvm_gdb_iss *g, struct iss *s)
{
    memset(g, 0, sizeof *g);
    g->iss = s;
    g->target.ctx = g;
    g->target.read_reg = read_reg;
    g->target.write_reg = write_reg;
    g->target.read_mem = read_mem;
    g->target.write_mem = write_mem;
    g->target.step = step;
    g->target.run = run;
    g->target.breakpoint = breakpoint;
}
