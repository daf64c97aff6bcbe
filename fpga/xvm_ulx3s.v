// SPDX-License-Identifier: Apache-2.0
// xvm_ulx3s - the Xvm platform on the ULX3S (Lattice ECP5, LFE5U-12F to 85F):
// the boards' SoC (xvm_board_soc: the SoC, the boot ROM that loads the
// program from the SPI flash or from the serial line, the serial line) plus
// what only this board has - the PLL, the 32 MiB SDRAM at the RAM base
// (xvm_sdram behind xvm_sdram_arb), the serial boot, the pins and the LEDs.
//
// Resets: the PWR button (BTN0) resets everything and boots from flash. A
// break on the serial line (make load) resets the SoC too and sets the
// serial-boot request, which the boot ROM reads as MSR.DSR: it then takes
// the image from the serial line instead. The request ends with the boot.
// The SDRAM controller is reset by the button only, so that it keeps
// refreshing across the other resets.
//
// The flash clock leaves through USRMCLK, the ECP5's route to the
// configuration clock pin.
//
// LEDs (active high), LED0 to LED7: heartbeat (~1 Hz), a guest runs (VM=1,
// its brightness the share of time in guests), pass, fail, booting (the
// boot ROM runs), no valid image (blinks fast), serial receive, serial
// transmit.
module xvm_ulx3s #(
  parameter integer ClkMhz  = 50,        // multiple of 5, see xvm_ecp5_pll
  parameter integer Baud    = 115200,
  parameter         BootRom = "build/fpga/ulx3s/bootrom.hex"   // fpga/bootrom.S
) (
  input  wire        clk_25mhz,
  input  wire        btn_pwr_n,
  input  wire        ftdi_txd,        // the FTDI transmits, the FPGA receives
  output wire        ftdi_rxd,
  output wire [7:0]  led,
  output wire        wifi_gpio0,
  output wire        flash_csn,
  output wire        flash_mosi,
  input  wire        flash_miso,
  output wire        flash_wpn,
  output wire        flash_holdn,
  output wire        sdram_clk,
  output wire        sdram_cke,
  output wire        sdram_csn,
  output wire        sdram_rasn,
  output wire        sdram_casn,
  output wire        sdram_wen,
  output wire [1:0]  sdram_ba,
  output wire [12:0] sdram_a,
  output wire [1:0]  sdram_dqm,
  inout  wire [15:0] sdram_d
);
  localparam integer  RamBytes  = 32 * 1024 * 1024;
  localparam integer  BitCycles = (ClkMhz * 1000000 + Baud / 2) / Baud;
  localparam integer  HbBits    = 26;   // heartbeat period 2^26 cycles (~1 s)

  // The ESP32 resets the FPGA when its GPIO0 is pulled low.
  assign wifi_gpio0  = 1'b1;
  assign flash_wpn   = 1'b1;
  assign flash_holdn = 1'b1;

  // ---------------------------------------------------------------------
  // Clock and resets
  // ---------------------------------------------------------------------
  wire clk, pll_locked, board_rst_n;
  xvm_ecp5_pll #(
    .ClkMhz (ClkMhz)
  ) u_pll (
    .clk_25m_i (clk_25mhz),
    .clk_o     (clk),
    .locked_o  (pll_locked)
  );

  xvm_board_reset u_reset (
    .clk_i    (clk),
    .locked_i (pll_locked),
    .btn_ni   (btn_pwr_n),
    .rst_no   (board_rst_n)
  );

  // The SoC reset is also held while the serial line is in a break. The
  // reset registers are both flopped and used as asynchronous resets: they
  // assert asynchronously and release synchronously, by design.
  /* verilator lint_off SYNCASYNCNET */
  reg [2:0] rx_q = 3'b111;
  always @(posedge clk) rx_q <= {rx_q[1:0], ftdi_txd};

  wire rx_break;
  xvm_uart_break #(
    .Cycles (2 * 10 * BitCycles)
  ) u_break (
    .clk_i   (clk),
    .rst_ni  (board_rst_n),
    .rx_i    (rx_q[2]),
    .break_o (rx_break)
  );

  reg sys_rst_nq;
  always @(posedge clk or negedge board_rst_n) begin
    if (!board_rst_n) sys_rst_nq <= 1'b0;
    else sys_rst_nq <= !rx_break;
  end
  wire sys_rst_n = sys_rst_nq;

  // The serial-boot request, from a break to the end of the boot.
  wire booted, reset_req;
  reg  serial_boot_q;
  always @(posedge clk or negedge board_rst_n) begin
    if (!board_rst_n) serial_boot_q <= 1'b0;
    else if (rx_break) serial_boot_q <= 1'b1;
    else if (reset_req && !booted) serial_boot_q <= 1'b0;
  end
  /* verilator lint_on SYNCASYNCNET */

  // ---------------------------------------------------------------------
  // The SoC
  // ---------------------------------------------------------------------
  // Pass and fail stop the core until the button is pressed or a break
  // arrives.
  wire        rami_req, rami_gnt, rami_rvalid;
  wire [31:0] rami_addr, rami_rdata;
  wire        ramd_req, ramd_we, ramd_gnt, ramd_rvalid;
  wire [3:0]  ramd_be;
  wire [31:0] ramd_addr, ramd_wdata, ramd_rdata;
  wire        running, pass, fail, vm, heartbeat, blink, flash_sck;

  xvm_board_soc #(
    .ClkMhz   (ClkMhz),
    .Baud     (Baud),
    .BootRom  (BootRom),
    .RamBytes (RamBytes),
    .HbBits   (HbBits)
  ) u_board_soc (
    .clk_i         (clk),
    .rst_ni        (sys_rst_n),
    .rami_req_o    (rami_req),
    .rami_addr_o   (rami_addr),
    .rami_gnt_i    (rami_gnt),
    .rami_rvalid_i (rami_rvalid),
    .rami_rdata_i  (rami_rdata),
    .ramd_req_o    (ramd_req),
    .ramd_addr_o   (ramd_addr),
    .ramd_we_o     (ramd_we),
    .ramd_be_o     (ramd_be),
    .ramd_wdata_o  (ramd_wdata),
    .ramd_gnt_i    (ramd_gnt),
    .ramd_rvalid_i (ramd_rvalid),
    .ramd_rdata_i  (ramd_rdata),
    .uart_rx_i     (ftdi_txd),
    .uart_tx_o     (ftdi_rxd),
    .msr_i         ({2'b00, serial_boot_q}),   // DCD, RI, DSR
    .flash_cs_no   (flash_csn),
    .flash_sck_o   (flash_sck),
    .flash_mosi_o  (flash_mosi),
    .flash_miso_i  (flash_miso),
    .running_o     (running),
    .pass_o        (pass),
    .fail_o        (fail),
    .booted_o      (booted),
    .reset_req_o   (reset_req),
    .vm_o          (vm),
    .heartbeat_o   (heartbeat),
    .blink_o       (blink)
  );

  USRMCLK u_flash_sck (
    .USRMCLKI  (flash_sck),
    .USRMCLKTS (1'b0)
  );

  // ---------------------------------------------------------------------
  // The SDRAM at the RAM base
  // ---------------------------------------------------------------------
  wire        cmd_valid, cmd_ready, cmd_we, rsp_valid;
  wire [22:0] cmd_addr;
  wire [3:0]  cmd_be;
  wire [31:0] cmd_wdata, rsp_rdata;

  xvm_sdram_arb u_arb (
    .clk_i         (clk),
    .rst_ni        (sys_rst_n),
    .rami_addr_i   (rami_addr),
    .ramd_addr_i   (ramd_addr),
    .rami_req_i    (rami_req),
    .rami_gnt_o    (rami_gnt),
    .rami_rvalid_o (rami_rvalid),
    .rami_rdata_o  (rami_rdata),
    .ramd_req_i    (ramd_req),
    .ramd_we_i     (ramd_we),
    .ramd_be_i     (ramd_be),
    .ramd_wdata_i  (ramd_wdata),
    .ramd_gnt_o    (ramd_gnt),
    .ramd_rvalid_o (ramd_rvalid),
    .ramd_rdata_o  (ramd_rdata),
    .cmd_valid_o   (cmd_valid),
    .cmd_ready_i   (cmd_ready),
    .cmd_we_o      (cmd_we),
    .cmd_addr_o    (cmd_addr),
    .cmd_be_o      (cmd_be),
    .cmd_wdata_o   (cmd_wdata),
    .rsp_valid_i   (rsp_valid),
    .rsp_rdata_i   (rsp_rdata)
  );

  wire [15:0] dq_out;
  wire        dq_oe;
  xvm_sdram #(
    .ClkMhz (ClkMhz)
  ) u_sdram (
    .clk_i       (clk),
    .rst_ni      (board_rst_n),
    .cmd_valid_i (cmd_valid),
    .cmd_ready_o (cmd_ready),
    .cmd_we_i    (cmd_we),
    .cmd_addr_i  (cmd_addr),
    .cmd_be_i    (cmd_be),
    .cmd_wdata_i (cmd_wdata),
    .rsp_valid_o (rsp_valid),
    .rsp_rdata_o (rsp_rdata),
    .sd_cke_o    (sdram_cke),
    .sd_cs_no    (sdram_csn),
    .sd_ras_no   (sdram_rasn),
    .sd_cas_no   (sdram_casn),
    .sd_we_no    (sdram_wen),
    .sd_ba_o     (sdram_ba),
    .sd_a_o      (sdram_a),
    .sd_dqm_o    (sdram_dqm),
    .sd_dq_o     (dq_out),
    .sd_dq_oe_o  (dq_oe),
    .sd_dq_i     (sdram_d)
  );
  assign sdram_d = dq_oe ? dq_out : 16'hzzzz;

  // The SDRAM's clock is the inverted core clock, from an output DDR
  // register (low in the first half of each cycle, high in the second).
  ODDRX1F u_sdram_clk (
    .SCLK (clk),
    .RST  (1'b0),
    .D0   (1'b0),
    .D1   (1'b1),
    .Q    (sdram_clk)
  );

  // ---------------------------------------------------------------------
  // LEDs
  // ---------------------------------------------------------------------
  reg [19:0] rx_led_q, tx_led_q;   // activity, stretched to ~20 ms
  always @(posedge clk or negedge sys_rst_n) begin
    if (!sys_rst_n) begin
      rx_led_q <= 20'd0;
      tx_led_q <= 20'd0;
    end else begin
      rx_led_q <= !rx_q[2] ? 20'hfffff : rx_led_q - {19'd0, |rx_led_q};
      tx_led_q <= !ftdi_rxd ? 20'hfffff : tx_led_q - {19'd0, |tx_led_q};
    end
  end

  wire boot_error = fail && !booted;
  assign led[0] = running && !heartbeat;
  assign led[1] = vm;
  assign led[2] = pass;
  assign led[3] = fail && booted;
  assign led[4] = !booted && !fail;
  assign led[5] = boot_error && blink;
  assign led[6] = |rx_led_q;
  assign led[7] = |tx_led_q;
endmodule
