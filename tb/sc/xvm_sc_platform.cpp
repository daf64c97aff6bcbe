// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_platform.h"

extern "C" {
#include "xvm_defs.h"
}

xvm_sc_platform::xvm_sc_platform(sc_core::sc_module_name name, uint32_t ram_bytes,
                                 unsigned timer_div)
    : sc_module(name), clk_i("clk_i"), rst_ni("rst_ni"), core_clock("core_clock"), core("core"), bridge("bridge"),
      router("router"), ram("ram", ram_bytes), clint("clint", timer_div), uart("uart"),
      finisher("finisher")
{
    // The core, the bridge and the CLINT run on the core clock
    // (xvm_sc_core_clock.h); everything else may use clk_i.
    core_clock.clk_i(clk_i);
    core_clock.clk_o(core_clk_);
    core.clk_i(core_clk_);
    core.rst_ni(rst_ni);
    core.ibus_req_o(ibus_req_);
    core.ibus_addr_o(ibus_addr_);
    core.ibus_gnt_i(ibus_gnt_);
    core.ibus_rvalid_i(ibus_rvalid_);
    core.ibus_rdata_i(ibus_rdata_);
    core.ibus_err_i(ibus_err_);
    core.dbus_req_o(dbus_req_);
    core.dbus_addr_o(dbus_addr_);
    core.dbus_we_o(dbus_we_);
    core.dbus_be_o(dbus_be_);
    core.dbus_wdata_o(dbus_wdata_);
    core.dbus_gnt_i(dbus_gnt_);
    core.dbus_rvalid_i(dbus_rvalid_);
    core.dbus_rdata_i(dbus_rdata_);
    core.dbus_err_i(dbus_err_);
    // No external interrupt source on this platform (MEIP/SEIP tied 0).
    core.irq_m_soft_i(irq_m_soft_);
    core.irq_m_timer_i(irq_m_timer_);
    core.irq_m_ext_i(irq_zero_);
    core.irq_s_ext_i(irq_zero_);
    core.mtime_i(mtime_);
    core.retire_valid_o(retire.valid);
    core.retire_trap_o(retire.trap);
    core.retire_pc_o(retire.pc);
    core.retire_insn_o(retire.insn);
    core.retire_priv_o(retire.priv);
    core.retire_vm_o(retire.vm);
    core.retire_rd_addr_o(retire.rd_addr);
    core.retire_rd_wdata_o(retire.rd_wdata);
    core.retire_mem_we_o(retire.mem_we);
    core.retire_mem_addr_o(retire.mem_addr);
    core.retire_mem_paddr_o(retire.mem_paddr);
    core.retire_mem_size_o(retire.mem_size);
    core.retire_mem_wdata_o(retire.mem_wdata);
    core.retire_mem_re_o(retire.mem_re);
    core.retire_cause_o(retire.cause);
    core.retire_tval_o(retire.tval);
    core.priv_o(priv);
    core.vm_o(vm);
    core.va_limit_o(va_limit);

    bridge.clk_i(core_clk_);
    bridge.rst_ni(rst_ni);
    bridge.ibus_req_i(ibus_req_);
    bridge.ibus_addr_i(ibus_addr_);
    bridge.ibus_gnt_o(ibus_gnt_);
    bridge.ibus_rvalid_o(ibus_rvalid_);
    bridge.ibus_rdata_o(ibus_rdata_);
    bridge.ibus_err_o(ibus_err_);
    bridge.dbus_req_i(dbus_req_);
    bridge.dbus_addr_i(dbus_addr_);
    bridge.dbus_we_i(dbus_we_);
    bridge.dbus_be_i(dbus_be_);
    bridge.dbus_wdata_i(dbus_wdata_);
    bridge.dbus_gnt_o(dbus_gnt_);
    bridge.dbus_rvalid_o(dbus_rvalid_);
    bridge.dbus_rdata_o(dbus_rdata_);
    bridge.dbus_err_o(dbus_err_);
    bridge.ibus.bind(router.ibus);
    bridge.dbus.bind(router.dbus);

    router.map_platform(ram_bytes, ram, clint, uart, finisher);

    clint.clk_i(core_clk_);
    clint.rst_ni(rst_ni);
    clint.mtime_o(mtime_);
    clint.irq_timer_o(irq_m_timer_);
    clint.irq_soft_o(irq_m_soft_);
}
