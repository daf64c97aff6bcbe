// SPDX-License-Identifier: Apache-2.0
// Unit test of the TLM-2.0 modules of tb/sc/ without the core: what another
// initiator (a DMA, a debugger, a second core) would see, including the
// payloads the core never issues. One PASS/FAIL line per check on stdout;
// exit status 1 if any failed.
#include <cstdio>
#include <cstring>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_initiator_socket.h>

#include "xvm_sc_clint.h"
#include "xvm_sc_finisher.h"
#include "xvm_sc_memory.h"
#include "xvm_sc_router.h"
#include "xvm_sc_uart.h"

extern "C" {
#include "xvm_defs.h"
}

namespace {

int failures;

void check(const char *name, bool ok)
{
    std::printf("%s systemc-tlm/%s\n", ok ? "PASS" : "FAIL", name);
    if (!ok)
        failures++;
}

constexpr uint32_t kRamBytes = 64 * 1024;
constexpr uint32_t kMtime = XVM_CLINT_BASE + XVM_CLINT_MTIME;
constexpr uint32_t kMtimecmp = XVM_CLINT_BASE + XVM_CLINT_MTIMECMP;

struct tester : sc_core::sc_module {
    tlm_utils::simple_initiator_socket<tester> ibus, dbus;
    sc_core::sc_in<bool> clk_i;
    sc_core::sc_out<bool> rst_no;
    sc_core::sc_in<uint64_t> mtime_i;
    sc_core::sc_in<bool> irq_timer_i, irq_soft_i;
    xvm_sc_uart *uart = nullptr;
    std::vector<uint8_t> tx;
    std::vector<uint32_t> finished;

    SC_HAS_PROCESS(tester);
    explicit tester(sc_core::sc_module_name n) : sc_module(n), ibus("ibus"), dbus("dbus")
    {
        SC_THREAD(run);
    }

