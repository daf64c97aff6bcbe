// xvm_fpga_units_tb - RTL unit tests of the board-only blocks: the serial
// line (TX into RX, back to back, and a framing error) and the boot loader
// against the flash model (good image, bad magic, oversized and empty
// image). Prints one "PASS <name>" or "FAIL <name>" line per test.
`timescale 1ns / 1ps
module xvm_fpga_units_tb;
  localparam integer BitCycles = 13;
  localparam integer RamWords  = 64;
  localparam [23:0]  Offset    = 24'h100000;

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
  // Boot loader, its RAM port and the flash
  // -------------------------------------------------------------------
  reg         ld_rst_n = 1'b0;
  wire        ld_done, ld_error, ram_we, cs_n, sck, mosi, miso, flash_error;
  wire [14:0] ram_word;
  wire [31:0] ram_wdata;
  reg  [31:0] ram [0:RamWords-1];
  integer     ram_writes = 0;

  xvm_flash_loader #(.FlashOffset (Offset), .RamWords (RamWords)) u_loader (
    .clk_i (clk), .rst_ni (ld_rst_n), .done_o (ld_done), .error_o (ld_error),
    .ram_we_o (ram_we), .ram_word_o (ram_word), .ram_wdata_o (ram_wdata),
    .spi_cs_no (cs_n), .spi_sck_o (sck), .spi_mosi_o (mosi), .spi_miso_i (miso));
  xvm_spi_flash_model #(.BaseAddr (Offset), .Bytes (1024)) u_flash (
    .cs_ni (cs_n), .sck_i (sck), .mosi_i (mosi), .miso_o (miso),
    .wp_ni (1'b1), .hold_ni (1'b1), .error_o (flash_error));

  always @(posedge clk) if (ram_we) begin
    if (ram_word < RamWords) ram[ram_word] <= ram_wdata;
    ram_writes = ram_writes + 1;
  end

  integer i, k, ok;

  task put32(input integer at, input [31:0] v);
    begin
      u_flash.mem[at]     = v[7:0];
      u_flash.mem[at + 1] = v[15:8];
      u_flash.mem[at + 2] = v[23:16];
      u_flash.mem[at + 3] = v[31:24];
    end
  endtask

  // Runs the loader on the flash contents; 1 when it ended as expected.
  task boot(input expect_done, output integer result);
    begin
      for (k = 0; k < RamWords; k = k + 1) ram[k] = 32'hdeadbeef;
      ram_writes = 0;
      ld_rst_n = 1'b0;
      repeat (2) @(posedge clk);
      ld_rst_n = 1'b1;
      k = 0;
      while (!ld_done && !ld_error && k < 200000) begin
        @(posedge clk);
        k = k + 1;
      end
      repeat (2) @(posedge clk);   // the last RAM write lands
      result = (expect_done ? ld_done : ld_error) && !flash_error;
    end
  endtask

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

    // A 40-byte image: the RAM is cleared, then 10 words are copied.
    put32(0, 32'h314D5658);
    put32(4, 40);
    for (i = 0; i < 40; i = i + 1) u_flash.mem[8 + i] = (i * 13 + 5) & 8'hff;
    boot(1, ok);
    for (i = 0; i < RamWords; i = i + 1)
      if (ram[i] !== (i < 10 ? {u_flash.mem[8 + 4*i + 3], u_flash.mem[8 + 4*i + 2],
                                u_flash.mem[8 + 4*i + 1], u_flash.mem[8 + 4*i]} : 32'd0))
        ok = 0;
    report(ok && ram_writes == RamWords + 10, "fpga-units/loader-image");

    put32(0, 32'h314D5659);
    boot(0, ok);
    report(ok && ram_writes == RamWords, "fpga-units/loader-bad-magic");

    put32(0, 32'h314D5658);
    put32(4, RamWords * 4 + 4);
    boot(0, ok);
    report(ok && ram_writes == RamWords, "fpga-units/loader-too-long");

    put32(4, 6);
    boot(0, ok);
    report(ok && ram_writes == RamWords, "fpga-units/loader-odd-length");

    put32(4, 0);
    boot(1, ok);
    report(ok && ram_writes == RamWords, "fpga-units/loader-empty");
    $finish;
  end
endmodule
