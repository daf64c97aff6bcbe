// SPDX-License-Identifier: Apache-2.0
// xvm_spi_flash_model - the board's serial flash, as far as the boot ROM
// uses it: it starts in deep power-down, wakes on 0xAB and then needs tRES1
// before the next command, and streams bytes from READ (0x03, 24-bit
// address) in SPI mode 0. Bytes from BaseAddr on are mem[0..], loaded from
// +flash=FILE; the rest reads as erased (0xFF). error_o latches any protocol
// violation.
`timescale 1ns / 1ps
module xvm_spi_flash_model #(
  parameter [23:0]  BaseAddr = 24'h100000,
  parameter integer Bytes    = 256 * 1024
) (
  input  wire cs_ni,
  input  wire sck_i,
  input  wire mosi_i,
  output reg  miso_o = 1'b1,
  input  wire wp_ni,
  input  wire hold_ni,
  output reg  error_o = 1'b0
);
  localparam real TRes1Ns = 3000.0;

  reg [7:0]  mem [0:Bytes-1];
  reg [31:0] in_q;
  integer    bits, addr, obit, i;
  reg        awake = 1'b0, reading = 1'b0;
  realtime   woke_at = 0.0;

  // Filled here, in one process, so that no other initial block can race
  // with the erase: +flash=FILE holds the bytes from BaseAddr on (hex, one
  // per line).
  reg [1023:0] path;
  reg [7:0]    byte_in;
  integer      fd, n;
  initial begin
    for (i = 0; i < Bytes; i = i + 1) mem[i] = 8'hff;
    if ($value$plusargs("flash=%s", path)) begin
      fd = $fopen(path, "r");
      if (fd == 0) violation("cannot open +flash=FILE");
      else begin
        for (n = 0; n < Bytes && $fscanf(fd, "%h", byte_in) == 1; n = n + 1) mem[n] = byte_in;
        $fclose(fd);
      end
    end
  end

  task violation(input [8*40-1:0] why);
    begin
      if (!error_o) $display("flash model: %0s at %0t", why, $time);
      error_o = 1'b1;
    end
  endtask

  always @(negedge cs_ni) begin
    bits    = 0;
    reading = 1'b0;
    if (awake && $realtime - woke_at < TRes1Ns) violation("selected before tRES1");
  end

  always @(posedge cs_ni) begin
    reading = 1'b0;
    if (bits == 8 && in_q[7:0] == 8'hAB) begin
      awake   = 1'b1;
      woke_at = $realtime;
    end
  end

  always @(posedge sck_i) if (!cs_ni) begin
    if (wp_ni !== 1'b1 || hold_ni !== 1'b1) violation("WP# or HOLD# not high");
    in_q = {in_q[30:0], mosi_i};
    bits = bits + 1;
    if (bits == 32 && in_q[31:24] == 8'h03) begin
      if (!awake) violation("READ in deep power-down");
      addr    = in_q[23:0] - BaseAddr;
      obit    = 0;
      reading = 1'b1;
    end
  end

  always @(negedge sck_i) if (!cs_ni && reading) begin
    miso_o <= (addr >= 0 && addr < Bytes) ? mem[addr][7 - obit] : 1'b1;
    obit = obit + 1;
    if (obit == 8) begin
      obit = 0;
      addr = addr + 1;
    end
  end
endmodule
