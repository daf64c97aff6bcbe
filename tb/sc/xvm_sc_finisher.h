/* SPDX-License-Identifier: Apache-2.0 */
// Test finisher (rtl/xvm_finisher.v, QEMU sifive_test compatible): every
// word written goes to the callback, which decides pass/fail/exit code;
// reads return 0.
#ifndef XVM_SC_FINISHER_H
#define XVM_SC_FINISHER_H

#include <cstdint>
#include <functional>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

class xvm_sc_finisher : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket<xvm_sc_finisher> socket;

    explicit xvm_sc_finisher(sc_core::sc_module_name name);

    void on_write(std::function<void(uint32_t)> f) { write_ = std::move(f); }

private:
    std::function<void(uint32_t)> write_;

    void b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
};

#endif