    tlm::tlm_response_status access(tlm_utils::simple_initiator_socket<tester> &s, bool write,
                                    uint32_t addr, uint8_t *data, unsigned len,
                                    const uint8_t *be = nullptr, unsigned be_len = 0)
    {
        tlm::tlm_generic_payload gp;
        sc_core::sc_time t = sc_core::SC_ZERO_TIME;
        gp.set_command(write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
        gp.set_address(addr);
        gp.set_data_ptr(data);
        gp.set_data_length(len);
        gp.set_streaming_width(len);
        gp.set_byte_enable_ptr(const_cast<uint8_t *>(be));
        gp.set_byte_enable_length(be_len);
        gp.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
        s->b_transport(gp, t);
        return gp.get_response_status();
    }

    uint32_t rd(uint32_t addr, tlm::tlm_response_status *st = nullptr)
    {
        uint8_t d[4] = {0, 0, 0, 0};
        tlm::tlm_response_status r = access(dbus, false, addr, d, 4);
        if (st)
            *st = r;
        return d[0] | d[1] << 8 | d[2] << 16 | static_cast<uint32_t>(d[3]) << 24;
    }

    void wr(uint32_t addr, uint32_t v, unsigned be_mask = 0xf)
    {
        uint8_t d[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
        uint8_t be[4];
        for (unsigned i = 0; i < 4; i++)
            be[i] = (be_mask >> i) & 1 ? TLM_BYTE_ENABLED : TLM_BYTE_DISABLED;
        access(dbus, true, addr, d, 4, be, 4);
    }

    void cycles(unsigned n)
    {
        for (unsigned i = 0; i < n; i++)
            wait(clk_i.posedge_event());
        wait(1, sc_core::SC_NS);   // between edges
    }

    void run()
    {
        rst_no.write(false);
        cycles(2);
        rst_no.write(true);
        wait(clk_i.negedge_event());

        // RAM: byte enables on writes, whole words on reads, bounds.
        wr(XVM_RAM_BASE + 0x10, 0x11223344);
        wr(XVM_RAM_BASE + 0x10, 0xaabbccdd, 0x5);
        check("ram_byte_enables", rd(XVM_RAM_BASE + 0x10) == 0x11bb33dd);
        tlm::tlm_response_status st;
        rd(XVM_RAM_BASE + kRamBytes, &st);
        check("ram_end_is_error", st == tlm::TLM_ADDRESS_ERROR_RESPONSE);
        uint8_t buf[8];
        check("ram_fetch", access(ibus, false, XVM_RAM_BASE + 0x10, buf, 8) ==
                               tlm::TLM_OK_RESPONSE && buf[0] == 0xdd && buf[4] == 0);
        check("ram_last_bytes",
              access(dbus, false, XVM_RAM_BASE + kRamBytes - 2, buf, 2) == tlm::TLM_OK_RESPONSE);
        check("ram_straddling_end",
              access(dbus, false, XVM_RAM_BASE + kRamBytes - 2, buf, 4) ==
                  tlm::TLM_ADDRESS_ERROR_RESPONSE);

        // Router: holes, fetches from devices, the finisher's single word.
        rd(0, &st);
        check("hole_is_error", st == tlm::TLM_ADDRESS_ERROR_RESPONSE);
        check("fetch_from_uart_is_error", access(ibus, false, XVM_UART_BASE, buf, 4) ==
                                              tlm::TLM_ADDRESS_ERROR_RESPONSE);
        rd(XVM_FINISHER_BASE + 4, &st);
        check("finisher_next_word_is_error", st == tlm::TLM_ADDRESS_ERROR_RESPONSE);
        rd(XVM_UART_BASE + XVM_UART_SIZE, &st);
        check("uart_window_end", st == tlm::TLM_ADDRESS_ERROR_RESPONSE);

        // UART: registers by byte lane, THR to the callback, RBR and DR.
        wr(XVM_UART_BASE, 0x83000f41, 0xb);
        check("uart_thr", tx.size() == 1 && tx[0] == 0x41);
        check("uart_word0_dlab_iir_thre", rd(XVM_UART_BASE) == 0x83020000);
        check("uart_iir_read_clears_thre", rd(XVM_UART_BASE) == 0x83010000);
        wr(XVM_UART_BASE, 0x03000000, 0x8);
        check("uart_word0", rd(XVM_UART_BASE) == 0x03010f00);
        check("uart_lsr_idle", rd(XVM_UART_BASE + 4) == 0x00006000);
        check("uart_rx", uart->rx('x') && !uart->rx('y') && !uart->rx_ready());
        check("uart_lsr_dr", rd(XVM_UART_BASE + 4) == 0x00006100);
        wr(XVM_UART_BASE, 0, 0x2);
        check("uart_ier_write_keeps_rbr", rd(XVM_UART_BASE + 4) == 0x00006100);
        uint8_t lsr[4] = {0, 0, 0, 0};
        const uint8_t lane1[4] = {0, TLM_BYTE_ENABLED, 0, 0};
        access(dbus, false, XVM_UART_BASE + 4, lsr, 4, lane1, 4);
        check("uart_lsr_read_keeps_rbr", uart->rx_ready() == false);
        check("uart_rbr_read", (rd(XVM_UART_BASE) & 0xff) == 'x' && uart->rx_ready());
        check("uart_short_payload", access(dbus, false, XVM_UART_BASE, buf, 2) ==
                                        tlm::TLM_BURST_ERROR_RESPONSE);

        // Finisher: the whole word goes to the callback; reads are 0.
        wr(XVM_FINISHER_BASE, 0x00053333, 0x1);
        check("finisher_word", finished.size() == 1 && finished[0] == 0x00053333);
        check("finisher_reads_zero", rd(XVM_FINISHER_BASE) == 0);

        // CLINT: mtime counts edges since reset, writes replace the count,
        // MTIP and MSIP follow the registers at the next edge.
        const uint64_t t0 = mtime_i.read();
        const uint32_t m0 = rd(kMtime);
        cycles(10);
        check("mtime_counts_edges", rd(kMtime) == m0 + 10 && mtime_i.read() == t0 + 10);
        check("mtimecmp_reset", rd(kMtimecmp) == 0xffffffffu &&
                                    rd(kMtimecmp + 4) == 0xffffffffu && !irq_timer_i.read());
        wr(kMtime + 4, 0x00000001);
        wr(kMtime, 0x00000100);
        cycles(1);
        check("mtime_write", rd(kMtime) == 0x101 && rd(kMtime + 4) == 1);
        wr(kMtimecmp + 4, 0x00000001);
        wr(kMtimecmp, 0x00000105);
        cycles(1);
        check("mtip_clear_before", !irq_timer_i.read());
        cycles(3);
        check("mtip_set_at", irq_timer_i.read() && rd(kMtime) == 0x105);
        wr(kMtimecmp, 0xffffffff, 0x2);
        check("mtimecmp_byte", rd(kMtimecmp) == 0x0000ff05);
        wr(XVM_CLINT_BASE, 1, 0x2);
        cycles(1);
        check("msip_needs_byte0", !irq_soft_i.read());
        wr(XVM_CLINT_BASE, 3);
        cycles(1);
        check("msip", irq_soft_i.read() && rd(XVM_CLINT_BASE) == 1);
        check("clint_hole_reads_zero", rd(XVM_CLINT_BASE + 0x100) == 0);
        sc_core::sc_stop();
    }
};

}  // namespace

int sc_main(int, char **)
{
    sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);
    sc_core::sc_clock clk("clk", 10, sc_core::SC_NS);
    sc_core::sc_signal<bool> rst_n("rst_n");
    sc_core::sc_signal<uint64_t> mtime("mtime");
    sc_core::sc_signal<bool> irq_timer("irq_timer"), irq_soft("irq_soft");
    tester t("tester");
    xvm_sc_router router("router");
    xvm_sc_memory ram("ram", kRamBytes);
    xvm_sc_clint clint("clint");
    xvm_sc_uart uart("uart");
    xvm_sc_finisher fin("finisher");

    t.clk_i(clk);
    t.rst_no(rst_n);
    t.mtime_i(mtime);
    t.irq_timer_i(irq_timer);
    t.irq_soft_i(irq_soft);
    t.uart = &uart;
    uart.on_tx([&t](uint8_t b) { t.tx.push_back(b); });
    fin.on_write([&t](uint32_t v) { t.finished.push_back(v); });
    t.ibus.bind(router.ibus);
    t.dbus.bind(router.dbus);
    router.map_platform(kRamBytes, ram, clint, uart, fin);
    clint.clk_i(clk);
    clint.rst_ni(rst_n);
    clint.mtime_o(mtime);
    clint.irq_timer_o(irq_timer);
    clint.irq_soft_o(irq_soft);

    sc_core::sc_start();
    return failures ? 1 : 0;
}
