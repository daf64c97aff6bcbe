// SPDX-License-Identifier: Apache-2.0
// xvm_soc - the platform of platform.md without its memories: the core, the
// bus crossbar, the CLINT, the UART and the test finisher. The simulation
// top and the board top add the RAM (and, on the board, clocks and pins).
`include "xvm_defs.vh"

module xvm_soc #(
  parameter [31:0] ResetPc  = `XVM_RESET_PC,
  parameter integer TimerDiv = 1
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire [31:0] ram_size_i,
  // RAM instruction port (byte offsets from the RAM base)
  output wire        rami_req_o,
  output wire [31:0] rami_addr_o,
  input  wire        rami_gnt_i,
  input  wire        rami_rvalid_i,
  input  wire [31:0] rami_rdata_i,
  // RAM data port
  output wire        ramd_req_o,
  output wire [31:0] ramd_addr_o,
  output wire        ramd_we_o,
  output wire [3:0]  ramd_be_o,
  output wire [31:0] ramd_wdata_o,
  input  wire        ramd_gnt_i,
  input  wire        ramd_rvalid_i,
  input  wire [31:0] ramd_rdata_i,
  // UART byte streams
  output wire        uart_tx_valid_o,
  output wire [7:0]  uart_tx_data_o,
  input  wire        uart_tx_ready_i,
  input  wire        uart_rx_valid_i,
  input  wire [7:0]  uart_rx_data_i,
  output wire        uart_rx_ready_o,
  // UART modem lines (MCR[3:0] out, MSR[7:4] in: see xvm_uart)
  output wire [3:0]  uart_mcr_o,
  input  wire [3:0]  uart_msr_i,
  // finisher
  output wire        finish_valid_o,
  output wire [31:0] finish_data_o,
  // retire port (docs/architecture.md)
  output wire        retire_valid_o,
  output wire        retire_trap_o,
  output wire [31:0] retire_pc_o,
  output wire [31:0] retire_insn_o,
  output wire [1:0]  retire_priv_o,
  output wire        retire_vm_o,
  output wire [4:0]  retire_rd_addr_o,
  output wire [31:0] retire_rd_wdata_o,
  output wire        retire_mem_we_o,
  output wire [31:0] retire_mem_addr_o,
  output wire [31:0] retire_mem_paddr_o,
  output wire [1:0]  retire_mem_size_o,
  output wire [31:0] retire_mem_wdata_o,
  output wire        retire_mem_re_o,
  output wire [31:0] retire_cause_o,
  output wire [31:0] retire_tval_o,
  // visibility
  output wire [1:0]  priv_o,
  output wire        vm_o,
  output wire [31:0] va_limit_o
);
  wire        ibus_req, ibus_gnt, ibus_rvalid, ibus_err;
  wire [31:0] ibus_addr, ibus_rdata;
  wire        dbus_req, dbus_we, dbus_gnt, dbus_rvalid, dbus_err;
  wire [3:0]  dbus_be;
  wire [31:0] dbus_addr, dbus_wdata, dbus_rdata;

  wire [15:0] dev_addr;
  wire [31:0] dev_wdata;
  wire        dev_we;
  wire [3:0]  dev_be;
  wire        clint_req, clint_rvalid, uart_req, uart_rvalid, fin_req, fin_rvalid;
  wire [31:0] clint_rdata, uart_rdata, fin_rdata;

  wire [63:0] mtime;
  wire        irq_m_timer, irq_m_soft;

  xvm_core #(
    .ResetPc (ResetPc)
  ) u_core (
    .clk_i              (clk_i),
    .rst_ni             (rst_ni),
    .ibus_req_o         (ibus_req),
    .ibus_addr_o        (ibus_addr),
    .ibus_gnt_i         (ibus_gnt),
    .ibus_rvalid_i      (ibus_rvalid),
    .ibus_rdata_i       (ibus_rdata),
    .ibus_err_i         (ibus_err),
    .dbus_req_o         (dbus_req),
    .dbus_addr_o        (dbus_addr),
    .dbus_we_o          (dbus_we),
    .dbus_be_o          (dbus_be),
    .dbus_wdata_o       (dbus_wdata),
    .dbus_gnt_i         (dbus_gnt),
    .dbus_rvalid_i      (dbus_rvalid),
    .dbus_rdata_i       (dbus_rdata),
    .dbus_err_i         (dbus_err),
    .irq_m_soft_i       (irq_m_soft),
    .irq_m_timer_i      (irq_m_timer),
    .irq_m_ext_i        (1'b0),
    .irq_s_ext_i        (1'b0),
    .mtime_i            (mtime),
    .retire_valid_o     (retire_valid_o),
    .retire_trap_o      (retire_trap_o),
    .retire_pc_o        (retire_pc_o),
    .retire_insn_o      (retire_insn_o),
    .retire_priv_o      (retire_priv_o),
    .retire_vm_o        (retire_vm_o),
    .retire_rd_addr_o   (retire_rd_addr_o),
    .retire_rd_wdata_o  (retire_rd_wdata_o),
    .retire_mem_we_o    (retire_mem_we_o),
    .retire_mem_addr_o  (retire_mem_addr_o),
    .retire_mem_paddr_o (retire_mem_paddr_o),
    .retire_mem_size_o  (retire_mem_size_o),
    .retire_mem_wdata_o (retire_mem_wdata_o),
    .retire_mem_re_o    (retire_mem_re_o),
    .retire_cause_o     (retire_cause_o),
    .retire_tval_o      (retire_tval_o),
    .priv_o             (priv_o),
    .vm_o               (vm_o),
    .va_limit_o         (va_limit_o)
  );

  xvm_xbar u_xbar (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .ram_size_i     (ram_size_i),
    .ibus_req_i     (ibus_req),
    .ibus_addr_i    (ibus_addr),
    .ibus_gnt_o     (ibus_gnt),
    .ibus_rvalid_o  (ibus_rvalid),
    .ibus_rdata_o   (ibus_rdata),
    .ibus_err_o     (ibus_err),
    .dbus_req_i     (dbus_req),
    .dbus_addr_i    (dbus_addr),
    .dbus_we_i      (dbus_we),
    .dbus_be_i      (dbus_be),
    .dbus_wdata_i   (dbus_wdata),
    .dbus_gnt_o     (dbus_gnt),
    .dbus_rvalid_o  (dbus_rvalid),
    .dbus_rdata_o   (dbus_rdata),
    .dbus_err_o     (dbus_err),
    .rami_req_o     (rami_req_o),
    .rami_addr_o    (rami_addr_o),
    .rami_gnt_i     (rami_gnt_i),
    .rami_rvalid_i  (rami_rvalid_i),
    .rami_rdata_i   (rami_rdata_i),
    .ramd_req_o     (ramd_req_o),
    .ramd_addr_o    (ramd_addr_o),
    .ramd_we_o      (ramd_we_o),
    .ramd_be_o      (ramd_be_o),
    .ramd_wdata_o   (ramd_wdata_o),
    .ramd_gnt_i     (ramd_gnt_i),
    .ramd_rvalid_i  (ramd_rvalid_i),
    .ramd_rdata_i   (ramd_rdata_i),
    .dev_addr_o     (dev_addr),
    .dev_we_o       (dev_we),
    .dev_be_o       (dev_be),
    .dev_wdata_o    (dev_wdata),
    .clint_req_o    (clint_req),
    .clint_rvalid_i (clint_rvalid),
    .clint_rdata_i  (clint_rdata),
    .uart_req_o     (uart_req),
    .uart_rvalid_i  (uart_rvalid),
    .uart_rdata_i   (uart_rdata),
    .fin_req_o      (fin_req),
    .fin_rvalid_i   (fin_rvalid),
    .fin_rdata_i    (fin_rdata)
  );

  xvm_clint #(
    .TimerDiv (TimerDiv)
  ) u_clint (
    .clk_i       (clk_i),
    .rst_ni      (rst_ni),
    .req_i       (clint_req),
    .addr_i      (dev_addr),
    .we_i        (dev_we),
    .be_i        (dev_be),
    .wdata_i     (dev_wdata),
    .rvalid_o    (clint_rvalid),
    .rdata_o     (clint_rdata),
    .mtime_o     (mtime),
    .irq_timer_o (irq_m_timer),
    .irq_soft_o  (irq_m_soft)
  );

  xvm_uart u_uart (
    .clk_i      (clk_i),
    .rst_ni     (rst_ni),
    .req_i      (uart_req),
    .addr_i     (dev_addr[7:2]),
    .we_i       (dev_we),
    .be_i       (dev_be),
    .wdata_i    (dev_wdata),
    .rvalid_o   (uart_rvalid),
    .rdata_o    (uart_rdata),
    .tx_valid_o (uart_tx_valid_o),
    .tx_data_o  (uart_tx_data_o),
    .tx_ready_i (uart_tx_ready_i),
    .rx_valid_i (uart_rx_valid_i),
    .rx_data_i  (uart_rx_data_i),
    .rx_ready_o (uart_rx_ready_o),
    .mcr_o      (uart_mcr_o),
    .msr_i      (uart_msr_i)
  );

  xvm_finisher u_finisher (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .req_i          (fin_req),
    .we_i           (dev_we),
    .wdata_i        (dev_wdata),
    .rvalid_o       (fin_rvalid),
    .rdata_o        (fin_rdata),
    .finish_valid_o (finish_valid_o),
    .finish_data_o  (finish_data_o)
  );
endmodule
