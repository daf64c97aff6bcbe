/* SPDX-License-Identifier: Apache-2.0 */
// RAM as a TLM-2.0 target: a byte array with byte-enabled writes. Reads
// return whole words whatever the byte enables, as the RTL's simulation RAM
// does. The address the router hands over is the offset from the RAM base.
#ifndef XVM_SC_MEMORY_H
#define XVM_SC_MEMORY_H

#include <cstdint>
#include <cstdlib>
#include <memory>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

class xvm_sc_memory : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket<xvm_sc_memory> socket;

    xvm_sc_memory(sc_core::sc_module_name name, uint32_t bytes);

    // The image, little-endian from offset 0: loaders and signature dumps
    // use it directly before and after the simulation.
    uint8_t *data() { return mem_.get(); }
    uint32_t size() const { return size_; }

private:
    struct free_deleter {
        void operator()(uint8_t *p) const { std::free(p); }
    };
    // calloc: the pages of a large RAM cost nothing until the program
    // touches them.
    std::unique_ptr<uint8_t, free_deleter> mem_;
    uint32_t size_;

    void b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
    unsigned transport_dbg(tlm::tlm_generic_payload &gp);
    bool access(tlm::tlm_generic_payload &gp, bool honour_read_enables);
};

#endif
