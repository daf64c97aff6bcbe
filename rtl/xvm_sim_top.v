// SPDX-License-Identifier: Apache-2.0
// xvm_sim_top - the simulation platform: the SoC plus a dual-port RAM. The
// C testbench (Verilator) and the 4-state testbench (Icarus) drive it; the
// UART transmitter is always ready because the testbench takes every byte.
module xvm_sim_top #(
  // Icarus's RAM array; under Verilator the RAM is the testbench's memory.
  parameter integer RamBytes = 64 * 1024 * 1024,
  parameter integer TimerDiv = 1
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire [31:0] ram_size_i,
  output wire        uart_tx_valid_o,
  output wire [7:0]  uart_tx_data_o,
  input  wire        uart_rx_valid_i,
  input  wire [7:0]  uart_rx_data_i,
  output wire        uart_rx_ready_o,
  output wire        finish_valid_o,
  output wire [31:0] finish_data_o,
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
  output wire [1:0]  priv_o,
  output wire        vm_o,
  output wire [31:0] va_limit_o
);
  wire        rami_req, rami_gnt, rami_rvalid;
  wire [31:0] rami_addr, rami_rdata;
  wire        ramd_req, ramd_we, ramd_gnt, ramd_rvalid;
  wire [3:0]  ramd_be;
  wire [31:0] ramd_addr, ramd_wdata, ramd_rdata;

  xvm_soc #(
    .TimerDiv (TimerDiv)
  ) u_soc (
    .clk_i              (clk_i),
    .rst_ni             (rst_ni),
    .ram_size_i         (ram_size_i),
    .rami_req_o         (rami_req),
    .rami_addr_o        (rami_addr),
    .rami_gnt_i         (rami_gnt),
    .rami_rvalid_i      (rami_rvalid),
    .rami_rdata_i       (rami_rdata),
    .ramd_req_o         (ramd_req),
    .ramd_addr_o        (ramd_addr),
    .ramd_we_o          (ramd_we),
    .ramd_be_o          (ramd_be),
    .ramd_wdata_o       (ramd_wdata),
    .ramd_gnt_i         (ramd_gnt),
    .ramd_rvalid_i      (ramd_rvalid),
    .ramd_rdata_i       (ramd_rdata),
    .uart_tx_valid_o    (uart_tx_valid_o),
    .uart_tx_data_o     (uart_tx_data_o),
    .uart_tx_ready_i    (1'b1),
    .uart_rx_valid_i    (uart_rx_valid_i),
    .uart_rx_data_i     (uart_rx_data_i),
    .uart_rx_ready_o    (uart_rx_ready_o),
    // No modem lines in simulation: MSR reads 0, as in the ISS.
    /* verilator lint_off PINCONNECTEMPTY */
    .uart_mcr_o         (),
    /* verilator lint_on PINCONNECTEMPTY */
    .uart_msr_i         (4'd0),
    .finish_valid_o     (finish_valid_o),
    .finish_data_o      (finish_data_o),
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

  xvm_sim_ram #(
    .RamBytes (RamBytes)
  ) u_ram (
    .clk_i      (clk_i),
    .rst_ni     (rst_ni),
    .a_req_i    (rami_req),
    .a_addr_i   (rami_addr),
    .a_gnt_o    (rami_gnt),
    .a_rvalid_o (rami_rvalid),
    .a_rdata_o  (rami_rdata),
    .b_req_i    (ramd_req),
    .b_addr_i   (ramd_addr),
    .b_we_i     (ramd_we),
    .b_be_i     (ramd_be),
    .b_wdata_i  (ramd_wdata),
    .b_gnt_o    (ramd_gnt),
    .b_rvalid_o (ramd_rvalid),
    .b_rdata_o  (ramd_rdata)
  );
endmodule
