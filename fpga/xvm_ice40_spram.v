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
  input  wire [31:0] i_addr_i,
  input  wire [31:0] d_addr_i,
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire        i_req_i,
  output wire        i_gnt_o,
  output reg         i_rvalid_o,
  output wire [31:0] i_rdata_o,
  // data port
  input  wire        d_req_i,
  input  wire        d_we_i,
  input  wire [3:0]  d_be_i,
  input  wire [31:0] d_wdata_i,
  output wire        d_gnt_o,
  output reg         d_rvalid_o,
  output wire [31:0] d_rdata_o
);
  reg i_refused_q;

  assign d_gnt_o = d_req_i && !i_refused_q;
  assign i_gnt_o = i_req_i && !d_gnt_o;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      i_refused_q <= 1'b0;
      i_rvalid_o  <= 1'b0;
      d_rvalid_o  <= 1'b0;
    end else begin
      i_refused_q <= i_req_i && !i_gnt_o;
      i_rvalid_o  <= i_gnt_o;
      d_rvalid_o  <= d_gnt_o;
    end
  end

  // Only the data port writes, so the write data and byte enables come from
  // it whichever port has the cycle: they matter only with we set.
  wire [14:0] word   = d_gnt_o ? d_addr_i[16:2] : i_addr_i[16:2];
  wire        we     = d_gnt_o && d_we_i;
  wire        access = d_gnt_o || i_gnt_o;
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
          .DATAIN     (d_wdata_i[16*h +: 16]),
          .MASKWREN   ({d_be_i[2*h+1], d_be_i[2*h+1], d_be_i[2*h], d_be_i[2*h]}),
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

  assign i_rdata_o = bank_q ? rdata[63:32] : rdata[31:0];
  assign d_rdata_o = i_rdata_o;
endmodule
