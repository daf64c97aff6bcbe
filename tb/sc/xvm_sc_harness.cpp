// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_harness.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

extern "C" {
#include "xvm_commit.h"
#include "xvm_defs.h"
#include "xvm_options.h"
#include "xvm_run.h"
}

namespace {

// Reset is held for as many cycles as xvm-sim holds it.
constexpr unsigned kResetCycles = 4;

// How often the host side (stdin, signals, stdout) is looked at: rarely,
// unless received bytes wait for the UART.
constexpr uint64_t kPollCycles = 1u << 18;
constexpr uint64_t kPollCyclesRx = 256;

volatile std::sig_atomic_t stop_signal;

void on_signal(int sig)
{
    stop_signal = sig;
}

// Received bytes come from stdin only when it is a terminal, pipe or
// socket, never block, and wait here until the UART takes them.
struct host_input {
    bool open = false;
    uint8_t buf[256];
    size_t head = 0, tail = 0;

    void init()
    {
        struct stat st;
        open = fstat(STDIN_FILENO, &st) == 0 &&
               (isatty(STDIN_FILENO) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    }

    void refill()
    {
        struct pollfd p = {STDIN_FILENO, POLLIN, 0};

        if (!open || head != tail || poll(&p, 1, 0) != 1)
            return;
        if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
            return;
        const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            open = false;
            return;
        }
        head = 0;
        tail = static_cast<size_t>(n);
    }

    bool waiting() const { return head != tail; }
} input;

void put_byte(uint8_t byte)
{
    std::putchar(byte);
    if (byte == '\n')
        std::fflush(stdout);
}

}  // namespace

xvm_sc_harness::xvm_sc_harness(sc_core::sc_module_name name, xvm_sc_platform &p,
                               const config &cfg)
    : sc_module(name), clk_i("clk_i"), rst_no("rst_no"), p_(p), cfg_(cfg),
      reset_left_(kResetCycles)
{
    p_.uart.on_tx(put_byte);
    p_.finisher.on_write([this](uint32_t data) {
        finish_seen_ = true;
        finish_data_ = data;
    });
    input.init();
    struct sigaction sa = {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    SC_HAS_PROCESS(xvm_sc_harness);
    SC_METHOD(on_falling_edge);
    sensitive << clk_i.neg();
    dont_initialize();
}

void xvm_sc_harness::stop(int status)
{
    status_ = status;
    sc_core::sc_stop();
}

void xvm_sc_harness::poll_host()
{
    input.refill();
    while (input.waiting() && p_.uart.rx(input.buf[input.head]))
        input.head++;
    std::fflush(stdout);
    next_poll_ = cycles_ + (input.waiting() ? kPollCyclesRx : kPollCycles);
}

// One cycle of tb/main.c's loop: the finisher, the retire port, tohost, the
// limits.
int xvm_sc_harness::step()
{
    const xvm_sc_retire_port &r = p_.retire;
    const bool retired = r.valid.read();
    xvm_commit c = {};
    int st = -1;

    // The finisher's write was performed at this cycle's rising edge; xvm-sim
    // sees the request one cycle earlier, which the drain end accounts for.
    // (xvm-sim decides this after writing the commit-log line of the cycle;
    // the order does not change either.)
    if (finished_ < 0 && finish_seen_) {
        finished_ = xvm_finisher_status(finish_data_);
        drain_end_ = cycles_ - 1 + XVM_FINISH_DRAIN_CYCLES;
    }
    finish_seen_ = false;
    if (retired) {
        c.trap = r.trap.read();
        if (!c.trap)
            instret_++;
        if (cfg_.commit_log || finished_ >= 0 || cfg_.has_tohost) {
            c.pc = r.pc.read();
            c.insn = r.insn.read();
            c.priv = r.priv.read();
            c.vm = r.vm.read();
            c.cause = r.cause.read();
            c.tval = r.tval.read();
            c.rd = r.rd_addr.read();
            c.rd_value = r.rd_wdata.read();
            c.mem_we = r.mem_we.read();
            c.mem_re = r.mem_re.read();
            c.mem_addr = r.mem_addr.read();
            c.mem_paddr = r.mem_paddr.read();
            c.mem_size = r.mem_size.read();
            c.mem_data = r.mem_wdata.read();
        }
        if (cfg_.commit_log) {
            char line[160];
            const int n = xvm_commit_format(line, sizeof line, &c);
            if (n < 0 || std::fwrite(line, 1, static_cast<size_t>(n), cfg_.commit_log) !=
                             static_cast<size_t>(n)) {
                std::fprintf(stderr, "xvm-sim-sc: %s: %s\n", cfg_.commit_log_path,
                             std::strerror(errno));
                st = 1;
            }
        }
    }
    if (st < 0 && finished_ >= 0 && retired && xvm_is_finisher_store(&c))
        st = finished_;
    if (st < 0 && finished_ < 0 && retired && !c.trap && c.mem_we && cfg_.has_tohost &&
        c.mem_paddr == cfg_.tohost)
        st = xvm_tohost_status(c.mem_data);
    if (st >= 0)
        return last_cycle(st);
    if (finished_ >= 0) {
        if (cycles_ >= drain_end_)
            return last_cycle(finished_);
    } else if (cfg_.max_cycles && cycles_ >= cfg_.max_cycles) {
        if (finisher_presented())
            return -1;
        std::fprintf(stderr, "xvm-sim-sc: --max-cycles %llu reached\n",
                     static_cast<unsigned long long>(cfg_.max_cycles));
        return last_cycle(XVM_EXIT_TIMEOUT);
    }
    if (stop_signal) {
        std::fprintf(stderr, "xvm-sim-sc: stopped by signal %d at cycle %llu\n",
                     static_cast<int>(stop_signal), static_cast<unsigned long long>(cycles_));
        return last_cycle(128 + stop_signal);
    }
    return -1;
}

// xvm-sim's RTL devices signal a finisher word or a UART byte in the cycle
// the core presents the write, one edge before the bridge performs it here.
// This matters only in the last cycle of a run.

// A finisher word presented in the cycle --max-cycles runs out starts the
// drain, which outlasts the limit; returns true if it did.
bool xvm_sc_harness::finisher_presented()
{
    uint32_t addr, wdata;
    unsigned be;

    if (finished_ >= 0 || !p_.bridge.presented_write(&addr, &be, &wdata) ||
        addr != XVM_FINISHER_BASE)
        return false;
    finished_ = xvm_finisher_status(wdata);
    drain_end_ = cycles_ + XVM_FINISH_DRAIN_CYCLES;
    return finished_ >= 0;
}

// The run ends after this cycle with this status: a UART byte presented in
// it is printed.
int xvm_sc_harness::last_cycle(int status)
{
    uint32_t addr, wdata;
    unsigned be;

    if (p_.bridge.presented_write(&addr, &be, &wdata) && addr == XVM_UART_BASE && (be & 1))
        put_byte(static_cast<uint8_t>(wdata));
    return status;
}

void xvm_sc_harness::on_falling_edge()
{
    if (status_ >= 0)
        return;
    if (reset_left_) {
        if (--reset_left_ == 0)
            rst_no.write(true);
        return;
    }
    cycles_++;
    const int st = step();
    if (st >= 0) {
        stop(st);
        return;
    }
    if (cycles_ >= next_poll_)
        poll_host();
}
