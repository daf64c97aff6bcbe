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
// Plusargs: +rx=FILE +flash=FILE +uart=FILE (received bytes, byte for
// byte) +max_cycles=N.
// Prints one line: "XVM_FPGA PASS <cycles>" when the pass LED has been on
// (fail off) for HoldCycles, "XVM_FPGA BOOT_ERROR <cycles>" when the "no
// valid image" LED has lit (without +rx; HoldCycles later), else
// "XVM_FPGA FAIL <reason>" (the program's fail, an SDRAM or flash protocol
// violation, a timeout).
`timescale 1ns / 1ps
module xvm_ulx3s_tb;
  localparam integer  BitCycles  = (`XVM_CLK_MHZ * 1000000 + `XVM_BAUD / 2) / `XVM_BAUD;
  localparam real     HalfPeriod = 500.0 / `XVM_CLK_MHZ;
  localparam [23:0]   Offset     = `XVM_FLASH_OFFSET;
  localparam integer  FlashBytes = 1024 * 1024;
  localparam integer  HoldCycles = 4 * 10 * BitCycles;  // lets the TX drain
  localparam integer  BreakAt    = 4000;                // after the board's reset

  reg clk = 1'b0;
  always #(HalfPeriod) clk = ~clk;

  integer cycles = 0, max_cycles, hold = 0, dark = 0;

  reg         rx = 1'b1;
  wire        tx;
  wire [7:0]  led;
  wire        cs_n, mosi, miso, wp_n, hold_n, gpio0;
  wire        sd_clk, sd_cke, sd_cs_n, sd_ras_n, sd_cas_n, sd_we_n;
  wire [1:0]  sd_ba, sd_dqm;
  wire [12:0] sd_a;
  wire [15:0] sd_dq;

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
  // Serial line: the receiver on TX, and the load frame on RX
  // -------------------------------------------------------------------
  reg [1023:0] path;
  integer uart_fd = 0, rx_fd = 0, b, c;
  reg [7:0] rx_byte;
  reg       serial_boot = 1'b0;
  initial begin
    if ($value$plusargs("uart=%s", path)) uart_fd = $fopen(path, "wb");
    if (uart_fd == 0) begin
      $display("XVM_FPGA FAIL no +uart=FILE");
      $finish;
    end
    if ($value$plusargs("rx=%s", path)) begin
      rx_fd = $fopen(path, "rb");
      if (rx_fd == 0) fail("cannot open +rx=FILE");
      serial_boot = 1'b1;
    end
  end

  always @(negedge tx) if (cycles > 0) begin
    repeat (BitCycles / 2) @(posedge clk);
    if (tx !== 1'b0) fail("UART start bit glitch");
    for (b = 0; b < 8; b = b + 1) begin
      repeat (BitCycles) @(posedge clk);
      rx_byte[b] = tx;
    end
    repeat (BitCycles) @(posedge clk);
    if (tx !== 1'b1) fail("UART framing error");
    $fwrite(uart_fd, "%c", rx_byte);
    $fflush(uart_fd);
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
  initial begin
    if (!$value$plusargs("max_cycles=%d", max_cycles)) max_cycles = 1 << 24;
  end

  always @(posedge clk) begin
    cycles = cycles + 1;
    if (led[2] === 1'b1 && led[3] === 1'b0) hold = hold + 1;
    else hold = 0;
    // "No valid image": its LED (it blinks, first lit 2^22 cycles after
    // the boot ROM gave up), with neither pass nor fail.
    if (!serial_boot && led[5] === 1'b1 && led[3] === 1'b0 && led[2] === 1'b0) dark = dark + 1;
    else if (dark != 0) dark = dark + 1;
    if (hold == HoldCycles) begin
      $display("XVM_FPGA PASS %0d", cycles);
      $fclose(uart_fd);
      $finish;
    end
    if (dark == HoldCycles) begin
      $display("XVM_FPGA BOOT_ERROR %0d", cycles);
      $fclose(uart_fd);
      $finish;
    end
    if (led[3] === 1'b1) fail("the program failed (fail LED)");
    if (cycles == max_cycles) fail("max_cycles reached");
    if (sdram_error) fail("SDRAM protocol or timing violation");
    if (flash_error) fail("flash protocol violation");
  end

  task fail(input [8*48-1:0] why);
    begin
      $display("XVM_FPGA FAIL %0s (cycle %0d)", why, cycles);
      $fclose(uart_fd);
      $finish;
    end
  endtask
endmodule
