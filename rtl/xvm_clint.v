// SPDX-License-Identifier: Apache-2.0
// xvm_clint - core-local interruptor: msip, mtimecmp and mtime (64-bit) at
// the offsets of platform.md. mtime advances once every TimerDiv cycles and
// drives the core's time CSR; MTIP is mtime >= mtimecmp.
`include "xvm_defs.vh"

module xvm_clint #(
  parameter integer TimerDiv = 1
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire        req_i,
  input  wire [15:0] addr_i,       // byte offset inside the CLINT, word aligned
  input  wire        we_i,
  input  wire [3:0]  be_i,
  input  wire [31:0] wdata_i,
  output reg         rvalid_o,
  output reg  [31:0] rdata_o,
  output wire [63:0] mtime_o,
  output wire        irq_timer_o,
  output wire        irq_soft_o
);
  localparam [31:0] OffMsip       = `XVM_CLINT_MSIP;
  localparam [31:0] OffMtimecmp   = `XVM_CLINT_MTIMECMP;
  localparam [31:0] OffMtimecmpH  = `XVM_CLINT_MTIMECMP + 32'd4;
  localparam [31:0] OffMtime      = `XVM_CLINT_MTIME;
  localparam [31:0] OffMtimeH     = `XVM_CLINT_MTIME + 32'd4;
  localparam integer DivBits      = (TimerDiv > 1) ? $clog2(TimerDiv) : 1;
  localparam [31:0]  DivLast      = TimerDiv - 1;

  reg        msip_q;
  reg [63:0] mtimecmp_q;
  reg [63:0] mtime_q;
  reg [DivBits-1:0] div_q;

  wire        wr  = req_i && we_i;
  wire [31:0] off = {16'd0, addr_i};

  // Byte-enable merge of a 32-bit write into an existing word.
  function [31:0] merge;
    input [31:0] old;
    input [31:0] data;
    input [3:0]  be;
    begin
      merge = {be[3] ? data[31:24] : old[31:24], be[2] ? data[23:16] : old[23:16],
               be[1] ? data[15:8]  : old[15:8],  be[0] ? data[7:0]   : old[7:0]};
    end
  endfunction

  wire tick = (TimerDiv <= 1) || (div_q == DivLast[DivBits-1:0]);

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) div_q <= {DivBits{1'b0}};
    else if (tick) div_q <= {DivBits{1'b0}};
    else div_q <= div_q + 1'b1;
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      mtime_q <= 64'd0;
    end else if (wr && off == OffMtime) begin
      mtime_q[31:0] <= merge(mtime_q[31:0], wdata_i, be_i);
    end else if (wr && off == OffMtimeH) begin
      mtime_q[63:32] <= merge(mtime_q[63:32], wdata_i, be_i);
    end else if (tick) begin
      mtime_q <= mtime_q + 64'd1;
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      mtimecmp_q <= {64{1'b1}};
      msip_q     <= 1'b0;
    end else if (wr) begin
      if (off == OffMtimecmp)  mtimecmp_q[31:0]  <= merge(mtimecmp_q[31:0], wdata_i, be_i);
      if (off == OffMtimecmpH) mtimecmp_q[63:32] <= merge(mtimecmp_q[63:32], wdata_i, be_i);
      if (off == OffMsip && be_i[0]) msip_q <= wdata_i[0];
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rvalid_o <= 1'b0;
      rdata_o  <= 32'd0;
    end else begin
      rvalid_o <= req_i;
      case (off)
        OffMsip:      rdata_o <= {31'd0, msip_q};
        OffMtimecmp:  rdata_o <= mtimecmp_q[31:0];
        OffMtimecmpH: rdata_o <= mtimecmp_q[63:32];
        OffMtime:     rdata_o <= mtime_q[31:0];
        OffMtimeH:    rdata_o <= mtime_q[63:32];
        default:      rdata_o <= 32'd0;
      endcase
    end
  end

  assign mtime_o     = mtime_q;
  // mtime >= mtimecmp as the carry out of mtime + ~mtimecmp + 1: Yosys maps
  // a comparison on a 64-bit carry chain less tightly.
  wire [64:0] cmp_sum = {1'b0, mtime_q} + {1'b0, ~mtimecmp_q} + 65'd1;
  assign irq_timer_o = cmp_sum[64];
  assign irq_soft_o  = msip_q;
  wire unused_ok = &{1'b0, cmp_sum[63:0]};
endmodule
