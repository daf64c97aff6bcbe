// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_clint.h"

#include "xvm_sc_word.h"

extern "C" {
#include "xvm_defs.h"
}

namespace {
constexpr uint32_t kMsip = XVM_CLINT_MSIP;
constexpr uint32_t kMtimecmp = XVM_CLINT_MTIMECMP;
constexpr uint32_t kMtimecmpH = XVM_CLINT_MTIMECMP + 4;
constexpr uint32_t kMtime = XVM_CLINT_MTIME;
constexpr uint32_t kMtimeH = XVM_CLINT_MTIME + 4;

uint64_t set_half(uint64_t v, bool high, uint32_t data, unsigned be)
{
    const unsigned shift = high ? 32 : 0;
    const uint32_t old = static_cast<uint32_t>(v >> shift);
    const uint64_t merged = xvm_sc_word_merge(old, data, be);

    return (v & ~(0xffffffffull << shift)) | (merged << shift);
}
}  // namespace

xvm_sc_clint::xvm_sc_clint(sc_core::sc_module_name name, unsigned timer_div)
    : sc_module(name), clk_i("clk_i"), rst_ni("rst_ni"), mtime_o("mtime_o"),
      irq_timer_o("irq_timer_o"), irq_soft_o("irq_soft_o"), socket("socket"),
      timer_div_(timer_div ? timer_div : 1)
{
    socket.register_b_transport(this, &xvm_sc_clint::b_transport);
    SC_HAS_PROCESS(xvm_sc_clint);
    SC_METHOD(on_edge_or_write);
    sensitive << clk_i.pos() << changed_;
}

void xvm_sc_clint::on_edge_or_write()
{
    const sc_core::sc_time now = sc_core::sc_time_stamp();

    if (!rst_ni.read()) {
        div_ = 0;
        msip_ = false;
        mtimecmp_ = ~0ull;
        mtime_ = 0;
    } else if (clk_i.posedge()) {
        const bool tick = div_ == timer_div_ - 1;
        div_ = tick ? 0 : div_ + 1;
        mtime_before_tick_ = mtime_;
        ticked_at_ = now;
        if (tick && mtime_written_at_ != now)
            mtime_++;
    }
    mtime_o.write(mtime_);
    irq_timer_o.write(mtime_ >= mtimecmp_);
    irq_soft_o.write(msip_);
}

uint64_t xvm_sc_clint::mtime_before_edge() const
{
    return ticked_at_ == sc_core::sc_time_stamp() ? mtime_before_tick_ : mtime_;
}

uint32_t xvm_sc_clint::read(uint32_t off) const
{
    switch (off) {
    case kMsip: return msip_;
    case kMtimecmp: return static_cast<uint32_t>(mtimecmp_);
    case kMtimecmpH: return static_cast<uint32_t>(mtimecmp_ >> 32);
    case kMtime: return static_cast<uint32_t>(mtime_before_edge());
    case kMtimeH: return static_cast<uint32_t>(mtime_before_edge() >> 32);
    default: return 0;
    }
}

void xvm_sc_clint::write(uint32_t off, uint32_t data, unsigned be)
{
    switch (off) {
    case kMsip:
        if (be & 1)
            msip_ = data & 1;
        break;
    case kMtimecmp:
    case kMtimecmpH:
        mtimecmp_ = set_half(mtimecmp_, off == kMtimecmpH, data, be);
        break;
    case kMtime:
    case kMtimeH:
        mtime_ = set_half(mtime_before_edge(), off == kMtimeH, data, be);
        mtime_written_at_ = sc_core::sc_time_stamp();
        break;
    default:
        break;
    }
}

void xvm_sc_clint::b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &)
{
    uint32_t wdata;
    unsigned be;
    // The RTL decodes the low 16 bits of the address.
    const uint32_t off = static_cast<uint32_t>(gp.get_address()) & 0xffffu;

    if (!xvm_sc_word_request(gp, &wdata, &be))
        return;
    if (gp.is_write()) {
        write(off, wdata, be);
        changed_.notify(sc_core::SC_ZERO_TIME);
    }
    xvm_sc_word_respond(gp, gp.is_write() ? 0 : read(off));
}
