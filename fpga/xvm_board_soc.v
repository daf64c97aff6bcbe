// SPDX-License-Identifier: Apache-2.0
// xvm_board_soc - what the boards build around xvm_soc alike: the boot ROM
// over the RAM's fetch port (xvm_bootrom, which reaches the SPI flash
// through the UART's modem lines), the serial line at Baud, 8N1, the
// finisher's core reset, pass and fail, and the heartbeat and VM status
// for the LEDs. The board top adds its clock, its resets, its RAM and how
// its LEDs show the status.
//
// The core starts at the RAM base in the boot ROM and ends the boot with
// the finisher's reset request (0x7777); the core restarts at the same
// address in the program. A reset request holds the core in reset for one
// cycle; pass and fail stop it until rst_ni. A fail written while booting
// (the ROM's "no valid image") is told from the program's by booted_o.
`include "xvm_defs.vh"

module xvm_board_soc #(
  parameter integer ClkMhz   = 50,
  parameter integer Baud     = 115200,
  parameter         BootRom  = "",     // fpga/bootrom.S as $readmemh words
  parameter integer RamBytes = 128 * 1024,
  parameter integer HbBits   = 26      // heartbeat period 2^HbBits cycles
) (
  input  wire        clk_i,
  input  wire        rst_ni,          // resets all but the RAM; boots anew
  // the RAM (fetch port and data port), from the SoC
  output wire        rami_req_o,
  output wire [31:0] rami_addr_o,
  input  wire        rami_gnt_i,
  input  wire        rami_rvalid_i,
  input  wire [31:0] rami_rdata_i,
  output wire        ramd_req_o,
  output wire [31:0] ramd_addr_o,
  output wire        ramd_we_o,
  output wire [3:0]  ramd_be_o,
  output wire [31:0] ramd_wdata_o,
  input  wire        ramd_gnt_i,
  input  wire        ramd_rvalid_i,
  input  wire [31:0] ramd_rdata_i,
  // serial line
  input  wire        uart_rx_i,
  output wire        uart_tx_o,
  input  wire [2:0]  msr_i,           // the board's DCD, RI, DSR
  // SPI flash
  output wire        flash_cs_no,
  output wire        flash_sck_o,
  output wire        flash_mosi_o,
  input  wire        flash_miso_i,    // reaches the ROM as MSR.CTS
  // status
  output wire        running_o,       // the core is out of reset
  output wire        pass_o,
  output wire        fail_o,
  output wire        booted_o,        // the boot ROM has handed over
  output wire        reset_req_o,     // the finisher's reset request
  output wire        vm_o,            // a guest runs (VM=1), registered
  output wire        heartbeat_o,     // high half of each heartbeat period
  output wire        blink_o          // eight times the heartbeat's rate
);
  localparam integer  BitCycles = (ClkMhz * 1000000 + Baud / 2) / Baud;
  localparam [31:0]   FinPass   = `XVM_FINISHER_PASS;
  localparam [31:0]   FinFail   = `XVM_FINISHER_FAIL;
  localparam [31:0]   FinReset  = `XVM_FINISHER_RESET;

  // ---------------------------------------------------------------------
  // Finisher and core reset
  // ---------------------------------------------------------------------
  // The board's reset registers are both flopped and used as asynchronous
  // resets: they assert asynchronously and release synchronously, by design.
  /* verilator lint_off SYNCASYNCNET */
  reg  core_rst_nq, pass_q, fail_q;
  wire finish_valid;
  wire [31:0] finish_data;
  wire reset_req = finish_valid && finish_data[15:0] == FinReset[15:0];

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      core_rst_nq <= 1'b0;
      pass_q      <= 1'b0;
      fail_q      <= 1'b0;
    end else begin
      core_rst_nq <= !reset_req && !pass_q && !fail_q;
      if (finish_valid && finish_data == FinPass) pass_q <= 1'b1;
      if (finish_valid && finish_data[15:0] == FinFail[15:0]) fail_q <= 1'b1;
    end
  end
  /* verilator lint_on SYNCASYNCNET */

  assign running_o   = core_rst_nq;
  assign pass_o      = pass_q;
  assign fail_o      = fail_q;
  assign reset_req_o = reset_req;

  // ---------------------------------------------------------------------
  // The SoC
  // ---------------------------------------------------------------------
  wire        soc_i_req, soc_i_gnt, soc_i_rvalid;
  wire [31:0] soc_i_rdata;
  wire        tx_valid, tx_ready, rx_valid, rx_ready;
  wire [7:0]  tx_data, rx_data;
  wire [3:0]  mcr;
  wire        vm;

  xvm_soc #(
    .ResetPc  (`XVM_RAM_BASE),
    .TimerDiv (ClkMhz)
  ) u_soc (
    .clk_i              (clk_i),
    .rst_ni             (core_rst_nq),
    .ram_size_i         (RamBytes),
    .rami_req_o         (soc_i_req),
    .rami_addr_o        (rami_addr_o),
    .rami_gnt_i         (soc_i_gnt),
    .rami_rvalid_i      (soc_i_rvalid),
    .rami_rdata_i       (soc_i_rdata),
    .ramd_req_o         (ramd_req_o),
    .ramd_addr_o        (ramd_addr_o),
    .ramd_we_o          (ramd_we_o),
    .ramd_be_o          (ramd_be_o),
    .ramd_wdata_o       (ramd_wdata_o),
    .ramd_gnt_i         (ramd_gnt_i),
    .ramd_rvalid_i      (ramd_rvalid_i),
    .ramd_rdata_i       (ramd_rdata_i),
    .uart_tx_valid_o    (tx_valid),
    .uart_tx_data_o     (tx_data),
    .uart_tx_ready_i    (tx_ready),
    .uart_rx_valid_i    (rx_valid),
    .uart_rx_data_i     (rx_data),
    .uart_rx_ready_o    (rx_ready),
    .uart_mcr_o         (mcr),
    .uart_msr_i         ({msr_i, flash_miso_i}),   // DCD, RI, DSR, CTS
    .finish_valid_o     (finish_valid),
    .finish_data_o      (finish_data),
    // The retire port and the visibility outputs serve simulation only.
    /* verilator lint_off PINCONNECTEMPTY */
    .retire_valid_o     (),
    .retire_trap_o      (),
    .retire_pc_o        (),
    .retire_insn_o      (),
    .retire_priv_o      (),
    .retire_vm_o        (),
    .retire_rd_addr_o   (),
    .retire_rd_wdata_o  (),
    .retire_mem_we_o    (),
    .retire_mem_addr_o  (),
    .retire_mem_paddr_o (),
    .retire_mem_size_o  (),
    .retire_mem_wdata_o (),
    .retire_mem_re_o    (),
    .retire_cause_o     (),
    .retire_tval_o      (),
    .priv_o             (),
    .vm_o               (vm),
    .va_limit_o         ()
    /* verilator lint_on PINCONNECTEMPTY */
  );

  // ---------------------------------------------------------------------
  // Boot ROM, over the RAM's fetch port, and the flash
  // ---------------------------------------------------------------------
  xvm_bootrom #(
    .InitFile (BootRom)
  ) u_bootrom (
    .clk_i        (clk_i),
    .rst_ni       (rst_ni),
    .reset_req_i  (reset_req),
    .booted_o     (booted_o),
    .i_req_i      (soc_i_req),
    .i_addr_i     (rami_addr_o[9:2]),
    .i_gnt_o      (soc_i_gnt),
    .i_rvalid_o   (soc_i_rvalid),
    .i_rdata_o    (soc_i_rdata),
    .ram_req_o    (rami_req_o),
    .ram_gnt_i    (rami_gnt_i),
    .ram_rvalid_i (rami_rvalid_i),
    .ram_rdata_i  (rami_rdata_i),
    .mcr_i        (mcr[2:0]),
    .spi_cs_no    (flash_cs_no),
    .spi_sck_o    (flash_sck_o),
    .spi_mosi_o   (flash_mosi_o)
  );
  // MCR's OUT2 has no pin.
  wire unused_ok = &{1'b0, mcr[3]};

  // ---------------------------------------------------------------------
  // Serial line: the UART's byte streams at Baud, 8N1
  // ---------------------------------------------------------------------
  xvm_uart_tx #(
    .BitCycles (BitCycles)
  ) u_tx (
    .clk_i   (clk_i),
    .rst_ni  (rst_ni),
    .valid_i (tx_valid),
    .data_i  (tx_data),
    .ready_o (tx_ready),
    .tx_o    (uart_tx_o)
  );

  // The UART drops bytes pushed while its RBR is full (overrun).
  wire rx_pulse;
  xvm_uart_rx #(
    .BitCycles (BitCycles)
  ) u_rx (
    .clk_i   (clk_i),
    .rst_ni  (rst_ni),
    .rx_i    (uart_rx_i),
    .valid_o (rx_pulse),
    .data_o  (rx_data)
  );
  assign rx_valid = rx_pulse && rx_ready;

  // ---------------------------------------------------------------------
  // Heartbeat and VM
  // ---------------------------------------------------------------------
  // VM is registered without stretching, so that an LED it drives shows
  // the share of time spent in guests by its brightness.
  reg [HbBits-1:0] hb_q;
  reg              vm_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      hb_q <= {HbBits{1'b0}};
      vm_q <= 1'b0;
    end else begin
      hb_q <= hb_q + 1'b1;
      vm_q <= vm && core_rst_nq;
    end
  end

  assign vm_o        = vm_q;
  assign heartbeat_o = hb_q[HbBits-1];
  assign blink_o     = hb_q[HbBits-4];
endmodule
