/* SPDX-License-Identifier: Apache-2.0 */
// The platform (rtl/xvm_defs.vh) as SystemC modules: the Verilated core
// (rtl/xvm_core.v), the bus bridge, the address router, and the RAM, CLINT,
// UART and finisher as TLM-2.0 targets. Clock and reset come from outside;
// the retire port and the core's visibility outputs are public signals, for
// a commit log, a monitor or a debugger.
#ifndef XVM_SC_PLATFORM_H
#define XVM_SC_PLATFORM_H

#include <cstdint>

#include <systemc>

#include "Vxvm_core.h"
#include "xvm_sc_bridge.h"
#include "xvm_sc_clint.h"
#include "xvm_sc_core_clock.h"
#include "xvm_sc_finisher.h"
#include "xvm_sc_memory.h"
#include "xvm_sc_router.h"
#include "xvm_sc_uart.h"

struct xvm_sc_retire_port {
    sc_core::sc_signal<bool> valid, trap, vm, mem_we, mem_re;
    sc_core::sc_signal<uint32_t> pc, insn, priv, rd_addr, rd_wdata, mem_addr, mem_paddr,
        mem_size, mem_wdata, cause, tval;
};

class xvm_sc_platform : public sc_core::sc_module {
public:
    sc_core::sc_in<bool> clk_i;
    sc_core::sc_in<bool> rst_ni;

    xvm_sc_core_clock core_clock;
    Vxvm_core core;
    xvm_sc_bridge bridge;
    xvm_sc_router router;
    xvm_sc_memory ram;
    xvm_sc_clint clint;
    xvm_sc_uart uart;
    xvm_sc_finisher finisher;

    xvm_sc_retire_port retire;
    sc_core::sc_signal<uint32_t> priv;
    sc_core::sc_signal<bool> vm;
    sc_core::sc_signal<uint32_t> va_limit;

    // ram_bytes: RAM size from 0x8000_0000; timer_div: clock cycles per
    // mtime increment.
    xvm_sc_platform(sc_core::sc_module_name name, uint32_t ram_bytes, unsigned timer_div = 1);

private:
    sc_core::sc_signal<bool> core_clk_;
    sc_core::sc_signal<bool> ibus_req_, ibus_gnt_, ibus_rvalid_, ibus_err_;
    sc_core::sc_signal<uint32_t> ibus_addr_, ibus_rdata_;
    sc_core::sc_signal<bool> dbus_req_, dbus_we_, dbus_gnt_, dbus_rvalid_, dbus_err_;
    sc_core::sc_signal<uint32_t> dbus_addr_, dbus_be_, dbus_wdata_, dbus_rdata_;
    sc_core::sc_signal<bool> irq_m_soft_, irq_m_timer_, irq_zero_;
    sc_core::sc_signal<uint64_t> mtime_;
};

#endif
