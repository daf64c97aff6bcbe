/* SPDX-License-Identifier: Apache-2.0 */
// UART (rtl/xvm_uart.v): the 16550 register subset of docs/architecture.md
// on byte streams, as a TLM-2.0 target. Word 0 holds RBR/THR, IER, IIR/FCR
// and LCR; word 1 holds MCR, LSR, (MSR) and SCR; byte enables select the
// register. THR writes go to the transmit callback at once (the host always
// takes them); received bytes wait in RBR until a read of it. IIR reports
// received data and THR empty as enabled by IER; LCR.DLAB maps the divisor
// latches over RBR/THR and IER.
#ifndef XVM_SC_UART_H
#define XVM_SC_UART_H

#include <cstdint>
#include <functional>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

class xvm_sc_uart : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket<xvm_sc_uart> socket;

    explicit xvm_sc_uart(sc_core::sc_module_name name);

    // Called with every byte written to THR.
    void on_tx(std::function<void(uint8_t)> f) { tx_ = std::move(f); }

    // Puts a received byte into RBR; false (byte refused) while RBR is full.
    bool rx(uint8_t byte);
    bool rx_ready() const { return !rx_full_; }

private:
    std::function<void(uint8_t)> tx_;
    uint8_t ier_ = 0, lcr_ = 0, mcr_ = 0, scr_ = 0, rbr_ = 0, dll_ = 0, dlm_ = 0;
    bool rx_full_ = false;
    bool thre_irq_ = false;  // THR-empty interrupt pending

    void b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
};

#endif
