// SPDX-License-Identifier: Apache-2.0
// xvm_fpga_units_tb - RTL unit tests of the board-only blocks: the serial
// line (TX into RX, back to back, and a framing error), the UART's modem
// lines that the boot ROM uses for the flash, and the boot ROM overlay
// (ROM fetches while booting, the flash pins, the reset request switching
// fetches to the RAM and back). The ROM program itself runs in the
// post-synthesis test. Prints one "PASS <name>" or "FAIL <name>" line per
// test. XVM_BOOTROM_HEX names the ROM image.
`timescale 1ns / 1ps
module xvm_fpga_units_tb;
  localparam integer BitCycles = 13;

  reg clk = 1'b0;
  always #16.667 clk = ~clk;
  reg rst_n = 1'b0;

  // -------------------------------------------------------------------
  // Serial line
  // -------------------------------------------------------------------
  reg        tx_valid = 1'b0, rx_force = 1'b0, rx_level = 1'b1;
  reg  [7:0] tx_data = 8'd0;
  wire       tx_ready, tx_line, rx_valid;
  wire [7:0] rx_data;

  xvm_uart_tx #(.BitCycles (BitCycles)) u_tx (
    .clk_i (clk), .rst_ni (rst_n), .valid_i (tx_valid), .data_i (tx_data),
    .ready_o (tx_ready), .tx_o (tx_line));
  xvm_uart_rx #(.BitCycles (BitCycles)) u_rx (
    .clk_i (clk), .rst_ni (rst_n), .rx_i (rx_force ? rx_level : tx_line),
    .valid_o (rx_valid), .data_o (rx_data));

  integer rx_count = 0, rx_bad = 0;
  reg [7:0] expect_q [0:255];
  always @(posedge clk) if (rx_valid) begin
    if (rx_data !== expect_q[rx_count]) rx_bad = rx_bad + 1;
    rx_count = rx_count + 1;
  end

  // -------------------------------------------------------------------
  // The UART's modem lines (rtl/xvm_uart.v)
  // -------------------------------------------------------------------
  reg         u_req = 1'b0, u_we = 1'b0;
  reg  [7:2]  u_addr = 6'd0;
  reg  [3:0]  u_be = 4'h0, msr = 4'h0;
  reg  [31:0] u_wdata = 32'd0;
  wire        u_rvalid;
  wire [31:0] u_rdata;
  wire [3:0]  mcr;
  /* verilator lint_off PINCONNECTEMPTY */
  xvm_uart u_uart (
    .clk_i (clk), .rst_ni (rst_n), .req_i (u_req), .addr_i (u_addr), .we_i (u_we),
    .be_i (u_be), .wdata_i (u_wdata), .rvalid_o (u_rvalid), .rdata_o (u_rdata),
    .tx_valid_o (), .tx_data_o (), .tx_ready_i (1'b1),
    .rx_valid_i (1'b0), .rx_data_i (8'd0), .rx_ready_o (),
    .mcr_o (mcr), .msr_i (msr));
  /* verilator lint_on PINCONNECTEMPTY */

  task uart_write(input [7:2] a, input [3:0] be, input [31:0] d);
    begin
      u_req <= 1'b1; u_we <= 1'b1; u_addr <= a; u_be <= be; u_wdata <= d;
      @(posedge clk);
      u_req <= 1'b0; u_we <= 1'b0;
      @(posedge clk);
    end
  endtask

  // The word answered one cycle after the request (X without a response).
  task uart_read(input [7:2] a, output [31:0] d);
    begin
      u_req <= 1'b1; u_addr <= a; u_be <= 4'hf;
      @(posedge clk);
      u_req <= 1'b0;
      #1 d = u_rvalid ? u_rdata : 32'hxxxxxxxx;
      @(posedge clk);
    end
  endtask

  // -------------------------------------------------------------------
  // Boot ROM overlay (fpga/xvm_bootrom.v) with the real ROM image
  // -------------------------------------------------------------------
  reg         b_rst_n = 1'b0, reset_req = 1'b0, i_req = 1'b0;
  reg  [9:2]  i_addr = 8'd0;
  reg         ram_gnt = 1'b0, ram_rvalid = 1'b0;
  reg  [31:0] ram_rdata = 32'd0;
  reg  [2:0]  b_mcr = 3'b000;
  wire        booted, i_gnt, i_rvalid, ram_req, cs_n, sck, mosi;
  wire [31:0] i_rdata;
  reg  [31:0] rom_image [0:255];

  xvm_bootrom #(.InitFile (`XVM_BOOTROM_HEX)) u_bootrom (
    .clk_i (clk), .rst_ni (b_rst_n), .reset_req_i (reset_req), .booted_o (booted),
    .i_req_i (i_req), .i_addr_i (i_addr), .i_gnt_o (i_gnt), .i_rvalid_o (i_rvalid),
    .i_rdata_o (i_rdata), .ram_req_o (ram_req), .ram_gnt_i (ram_gnt),
    .ram_rvalid_i (ram_rvalid), .ram_rdata_i (ram_rdata), .mcr_i (b_mcr),
    .spi_cs_no (cs_n), .spi_sck_o (sck), .spi_mosi_o (mosi));

  // One fetch of word a: granted at once, answered the next cycle. 1 when
  // the handshake and the word are right and the RAM port stayed idle.
  task rom_fetch(input [9:2] a, output integer result);
    begin
      i_req <= 1'b1; i_addr <= a;
      #1 result = i_gnt && !ram_req;
      @(posedge clk);
      i_req <= 1'b0;
      #1 result = result && i_rvalid && i_rdata === rom_image[a];
      @(posedge clk);
      #1 result = result && !i_rvalid;
    end
  endtask

  task toggle_booted;
    begin
      reset_req <= 1'b1;
      @(posedge clk);
      reset_req <= 1'b0;
      repeat (2) @(posedge clk);
    end
  endtask

  integer i, k, ok, r;
  reg [31:0] d;

  task report(input integer pass, input [8*40-1:0] name);
    $display("%0s %0s", pass ? "PASS" : "FAIL", name);
  endtask

  initial begin
    repeat (3) @(posedge clk);
    rst_n = 1'b1;

    // TX into RX, each byte offered as soon as the holding register frees.
    for (i = 0; i < 64; i = i + 1) expect_q[i] = (i * 37 + 11) & 8'hff;
    for (i = 0; i < 64; i = i + 1) begin
      while (!tx_ready) @(posedge clk);
      tx_valid <= 1'b1;
      tx_data  <= expect_q[i];
      @(posedge clk);
      tx_valid <= 1'b0;
      @(posedge clk);
    end
    repeat (25 * BitCycles) @(posedge clk);
    report(rx_count == 64 && rx_bad == 0, "fpga-units/uart-loopback");

    // A frame whose stop bit is low is dropped.
    rx_force = 1'b1;
    k = rx_count;
    for (i = 0; i < 10; i = i + 1) begin
      rx_level = (i == 0 || i == 9) ? 1'b0 : 1'b1;
      repeat (BitCycles) @(posedge clk);
    end
    rx_level = 1'b1;
    repeat (3 * BitCycles) @(posedge clk);
    report(rx_count == k, "fpga-units/uart-framing-error");

    // MCR drives the modem outputs and reads back; MSR shows the inputs in
    // its upper half and ignores writes.
    uart_write(6'd1, 4'b0001, 32'h0000001b);
    uart_read(6'd1, d);
    ok = (mcr == 4'hb) && (d[7:0] == 8'h1b) && (d[23:16] == 8'h00);
    msr = 4'b1001;
    uart_read(6'd1, d);
    ok = ok && (d[23:16] == 8'h90);
    uart_write(6'd1, 4'b0100, 32'h00ff0000);
    msr = 4'b0110;
    uart_read(6'd1, d);
    ok = ok && (d[23:16] == 8'h60) && (d[7:0] == 8'h1b) && (mcr == 4'hb);
    uart_write(6'd1, 4'b0001, 32'h00000004);
    ok = ok && (mcr == 4'h4);
    report(ok, "fpga-units/uart-modem-lines");

    // Booting: every fetch is the ROM's, whatever the RAM port offers.
    $readmemh(`XVM_BOOTROM_HEX, rom_image);
    b_rst_n = 1'b1;
    ram_gnt = 1'b1;
    ram_rdata = 32'hdeadbeef;
    @(posedge clk);
    ok = !booted;
    for (i = 0; i < 80; i = i + 1) begin
      rom_fetch(i, r);
      ok = ok && r;
    end
    rom_fetch(8'd255, r);
    report(ok && r && rom_image[0] !== 32'd0 && ^rom_image[0] !== 1'bx, "fpga-units/bootrom-fetch");

    // While booting the flash pins follow DTR (inverted), RTS and OUT1.
    ok = 1;
    for (i = 0; i < 8; i = i + 1) begin
      b_mcr = i;
      #1 ok = ok && (cs_n == !b_mcr[0]) && (sck == b_mcr[1]) && (mosi == b_mcr[2]);
    end
    report(ok, "fpga-units/bootrom-flash-pins");

    // A reset request ends the boot: fetches go to the RAM port, and the
    // flash stays deselected whatever MCR holds. The next request boots
    // again, with the pins following MCR from the cycle after.
    ram_gnt = 1'b0;
    toggle_booted;
    ok = booted;
    b_mcr = 3'b111;
    i_req <= 1'b1; i_addr <= 8'd3;
    #1 ok = ok && ram_req && !i_gnt && cs_n && !sck && !mosi;
    @(posedge clk);
    ram_gnt = 1'b1;
    #1 ok = ok && ram_req && i_gnt;
    @(posedge clk);
    i_req <= 1'b0;
    ram_gnt = 1'b0;
    ram_rvalid = 1'b1;
    ram_rdata = 32'h12345678;
    #1 ok = ok && i_rvalid && i_rdata == 32'h12345678;
    @(posedge clk);
    ram_rvalid = 1'b0;
    #1 ok = ok && !i_rvalid;
    reset_req <= 1'b1;
    @(posedge clk);
    reset_req <= 1'b0;
    #1 ok = ok && !booted && cs_n;
    @(posedge clk);
    #1 ok = ok && !cs_n && sck && mosi;
    rom_fetch(8'd3, r);
    report(ok && r, "fpga-units/bootrom-run");
    $finish;
  end
endmodule
