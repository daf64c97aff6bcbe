// SPDX-License-Identifier: Apache-2.0
// xvm_board_tb - what the board testbenches (xvm_icebreaker_tb,
// xvm_ulx3s_tb) share: the board clock at ClkMhz, the cycle count and its
// limit, the serial-line receiver on the board's TX pin, and the verdict.
// Each testbench tells from its board's LEDs when they show pass and when
// they show "no valid image", and calls fail() for what else it checks.
//
// Plusargs: +uart=FILE   where the received bytes go, byte for byte
//           +max_cycles=N (default 2^24; at most MaxCycles when that is set)
// Prints one line: "XVM_FPGA PASS <cycles>" when pass_i has held for
// HoldCycles, "XVM_FPGA BOOT_ERROR <cycles>" when boot_error_i has, else
// "XVM_FPGA FAIL <reason> (cycle <n>)". Hold times of 40 bit times let the
// TX drain before the end.
`timescale 1ns / 1ps
module xvm_board_tb #(
  parameter integer ClkMhz    = 50,
  parameter integer Baud      = 115200,
  parameter integer MaxCycles = 0        // the largest +max_cycles; 0: any
) (
  output reg         clk_o,
  output wire [31:0] cycles_o,
  input  wire        tx_i,            // the board's serial output
  input  wire        pass_i,          // the LEDs show the finisher's pass
  input  wire        boot_error_i     // the LEDs show "no valid image"
);
  localparam integer  BitCycles  = (ClkMhz * 1000000 + Baud / 2) / Baud;
  localparam real     HalfPeriod = 500.0 / ClkMhz;
  localparam integer  HoldCycles = 4 * 10 * BitCycles;

  initial clk_o = 1'b0;
  always #(HalfPeriod) clk_o = ~clk_o;

  integer cycles = 0, max_cycles, hold = 0, dark = 0;
  assign cycles_o = cycles;

  // -------------------------------------------------------------------
  // Serial line receiver (8N1 at Baud), sampling mid-bit
  // -------------------------------------------------------------------
  reg [1023:0] path;
  integer uart_fd = 0, b;
  reg [7:0] rx_byte;
  initial begin
    if ($value$plusargs("uart=%s", path)) uart_fd = $fopen(path, "wb");
    if (uart_fd == 0) begin
      $display("XVM_FPGA FAIL no +uart=FILE");
      $finish;
    end
  end

  always @(negedge tx_i) if (cycles > 0) begin
    repeat (BitCycles / 2) @(posedge clk_o);
    if (tx_i !== 1'b0) fail("UART start bit glitch");
    for (b = 0; b < 8; b = b + 1) begin
      repeat (BitCycles) @(posedge clk_o);
      rx_byte[b] = tx_i;
    end
    repeat (BitCycles) @(posedge clk_o);
    if (tx_i !== 1'b1) fail("UART framing error");
    $fwrite(uart_fd, "%c", rx_byte);
    $fflush(uart_fd);
  end

  // -------------------------------------------------------------------
  // Run control
  // -------------------------------------------------------------------
  initial begin
    if (!$value$plusargs("max_cycles=%d", max_cycles)) max_cycles = 1 << 24;
    if (MaxCycles != 0 && max_cycles > MaxCycles) fail("+max_cycles above the board's limit");
  end

  always @(posedge clk_o) begin
    cycles = cycles + 1;
    if (pass_i === 1'b1) hold = hold + 1;
    else hold = 0;
    if (boot_error_i === 1'b1) dark = dark + 1;
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
  end

  task fail(input [8*48-1:0] why);
    begin
      $display("XVM_FPGA FAIL %0s (cycle %0d)", why, cycles);
      $fclose(uart_fd);
      $finish;
    end
  endtask
endmodule
