// SPDX-License-Identifier: Apache-2.0
// xvm_icebreaker - the Xvm platform on the iCEBreaker (iCE40UP5K-SG48): the
// boards' SoC (xvm_board_soc: the SoC, the boot ROM that copies the program
// from the SPI flash, the serial line) plus what only this board has - the
// PLL, 128 KiB of SPRAM, the pins and the LEDs. The user button resets (and
// reloads) everything.
//
// LEDs: red blinks about once a second while the core runs, boot included
// (heartbeat, on first), and fast when the flash holds no valid image;
// green shows that a guest is running (VM=1). After the program writes the
// finisher the core stops: pass leaves only green on, fail only red; the
// reset request reloads the image and restarts it.
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
  localparam integer  HbBits    = 25;   // heartbeat period 2^25 cycles (~1 s)

  assign flash_wp_no   = 1'b1;
  assign flash_hold_no = 1'b1;

  // ---------------------------------------------------------------------
  // Clock and reset
  // ---------------------------------------------------------------------
  wire clk, pll_locked, sys_rst_n;
  xvm_ice40_pll #(
    .ClkMhz (ClkMhz)
  ) u_pll (
    .pad_i    (clk_12m_i),
    .clk_o    (clk),
    .locked_o (pll_locked)
  );

  xvm_board_reset u_reset (
    .clk_i    (clk),
    .locked_i (pll_locked),
    .btn_ni   (btn_ni),
    .rst_no   (sys_rst_n)
  );

  // ---------------------------------------------------------------------
  // The SoC and its RAM
  // ---------------------------------------------------------------------
  wire        rami_req, rami_gnt, rami_rvalid;
  wire [31:0] rami_addr, rami_rdata;
  wire        ramd_req, ramd_we, ramd_gnt, ramd_rvalid;
  wire [3:0]  ramd_be;
  wire [31:0] ramd_addr, ramd_wdata, ramd_rdata;
  wire        running, pass, fail, booted, vm, heartbeat, blink;

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
    .uart_rx_i     (uart_rx_i),
    .uart_tx_o     (uart_tx_o),
    .msr_i         (3'b000),
    .flash_cs_no   (flash_cs_no),
    .flash_sck_o   (flash_sck_o),
    .flash_mosi_o  (flash_mosi_o),
    .flash_miso_i  (flash_miso_i),
    .running_o     (running),
    .pass_o        (pass),
    .fail_o        (fail),
    .booted_o      (booted),
    /* verilator lint_off PINCONNECTEMPTY */
    .reset_req_o   (),
    /* verilator lint_on PINCONNECTEMPTY */
    .vm_o          (vm),
    .heartbeat_o   (heartbeat),
    .blink_o       (blink)
  );

  xvm_ice40_spram u_ram (
    .clk_i         (clk),
    .rst_ni        (sys_rst_n),
    .rami_req_i    (rami_req),
    .rami_addr_i   (rami_addr),
    .rami_gnt_o    (rami_gnt),
    .rami_rvalid_o (rami_rvalid),
    .rami_rdata_o  (rami_rdata),
    .ramd_req_i    (ramd_req),
    .ramd_addr_i   (ramd_addr),
    .ramd_we_i     (ramd_we),
    .ramd_be_i     (ramd_be),
    .ramd_wdata_i  (ramd_wdata),
    .ramd_gnt_o    (ramd_gnt),
    .ramd_rvalid_o (ramd_rvalid),
    .ramd_rdata_o  (ramd_rdata)
  );

  // ---------------------------------------------------------------------
  // LEDs (active low on the board)
  // ---------------------------------------------------------------------
  // Green follows VM without stretching, so its brightness is the share of
  // time spent in guests.
  wire red   = (fail && !booted) ? blink :
               fail             ? 1'b1 :
               running          ? !heartbeat : 1'b0;
  wire green = pass || vm;

  assign led_red_no   = !red;
  assign led_green_no = !green;
endmodule
