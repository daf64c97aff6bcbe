// SPDX-License-Identifier: Apache-2.0
// xvm_tb_icarus - 4-state testbench: runs a program image on xvm_sim_top
// under Icarus Verilog so that X propagation, which Verilator's two-state
// model hides, shows up. Every retired instruction is checked for X/Z in the
// values it makes architecturally visible; the first one found fails the run.
//
// Plusargs: +ram=FILE (words, $readmemh) +max_cycles=N +tohost=HEX (physical
// address of the riscv-tests tohost word, 0 when the program has none).
// Prints "XVM_EXIT <code>" when the program ends; the runner checks it.
`timescale 1ns / 1ps
module xvm_tb_icarus;
  localparam integer RamBytes = 16 * 1024 * 1024;

  reg clk = 1'b0;
  reg rst_n = 1'b0;
  always #5 clk = ~clk;

  wire        uart_tx_valid, uart_rx_ready, finish_valid;
  wire [7:0]  uart_tx_data;
  wire [31:0] finish_data;
  wire        retire_valid, retire_trap, retire_vm, retire_mem_we, retire_mem_re;
  wire [31:0] retire_pc, retire_insn, retire_rd_wdata, retire_mem_addr;
  wire [31:0] retire_mem_paddr, retire_mem_wdata, retire_cause, retire_tval;
  wire [1:0]  retire_priv, retire_mem_size, priv;
  wire [4:0]  retire_rd_addr;
  wire        vm;
  wire [31:0] va_limit;

  xvm_sim_top #(
    .RamBytes (RamBytes)
  ) dut (
    .clk_i              (clk),
    .rst_ni             (rst_n),
    .ram_size_i         (RamBytes),
    .uart_tx_valid_o    (uart_tx_valid),
    .uart_tx_data_o     (uart_tx_data),
    .uart_rx_valid_i    (1'b0),
    .uart_rx_data_i     (8'd0),
    .uart_rx_ready_o    (uart_rx_ready),
    .finish_valid_o     (finish_valid),
    .finish_data_o      (finish_data),
    .retire_valid_o     (retire_valid),
    .retire_trap_o      (retire_trap),
    .retire_pc_o        (retire_pc),
    .retire_insn_o      (retire_insn),
    .retire_priv_o      (retire_priv),
    .retire_vm_o        (retire_vm),
    .retire_rd_addr_o   (retire_rd_addr),
    .retire_rd_wdata_o  (retire_rd_wdata),
    .retire_mem_we_o    (retire_mem_we),
    .retire_mem_addr_o  (retire_mem_addr),
    .retire_mem_paddr_o (retire_mem_paddr),
    .retire_mem_size_o  (retire_mem_size),
    .retire_mem_wdata_o (retire_mem_wdata),
    .retire_mem_re_o    (retire_mem_re),
    .retire_cause_o     (retire_cause),
    .retire_tval_o      (retire_tval),
    .priv_o             (priv),
    .vm_o               (vm),
    .va_limit_o         (va_limit)
  );

  reg [63:0] max_cycles;
  reg [31:0] tohost;
  reg [63:0] cycle;

  initial begin
    if (!$value$plusargs("max_cycles=%d", max_cycles)) max_cycles = 64'd2000000;
    if (!$value$plusargs("tohost=%h", tohost)) tohost = 32'd0;
    cycle = 64'd0;
    repeat (4) @(posedge clk);
    rst_n = 1'b1;
  end

  task finish_with;
    input integer code;
    begin
      $display("");
      $display("XVM_EXIT %0d", code);
      $finish;
    end
  endtask

  always @(posedge clk) begin
    if (rst_n) begin
      cycle <= cycle + 64'd1;
      if (cycle >= max_cycles) begin
        $display("xvm-icarus: --max-cycles %0d reached", max_cycles);
        finish_with(124);
      end
      if (^{priv, vm, retire_valid, uart_tx_valid, finish_valid} === 1'bx) begin
        $display("xvm-icarus: X on control outputs at cycle %0d", cycle);
        finish_with(99);
      end
      if (retire_valid) begin
        if (^{retire_pc, retire_insn, retire_priv, retire_vm, retire_trap, retire_mem_we} === 1'bx ||
            (!retire_trap && retire_rd_addr != 5'd0 && ^retire_rd_wdata === 1'bx) ||
            (retire_trap && ^{retire_cause, retire_tval} === 1'bx) ||
            (retire_mem_we && ^{retire_mem_paddr, retire_mem_wdata} === 1'bx)) begin
          $display("xvm-icarus: X in retired state at cycle %0d pc %h", cycle, retire_pc);
          finish_with(99);
        end
        if (tohost != 32'd0 && retire_mem_we && retire_mem_paddr == tohost &&
            retire_mem_wdata[0]) begin
          finish_with(retire_mem_wdata == 32'd1 ? 0 : retire_mem_wdata >> 1);
        end
      end
      if (uart_tx_valid) $write("%c", uart_tx_data);
      if (finish_valid) begin
        if (finish_data[15:0] == 16'h5555) finish_with(0);
        else if (finish_data[15:0] == 16'h3333) finish_with(finish_data >> 16);
      end
    end
  end
endmodule
