// SPDX-License-Identifier: Apache-2.0
// xvm_icebreaker_tb - runs the board top (normally Yosys's post-synthesis
// netlist on the iCE40 cell models) with a serial-flash model holding the
// program image and a serial-line receiver on the TX pin, as on the board:
// the image goes through the real boot ROM and every byte through the real
// UART serializer.
//
// Defines (fixed by the netlist): XVM_CLK_MHZ, XVM_BAUD, XVM_FLASH_OFFSET.
// Plusargs: +flash=FILE  image bytes (hex, one per line) as written at the
//                        offset; without it the flash reads erased
//           +uart=FILE   where the received bytes go, byte for byte
//           +max_cycles=N
// Prints one line: "XVM_FPGA PASS <cycles>" when the LEDs show the
// finisher's pass (green on, red off) for HoldCycles, "XVM_FPGA BOOT_ERROR
// <cycles>" when they show that the boot ROM found no valid image (both off
// for HoldCycles once the flash has been read: the fast blink starts off,
// while a running core keeps red on for 2^24 cycles), else "XVM_FPGA FAIL
// <reason>".
`timescale 1ns / 1ps
module xvm_icebreaker_tb;
  localparam integer  BitCycles  = (`XVM_CLK_MHZ * 1000000 + `XVM_BAUD / 2) / `XVM_BAUD;
  localparam real     HalfPeriod = 500.0 / `XVM_CLK_MHZ;
  localparam [23:0]   Offset     = `XVM_FLASH_OFFSET;
  localparam integer  FlashBytes = 256 * 1024;
  localparam integer  HoldCycles = 4 * 10 * BitCycles;  // lets the TX drain

  reg clk = 1'b0;
  always #(HalfPeriod) clk = ~clk;

  integer cycles = 0, max_cycles, hold = 0, dark = 0;
  reg     flash_used = 1'b0;

  wire uart_tx, led_red_n, led_green_n;
  wire cs_n, sck, mosi, miso, wp_n, hold_n;

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

  reg [1023:0] path;

  // -------------------------------------------------------------------
  // Serial line receiver (8N1 at XVM_BAUD), sampling mid-bit
  // -------------------------------------------------------------------
  integer uart_fd = 0, b;
  reg [7:0] rx_byte;
  initial begin
    if ($value$plusargs("uart=%s", path)) uart_fd = $fopen(path, "wb");
    if (uart_fd == 0) begin
      $display("XVM_FPGA FAIL no +uart=FILE");
      $finish;
    end
  end

  always @(negedge uart_tx) if (cycles > 0) begin
    repeat (BitCycles / 2) @(posedge clk);
    if (uart_tx !== 1'b0) fail("UART start bit glitch");
    for (b = 0; b < 8; b = b + 1) begin
      repeat (BitCycles) @(posedge clk);
      rx_byte[b] = uart_tx;
    end
    repeat (BitCycles) @(posedge clk);
    if (uart_tx !== 1'b1) fail("UART framing error");
    $fwrite(uart_fd, "%c", rx_byte);
    $fflush(uart_fd);
  end

  // -------------------------------------------------------------------
  // Run control
  // -------------------------------------------------------------------
  // The heartbeat keeps red on for the first 2^24 cycles of a run, which is
  // what tells "pass" (red off) from a guest running (green on).
  initial begin
    if (!$value$plusargs("max_cycles=%d", max_cycles)) max_cycles = 1 << 24;
    if (max_cycles > (1 << 24)) fail("+max_cycles above 2^24");
  end

  always @(posedge clk) begin
    cycles = cycles + 1;
    if (led_green_n === 1'b0 && led_red_n === 1'b1) hold = hold + 1;
    else hold = 0;
    if (cs_n === 1'b0) flash_used = 1'b1;
    if (flash_used && led_green_n === 1'b1 && led_red_n === 1'b1) dark = dark + 1;
    else dark = 0;
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
    if (cycles == max_cycles) fail("max_cycles reached");
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
