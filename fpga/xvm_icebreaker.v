// SPDX-License-Identifier: Apache-2.0
// xvm_icebreaker - the Xvm platform on the iCEBreaker (iCE40UP5K-SG48): the
// shared SoC plus what only the board has - the PLL, 128 KiB of SPRAM, the
// boot ROM that copies the program from the SPI flash (xvm_bootrom), the
// serial line and the LEDs. The user button resets (and reloads)
// everything.
//
// The core starts at the RAM base in the boot ROM, which reaches the flash
// through the UART's modem lines (MSR.CTS is MISO) and ends the boot with
// the finisher's reset request (0x7777); the core restarts at the same
// address in the program. A fail written while booting (the ROM's "no valid
// image") is told from the program's by booted.
//
// LEDs: red blinks about once a second while the core runs, boot included
// (heartbeat, on first), and fast when the flash holds no valid image;
// green shows that a guest is running (VM=1). After the program writes the
// finisher the core stops: pass leaves only green on, fail only red; the
// reset request reloads the image and restarts it.
`include "xvm_defs.vh"

module xvm_icebreaker #(
  parameter integer ClkMhz  = 30,        // multiple of 3, see xvm_ice40_pll
  parameter integer Baud    = 115200,
  parameter         BootRom = "build/fpga/icebreaker/bootrom.hex"   // fpga/bootrom.S
) (
  input  wire clk_12m_i,
  input  wire btn_ni,
  input  wire uart_rx_i,
  output wire uart_tx_o,
  output wire led_red_no,
  output wire led_green_no,
  output wire flash_cs_no,
  output wire flash_sck_o,
  output wire flash_mosi_o,
  input  wire flash_miso_i,
  output wire flash_wp_no,
  output wire flash_hold_no
);
  localparam integer  RamBytes  = 128 * 1024;
  localparam integer  BitCycles = (ClkMhz * 1000000 + Baud / 2) / Baud;
  localparam integer  HbBits    = 25;   // heartbeat period 2^25 cycles (~1 s)
  localparam [31:0]   FinPass   = `XVM_FINISHER_PASS;
  localparam [31:0]   FinFail   = `XVM_FINISHER_FAIL;
  localparam [31:0]   FinReset  = `XVM_FINISHER_RESET;

  assign flash_wp_no   = 1'b1;
  assign flash_hold_no = 1'b1;

  // ---------------------------------------------------------------------
  // Clock and reset
  // ---------------------------------------------------------------------
  wire clk, pll_locked;
  xvm_ice40_pll #(
    .ClkMhz (ClkMhz)
  ) u_pll (
    .pad_i    (clk_12m_i),
    .clk_o    (clk),
    .locked_o (pll_locked)
  );

  // Reset is held while the PLL is unlocked or the button is down, and for
  // 1024 cycles after both are fine. Registers power up at zero. The reset
  // registers below are both flopped and used as asynchronous resets: they
  // assert asynchronously and release synchronously, by design.
  /* verilator lint_off SYNCASYNCNET */
  reg [2:0]  btn_q = 3'b000;
  reg [10:0] por_q = 11'd0;
  wire       sys_rst_n = por_q[10];
  always @(posedge clk) begin
    btn_q <= {btn_q[1:0], btn_ni};
    if (!pll_locked || !btn_q[2]) por_q <= 11'd0;
    else if (!sys_rst_n) por_q <= por_q + 11'd1;
  end

  // ---------------------------------------------------------------------
  // Finisher and core reset
  // ---------------------------------------------------------------------
  // A reset request holds the core in reset for one cycle; pass and fail
  // stop it until the button is pressed.
  reg  core_rst_nq, pass_q, fail_q;
  wire finish_valid;
  wire [31:0] finish_data;
  wire reset_req = finish_valid && finish_data[15:0] == FinReset[15:0];

  always @(posedge clk or negedge sys_rst_n) begin
    if (!sys_rst_n) begin
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

  // ---------------------------------------------------------------------
  // The SoC and its RAM
  // ---------------------------------------------------------------------
  wire        rami_req, rami_gnt, rami_rvalid;
  wire [31:0] rami_addr, rami_rdata;
  wire        ramd_req, ramd_we, ramd_gnt, ramd_rvalid;
  wire [3:0]  ramd_be;
  wire [31:0] ramd_addr, ramd_wdata, ramd_rdata;
  wire        soc_i_req, soc_i_gnt, soc_i_rvalid;
  wire [31:0] soc_i_rdata;
  wire        tx_valid, tx_ready, rx_valid, rx_ready;
  wire [7:0]  tx_data, rx_data;
  wire [3:0]  mcr;
  wire        vm, booted;

  xvm_soc #(
    .ResetPc  (`XVM_RAM_BASE),
    .TimerDiv (ClkMhz)
  ) u_soc (
    .clk_i              (clk),
    .rst_ni             (core_rst_nq),
    .ram_size_i         (RamBytes),
    .rami_req_o         (soc_i_req),
    .rami_addr_o        (rami_addr),
    .rami_gnt_i         (soc_i_gnt),
    .rami_rvalid_i      (soc_i_rvalid),
    .rami_rdata_i       (soc_i_rdata),
    .ramd_req_o         (ramd_req),
    .ramd_addr_o        (ramd_addr),
    .ramd_we_o          (ramd_we),
    .ramd_be_o          (ramd_be),
    .ramd_wdata_o       (ramd_wdata),
    .ramd_gnt_i         (ramd_gnt),
    .ramd_rvalid_i      (ramd_rvalid),
    .ramd_rdata_i       (ramd_rdata),
    .uart_tx_valid_o    (tx_valid),
    .uart_tx_data_o     (tx_data),
    .uart_tx_ready_i    (tx_ready),
    .uart_rx_valid_i    (rx_valid),
    .uart_rx_data_i     (rx_data),
    .uart_rx_ready_o    (rx_ready),
    .uart_mcr_o         (mcr),
    .uart_msr_i         ({3'b000, flash_miso_i}),   // DCD, RI, DSR, CTS
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

  xvm_ice40_spram u_ram (
    .clk_i      (clk),
    .rst_ni     (sys_rst_n),
    .i_req_i    (rami_req),
    .i_addr_i   (rami_addr),
    .i_gnt_o    (rami_gnt),
    .i_rvalid_o (rami_rvalid),
    .i_rdata_o  (rami_rdata),
    .d_req_i    (ramd_req),
    .d_addr_i   (ramd_addr),
    .d_we_i     (ramd_we),
    .d_be_i     (ramd_be),
    .d_wdata_i  (ramd_wdata),
    .d_gnt_o    (ramd_gnt),
    .d_rvalid_o (ramd_rvalid),
    .d_rdata_o  (ramd_rdata)
  );

  // ---------------------------------------------------------------------
  // Boot ROM, over the RAM's fetch port, and the flash
  // ---------------------------------------------------------------------
  xvm_bootrom #(
    .InitFile (BootRom)
  ) u_bootrom (
    .clk_i        (clk),
    .rst_ni       (sys_rst_n),
    .reset_req_i  (reset_req),
    .booted_o     (booted),
    .i_req_i      (soc_i_req),
    .i_addr_i     (rami_addr[9:2]),
    .i_gnt_o      (soc_i_gnt),
    .i_rvalid_o   (soc_i_rvalid),
    .i_rdata_o    (soc_i_rdata),
    .ram_req_o    (rami_req),
    .ram_gnt_i    (rami_gnt),
    .ram_rvalid_i (rami_rvalid),
    .ram_rdata_i  (rami_rdata),
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
    .clk_i   (clk),
    .rst_ni  (sys_rst_n),
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
    .clk_i   (clk),
    .rst_ni  (sys_rst_n),
    .rx_i    (uart_rx_i),
    .valid_o (rx_pulse),
    .data_o  (rx_data)
  );
  assign rx_valid = rx_pulse && rx_ready;

  // ---------------------------------------------------------------------
  // LEDs (active low on the board)
  // ---------------------------------------------------------------------
  // Green follows VM without stretching, so its brightness is the share of
  // time spent in guests.
  reg [HbBits-1:0] hb_q;
  reg              vm_q;
  always @(posedge clk or negedge sys_rst_n) begin
    if (!sys_rst_n) begin
      hb_q <= {HbBits{1'b0}};
      vm_q <= 1'b0;
    end else begin
      hb_q <= hb_q + 1'b1;
      vm_q <= vm && core_rst_nq;
    end
  end

  wire red   = (fail_q && !booted) ? hb_q[HbBits-4] :
               fail_q             ? 1'b1 :
               core_rst_nq        ? !hb_q[HbBits-1] : 1'b0;
  wire green = pass_q || vm_q;

  assign led_red_no   = !red;
  assign led_green_no = !green;
endmodule
