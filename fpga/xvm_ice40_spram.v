// SPDX-License-Identifier: Apache-2.0
// xvm_ice40_spram - the board RAM: the UP5K's four 16K x 16 single-port
// SPRAM blocks as 128 KiB (two banks of two blocks side by side), shared by
// the SoC's instruction and data ports. One access per cycle: the data port
// wins, except in the cycle after a refused fetch, which belongs to the
// fetch, so neither port can starve the other. Responses come one cycle
// after the grant, as the bus protocol requires.
//
// The data grant depends only on the data request (and registered state):
// the core may derive its fetch request from the data grant in the same
// cycle, so a data grant that looked at the fetch request would close a
// combinational loop.
module xvm_ice40_spram (
  input  wire        clk_i,
  input  wire        rst_ni,
  // instruction port (byte offsets from the RAM base, < 128 KiB)
  // Bits above the RAM size are dropped: the crossbar bounds-checks offsets.
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] rami_addr_i,
  input  wire [31:0] ramd_addr_i,
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire        rami_req_i,
  output wire        rami_gnt_o,
  output reg         rami_rvalid_o,
  output wire [31:0] rami_rdata_o,
  // data port
  input  wire        ramd_req_i,
  input  wire        ramd_we_i,
  input  wire [3:0]  ramd_be_i,
  input  wire [31:0] ramd_wdata_i,
  output wire        ramd_gnt_o,
  output reg         ramd_rvalid_o,
  output wire [31:0] ramd_rdata_o
);
  reg i_refused_q;

  assign ramd_gnt_o = ramd_req_i && !i_refused_q;
  assign rami_gnt_o = rami_req_i && !ramd_gnt_o;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      i_refused_q <= 1'b0;
      rami_rvalid_o  <= 1'b0;
      ramd_rvalid_o  <= 1'b0;
    end else begin
      i_refused_q <= rami_req_i && !rami_gnt_o;
      rami_rvalid_o  <= rami_gnt_o;
      ramd_rvalid_o  <= ramd_gnt_o;
    end
  end

  // Only the data port writes, so the write data and byte enables come from
  // it whichever port has the cycle: they matter only with we set.
  wire [14:0] word   = ramd_gnt_o ? ramd_addr_i[16:2] : rami_addr_i[16:2];
  wire        we     = ramd_gnt_o && ramd_we_i;
  wire        access = ramd_gnt_o || rami_gnt_o;
  reg         bank_q;
  wire [63:0] rdata;         // bank 1, bank 0

  always @(posedge clk_i) begin
    if (access) bank_q <= word[14];
  end

  genvar b, h;
  generate
    for (b = 0; b < 2; b = b + 1) begin : g_bank
      for (h = 0; h < 2; h = h + 1) begin : g_half
        SB_SPRAM256KA u_spram (
          .ADDRESS    (word[13:0]),
          .DATAIN     (ramd_wdata_i[16*h +: 16]),
          .MASKWREN   ({ramd_be_i[2*h+1], ramd_be_i[2*h+1], ramd_be_i[2*h], ramd_be_i[2*h]}),
          .WREN       (we),
          .CHIPSELECT (access && (word[14] == b)),
          .CLOCK      (clk_i),
          .STANDBY    (1'b0),
          .SLEEP      (1'b0),
          .POWEROFF   (1'b1),
          .DATAOUT    (rdata[32*b + 16*h +: 16])
        );
      end
    end
  endgenerate

  assign rami_rdata_o = bank_q ? rdata[63:32] : rdata[31:0];
  assign ramd_rdata_o = rami_rdata_o;
endmodule
