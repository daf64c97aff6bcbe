// SPDX-License-Identifier: Apache-2.0
// Verilator shim: the only C++ of the testbench. Keeps the clock loop tight
// (two evals and a handful of port reads per cycle) and hands control back
// to C only on the events the caller asked for.
#include "xvm_model.h"

#include <sys/mman.h>

#include <cstring>
#include <memory>

#include "Vxvm_sim_top.h"
#include "Vxvm_sim_top__Dpi.h"
#include "verilated.h"
#include "verilated_fst_c.h"
#include "xvm_defs.h"

namespace {

// Reset is held for a few cycles so that every register with a synchronous
// reset sees it too.
constexpr int kResetCycles = 4;

// Waveform time units per clock cycle (rising edge at 0, falling at half).
// Cycles count from the end of reset, which is not traced, so that cycle N
// of --trace-start/--trace-stop is at time 10 * N (sim/wave/README.md).
constexpr uint64_t kTicksPerCycle = 10;

constexpr const char *kModelName = "xvm_sim_top";

// xvm_sim_ram's words (DPI): one model per process. The mapping is
// reserved, not committed, so the host gives memory only to pages in use.
uint32_t *g_ram_words;

}  // namespace

struct xvm_model {
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<Vxvm_sim_top> top;
    std::unique_ptr<VerilatedFstC> fst;
    uint8_t *ram = nullptr;
    uint32_t ram_bytes = 0;
    uint64_t trace_start = 0;
    uint64_t trace_stop = 0;
    uint64_t time = 0;        // waveform time: cycle N rises at kTicksPerCycle * N
    uint64_t cycles = 0;
    uint64_t instret = 0;
    bool watch = false;
    uint32_t watch_paddr = 0;
    bool rx_pending = false;
    uint8_t rx_byte = 0;
};

