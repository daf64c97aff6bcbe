// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_uart.h"

#include "xvm_sc_word.h"

namespace {
constexpr uint32_t kIirNoIrq = 0x01;
constexpr uint32_t kIirThre = 0x02;
constexpr uint32_t kIirRda = 0x04;
constexpr uint8_t kIerRda = 0x01;
constexpr uint8_t kIerThre = 0x02;
constexpr uint8_t kLcrDlab = 0x80;
// The transmitter is always ready: THRE and TEMT.
constexpr uint32_t kLsrIdle = 0x60;
}  // namespace

xvm_sc_uart::xvm_sc_uart(sc_core::sc_module_name name) : sc_module(name), socket("socket")
{
    socket.register_b_transport(this, &xvm_sc_uart::b_transport);
}

bool xvm_sc_uart::rx(uint8_t byte)
{
    if (rx_full_)
        return false;
    rbr_ = byte;
    rx_full_ = true;
    return true;
}

void xvm_sc_uart::b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &)
{
    uint32_t d;
    unsigned be;
    // The RTL decodes address bits 7:2 (the word index) only.
    const uint32_t word = (static_cast<uint32_t>(gp.get_address()) >> 2) & 0x3f;

    if (!xvm_sc_word_request(gp, &d, &be))
        return;
    // IIR as the RTL computes it: received data first, then THR empty.
    const bool dlab = (lcr_ & kLcrDlab) != 0;
    const uint32_t iir = (ier_ & kIerRda) && rx_full_    ? kIirRda
                         : (ier_ & kIerThre) && thre_irq_ ? kIirThre
                                                          : kIirNoIrq;
    uint32_t rdata = 0;
    if (word == 0)
        rdata = static_cast<uint32_t>(lcr_) << 24 | iir << 16 |
                static_cast<uint32_t>(dlab ? dlm_ : ier_) << 8 | (dlab ? dll_ : rbr_);
    else if (word == 1)
        rdata = static_cast<uint32_t>(scr_) << 24 | (kLsrIdle | rx_full_) << 8 | mcr_;

    if (gp.is_write()) {
        // Byte 2 of word 0 is FCR: no FIFOs are modelled, the write is ignored.
        // The host takes every THR byte at once: THR is empty again, its
        // interrupt pending. LCR.DLAB puts the divisor latches at 0 and 1.
        if (word == 0 && (be & 1) && dlab) {
            dll_ = static_cast<uint8_t>(d);
        } else if (word == 0 && (be & 1)) {
            thre_irq_ = true;
            if (tx_)
                tx_(static_cast<uint8_t>(d));
        }
        if (word == 0 && (be & 2) && dlab) {
            dlm_ = static_cast<uint8_t>(d >> 8);
        } else if (word == 0 && (be & 2)) {
            if ((d >> 8) & kIerThre & ~ier_)
                thre_irq_ = true;
            ier_ = static_cast<uint8_t>(d >> 8);
        }
        if (word == 0 && (be & 8))
            lcr_ = static_cast<uint8_t>(d >> 24);
        if (word == 1 && (be & 1))
            mcr_ = static_cast<uint8_t>(d);
        if (word == 1 && (be & 8))
            scr_ = static_cast<uint8_t>(d >> 24);
    } else if (word == 0) {
        if ((be & 1) && !dlab)
            rx_full_ = false;
        if ((be & 4) && iir == kIirThre)
            thre_irq_ = false;
    }
    xvm_sc_word_respond(gp, rdata);
}
