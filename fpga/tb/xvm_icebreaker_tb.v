// SPDX-License-Identifier: Apache-2.0
// xvm_icebreaker_tb - runs the board top (normally Yosys's post-synthesis
// netlist on the iCE40 cell models) with a serial-flash model holding the
// program image and a serial-line receiver on the TX pin (xvm_board_tb), as
// on the board: the image goes through the real boot ROM and every byte
// through the real UART serializer.
//
// Defines (fixed by the netlist): XVM_CLK_MHZ, XVM_BAUD, XVM_FLASH_OFFSET.
// Plusargs: +flash=FILE  image bytes (hex, one per line) as written at the
//                        offset; without it the flash reads erased
//           +uart=FILE +max_cycles=N (at most 2^24), see xvm_board_tb
// Prints one line (xvm_board_tb): "XVM_FPGA PASS <cycles>" when the LEDs
// show the finisher's pass (green on, red off), "XVM_FPGA BOOT_ERROR
// <cycles>" when they show that the boot ROM found no valid image (both off
// once the flash has been read: the fast blink starts off, while a running
// core keeps red on for 2^24 cycles, hence the limit on +max_cycles), else
// "XVM_FPGA FAIL <reason>".
`timescale 1ns / 1ps
module xvm_icebreaker_tb;
  localparam [23:0]   Offset     = `XVM_FLASH_OFFSET;
  localparam integer  FlashBytes = 256 * 1024;

  wire        clk;
  wire [31:0] cycles;
  reg         flash_used = 1'b0;

  wire uart_tx, led_red_n, led_green_n;
  wire cs_n, sck, mosi, miso, wp_n, hold_n;

  xvm_board_tb #(
    .ClkMhz    (`XVM_CLK_MHZ),
    .Baud      (`XVM_BAUD),
    .MaxCycles (1 << 24)
  ) u_run (
    .clk_o        (clk),
    .cycles_o     (cycles),
    .tx_i         (uart_tx),
    .pass_i       (led_green_n === 1'b0 && led_red_n === 1'b1),
    .boot_error_i (flash_used && led_green_n === 1'b1 && led_red_n === 1'b1)
  );

  xvm_icebreaker dut (
    .clk_12m_i     (clk),
    .btn_ni        (1'b1),
    .uart_rx_i     (1'b1),
    .uart_tx_o     (uart_tx),
    .led_red_no    (led_red_n),
    .led_green_no  (led_green_n),
    .flash_cs_no   (cs_n),
    .flash_sck_o   (sck),
    .flash_mosi_o  (mosi),
    .flash_miso_i  (miso),
    .flash_wp_no   (wp_n),
    .flash_hold_no (hold_n)
  );

  // -------------------------------------------------------------------
  // Serial flash, preloaded with the image
  // -------------------------------------------------------------------
  wire flash_error;
  xvm_spi_flash_model #(
    .BaseAddr (Offset),
    .Bytes    (FlashBytes)
  ) u_flash (
    .cs_ni   (cs_n),
    .sck_i   (sck),
    .mosi_i  (mosi),
    .miso_o  (miso),
    .wp_ni   (wp_n),
    .hold_ni (hold_n),
    .error_o (flash_error)
  );

  always @(posedge clk) begin
    if (cs_n === 1'b0) flash_used <= 1'b1;
    if (flash_error) u_run.fail("flash protocol violation");
  end
endmodule
