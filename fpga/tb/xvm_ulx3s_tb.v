// SPDX-License-Identifier: Apache-2.0
// xvm_ulx3s_tb - runs the ULX3S top (its RTL, or Yosys's post-synthesis
// netlist on the ECP5 cell models) with the SDRAM model (32 MiB), a
// serial-flash model and the serial line, as on the board. With +rx=FILE the
// testbench does what `make load` does: once the board is out of reset it
// sends a break, then the bytes of FILE (the frame fpga/load.py writes with
// --frame-out) at XVM_BAUD, 8N1, so the program goes through the real boot
// ROM, UART, SDRAM controller and SDRAM. Without it the boot ROM reads the
// flash (+flash=FILE, hex bytes from the offset; erased without it).
//
// Defines: XVM_CLK_MHZ, XVM_BAUD, XVM_FLASH_OFFSET (fixed by the build);
// XVM_TB_RTL when the top is the RTL.
// Plusargs: +rx=FILE +flash=FILE, and +uart=FILE +max_cycles=N (see
// xvm_board_tb, which also receives the serial output).
// Prints one line (xvm_board_tb): "XVM_FPGA PASS <cycles>" when the pass
// LED has been on (fail off) for its hold time, "XVM_FPGA BOOT_ERROR
// <cycles>" when the "no valid image" LED has lit (without +rx; the hold
// time later), else "XVM_FPGA FAIL <reason>" (the program's fail, an SDRAM
// or flash protocol violation, a timeout).
`timescale 1ns / 1ps
module xvm_ulx3s_tb;
  localparam integer  BitCycles  = (`XVM_CLK_MHZ * 1000000 + `XVM_BAUD / 2) / `XVM_BAUD;
  localparam [23:0]   Offset     = `XVM_FLASH_OFFSET;
  localparam integer  FlashBytes = 1024 * 1024;
  localparam integer  BreakAt    = 4000;                // after the board's reset

  wire        clk;
  wire [31:0] cycles;
  reg         serial_boot = 1'b0;
  reg         boot_error = 1'b0;

  reg         rx = 1'b1;
  wire        tx;
  wire [7:0]  led;
  wire        cs_n, mosi, miso, wp_n, hold_n, gpio0;
  wire        sd_clk, sd_cke, sd_cs_n, sd_ras_n, sd_cas_n, sd_we_n;
  wire [1:0]  sd_ba, sd_dqm;
  wire [12:0] sd_a;
  wire [15:0] sd_dq;

  xvm_board_tb #(
    .ClkMhz (`XVM_CLK_MHZ),
    .Baud   (`XVM_BAUD)
  ) u_run (
    .clk_o        (clk),
    .cycles_o     (cycles),
    .tx_i         (tx),
    .pass_i       (led[2] === 1'b1 && led[3] === 1'b0),
    .boot_error_i (boot_error)
  );

  // The netlist has its parameters built in; the RTL takes them here.
`ifdef XVM_TB_RTL
  xvm_ulx3s #(
    .ClkMhz (`XVM_CLK_MHZ),
    .Baud   (`XVM_BAUD)
  ) dut (
`else
  xvm_ulx3s dut (
`endif
    .clk_25mhz   (clk),
    .btn_pwr_n   (1'b1),
    .ftdi_txd    (rx),
    .ftdi_rxd    (tx),
    .led         (led),
    .wifi_gpio0  (gpio0),
    .flash_csn   (cs_n),
    .flash_mosi  (mosi),
    .flash_miso  (miso),
    .flash_wpn   (wp_n),
    .flash_holdn (hold_n),
    .sdram_clk   (sd_clk),
    .sdram_cke   (sd_cke),
    .sdram_csn   (sd_cs_n),
    .sdram_rasn  (sd_ras_n),
    .sdram_casn  (sd_cas_n),
    .sdram_wen   (sd_we_n),
    .sdram_ba    (sd_ba),
    .sdram_a     (sd_a),
    .sdram_dqm   (sd_dqm),
    .sdram_d     (sd_dq)
  );

  wire sdram_error;
  xvm_sdram_model #(
    .RowBits (13)
  ) u_sdram (
    .clk_i   (sd_clk),
    .cke_i   (sd_cke),
    .cs_ni   (sd_cs_n),
    .ras_ni  (sd_ras_n),
    .cas_ni  (sd_cas_n),
    .we_ni   (sd_we_n),
    .ba_i    (sd_ba),
    .a_i     (sd_a),
    .dqm_i   (sd_dqm),
    .dq_io   (sd_dq),
    .error_o (sdram_error)
  );

  // The flash clock leaves through USRMCLK, which has no output port.
  wire flash_error;
  xvm_spi_flash_model #(
    .BaseAddr (Offset),
    .Bytes    (FlashBytes)
  ) u_flash (
    .cs_ni   (cs_n),
    .sck_i   (dut.u_flash_sck.USRMCLKI),
    .mosi_i  (mosi),
    .miso_o  (miso),
    .wp_ni   (wp_n),
    .hold_ni (hold_n),
    .error_o (flash_error)
  );

  // -------------------------------------------------------------------
  // Serial line: the load frame on RX
  // -------------------------------------------------------------------
  reg [1023:0] path;
  integer rx_fd = 0, c;
  initial begin
    if ($value$plusargs("rx=%s", path)) begin
      rx_fd = $fopen(path, "rb");
      if (rx_fd == 0) u_run.fail("cannot open +rx=FILE");
      serial_boot = 1'b1;
    end
  end

  // A break of 30 bit times (the board takes 20), a pause, then the frame.
  integer i;
  initial begin
    wait (cycles == BreakAt);
    if (serial_boot) begin
      @(negedge clk) rx = 1'b0;
      repeat (30 * BitCycles) @(posedge clk);
      @(negedge clk) rx = 1'b1;
      repeat (20 * BitCycles) @(posedge clk);
      c = $fgetc(rx_fd);
      while (c >= 0) begin
        @(negedge clk) rx = 1'b0;
        repeat (BitCycles) @(negedge clk);
        for (i = 0; i < 8; i = i + 1) begin
          rx = c[i];
          repeat (BitCycles) @(negedge clk);
        end
        rx = 1'b1;
        repeat (BitCycles) @(negedge clk);
        c = $fgetc(rx_fd);
      end
    end
  end

  // -------------------------------------------------------------------
  // Run control
  // -------------------------------------------------------------------
  // "No valid image": its LED (it blinks, first lit 2^22 cycles after the
  // boot ROM gave up), with neither pass nor fail.
  always @(posedge clk) begin
    if (!serial_boot && led[5] === 1'b1 && led[3] === 1'b0 && led[2] === 1'b0) boot_error <= 1'b1;
    if (led[3] === 1'b1) u_run.fail("the program failed (fail LED)");
    if (sdram_error) u_run.fail("SDRAM protocol or timing violation");
    if (flash_error) u_run.fail("flash protocol violation");
  end
endmodule