namespace {

bool map_ram(xvm_model *m)
{
    void *p = mmap(nullptr, XVM_SIM_RAM_MAX, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    m->ram = static_cast<uint8_t *>(p);
    m->ram_bytes = XVM_SIM_RAM_MAX;
    g_ram_words = static_cast<uint32_t *>(p);
    return true;
}

// Rising edge, then falling edge, with the waveform sampled after each.
template <bool Trace>
inline void clock(xvm_model *m, bool in_window)
{
    Vxvm_sim_top *t = m->top.get();

    t->clk_i = 1;
    t->eval();
    if (Trace && in_window)
        m->fst->dump(m->time);
    t->uart_rx_valid_i = 0;
    t->clk_i = 0;
    t->eval();
    if (Trace && in_window)
        m->fst->dump(m->time + kTicksPerCycle / 2);
    m->time += kTicksPerCycle;
}

template <bool Trace>
unsigned run_loop(xvm_model *m, uint64_t max_cycles, unsigned events)
{
    Vxvm_sim_top *t = m->top.get();
    const bool want_retire = events & XVM_EV_RETIRE;
    const bool watch = m->watch && (events & XVM_EV_STORE);
    const uint32_t watch_paddr = m->watch_paddr;

    for (uint64_t i = 0; i < max_cycles; i++) {
        if (m->rx_pending && t->uart_rx_ready_o) {
            t->uart_rx_valid_i = 1;
            t->uart_rx_data_i = m->rx_byte;
            m->rx_pending = false;
        }
        clock<Trace>(m, m->cycles >= m->trace_start && m->cycles <= m->trace_stop);
        m->cycles++;

        unsigned ev = 0;
        if (t->retire_valid_o) {
            if (!t->retire_trap_o) {
                m->instret++;
                if (watch && t->retire_mem_we_o && t->retire_mem_paddr_o == watch_paddr)
                    ev |= XVM_EV_STORE;
            }
            if (want_retire)
                ev |= XVM_EV_RETIRE;
        }
        if (t->uart_tx_valid_o)
            ev |= XVM_EV_UART_TX;
        if (t->finish_valid_o)
            ev |= XVM_EV_FINISH;
        if (ev)
            return ev;
    }
    return XVM_EV_LIMIT;
}

}  // namespace

extern "C" {

// The crossbar passes only offsets below ram_size_i <= XVM_SIM_RAM_MAX; the
// mask keeps a wrong RTL from reaching outside the mapping all the same.
unsigned int xvm_sim_ram_read(unsigned int word)
{
    return g_ram_words[word & (XVM_SIM_RAM_MAX / 4 - 1)];
}

void xvm_sim_ram_write(unsigned int word, unsigned int data, unsigned int be)
{
    uint32_t &w = g_ram_words[word & (XVM_SIM_RAM_MAX / 4 - 1)];
    uint32_t mask = 0;
    for (int i = 0; i < 4; i++)
        if (be & (1u << i))
            mask |= 0xffu << (8 * i);
    w = (w & ~mask) | (data & mask);
}

struct xvm_model *xvm_model_create(void)
{
    xvm_model *m = new xvm_model;
    m->ctx = std::make_unique<VerilatedContext>();
    m->ctx->traceEverOn(true);
    m->top = std::make_unique<Vxvm_sim_top>(m->ctx.get(), kModelName);
    if (g_ram_words || !map_ram(m)) {
        delete m;
        return nullptr;
    }
    m->top->ram_size_i = m->ram_bytes;
    m->top->uart_rx_valid_i = 0;
    m->top->uart_rx_data_i = 0;
    m->top->clk_i = 0;
    m->top->rst_ni = 1;
    return m;
}

void xvm_model_destroy(struct xvm_model *m)
{
    if (!m)
        return;
    xvm_model_finish(m);
    m->top->final();
    munmap(m->ram, m->ram_bytes);
    g_ram_words = nullptr;
    delete m;
}

uint32_t xvm_model_ram_max(const struct xvm_model *m)
{
    return m->ram_bytes;
}

void xvm_model_set_ram_size(struct xvm_model *m, uint32_t bytes)
{
    m->top->ram_size_i = bytes;
}

uint8_t *xvm_model_ram(struct xvm_model *m)
{
    return m->ram;
}

int xvm_model_trace_open(struct xvm_model *m, const char *path, uint64_t start,
                         uint64_t stop)
{
    m->fst = std::make_unique<VerilatedFstC>();
    m->top->trace(m->fst.get(), 99);
    m->fst->open(path);
    if (!m->fst->isOpen()) {
        m->fst.reset();
        return -1;
    }
    m->trace_start = start;
    m->trace_stop = stop;
    return 0;
}

void xvm_model_reset(struct xvm_model *m)
{
    m->top->rst_ni = 0;
    m->top->eval();
    for (int i = 0; i < kResetCycles; i++)
        clock<false>(m, false);
    m->top->rst_ni = 1;
    m->top->eval();
    m->cycles = 0;
    m->instret = 0;
    m->time = 0;
}

void xvm_model_watch_store(struct xvm_model *m, uint32_t paddr)
{
    m->watch = true;
    m->watch_paddr = paddr;
}

unsigned xvm_model_run(struct xvm_model *m, uint64_t max_cycles, unsigned events)
{
    if (m->fst && m->cycles <= m->trace_stop)
        return run_loop<true>(m, max_cycles, events);
    return run_loop<false>(m, max_cycles, events);
}

uint64_t xvm_model_cycles(const struct xvm_model *m)
{
    return m->cycles;
}

uint64_t xvm_model_instret(const struct xvm_model *m)
{
    return m->instret;
}

int xvm_model_retire(const struct xvm_model *m, struct xvm_commit *c)
{
    const Vxvm_sim_top *t = m->top.get();

    c->pc = t->retire_pc_o;
    c->insn = t->retire_insn_o;
    c->priv = t->retire_priv_o;
    c->vm = t->retire_vm_o;
    c->trap = t->retire_trap_o;
    c->cause = t->retire_cause_o;
    c->tval = t->retire_tval_o;
    c->rd = t->retire_rd_addr_o;
    c->rd_value = t->retire_rd_wdata_o;
    c->mem_we = t->retire_mem_we_o;
    c->mem_re = t->retire_mem_re_o;
    c->mem_addr = t->retire_mem_addr_o;
    c->mem_paddr = t->retire_mem_paddr_o;
    c->mem_size = t->retire_mem_size_o;
    c->mem_data = t->retire_mem_wdata_o;
    return t->retire_valid_o;
}

uint8_t xvm_model_uart_tx(const struct xvm_model *m)
{
    return m->top->uart_tx_data_o;
}

uint32_t xvm_model_finish_data(const struct xvm_model *m)
{
    return m->top->finish_data_o;
}

int xvm_model_uart_rx(struct xvm_model *m, uint8_t byte)
{
    if (m->rx_pending)
        return -1;
    m->rx_pending = true;
    m->rx_byte = byte;
    return 0;
}

void xvm_model_finish(struct xvm_model *m)
{
    if (m->fst) {
        m->fst->close();
        m->fst.reset();
    }
}

}  // extern "C"
