// SPDX-License-Identifier: Apache-2.0
// xvm_sdram_model - behavioural x16 SDR SDRAM for simulation: 4 banks of
// 2^RowBits rows of 512 columns (RowBits 13 is the ULX3S's 32 MiB), with the
// commands, mode register, bursts, auto-precharge and byte masks a
// controller uses, and checks of the rules a real part imposes. Every
// violation prints "SDRAM MODEL ERROR: ..." and sets error_o for good.
//
// Checked, in ns of simulated time (timescale 1 ns), with the limits of the
// slowest part that the ULX3S carries (-7 speed grades of IS42S16160G,
// MT48LC16M16A2 and AS4C32M16SB):
//   200 us of NOP/INHIBIT with CKE high before the first command; PRECHARGE
//   ALL and two AUTO REFRESH before LOAD MODE REGISTER, and that before any
//   ACTIVE; tRCD 20, tRP 20, tRC 63, tRFC 66, tWR 14 (after the last write
//   data, before the auto-precharge), tMRD 2 clocks; ACTIVE only on an idle
//   bank, READ/WRITE only on an open one, REFRESH and LOAD MODE only with all
//   banks idle; a refresh at least every 7812 ns once initialized (8192 per
//   64 ms, none postponed); the controller and the part never both driving DQ.
// The part drives read data TAc ns after its clock edge (tAC, CL 2).
//
// Memory starts as a non-zero pattern, not zeros, as a real part powers up
// with garbage.
`timescale 1ns / 1ps
module xvm_sdram_model #(
  parameter integer RowBits = 13
) (
  input  wire        clk_i,
  input  wire        cke_i,
  input  wire        cs_ni,
  input  wire        ras_ni,
  input  wire        cas_ni,
  input  wire        we_ni,
  input  wire [1:0]  ba_i,
  input  wire [12:0] a_i,
  input  wire [1:0]  dqm_i,
  inout  wire [15:0] dq_io,
  output reg         error_o
);
  localparam real TRcd  = 20.0;
  localparam real TRp   = 20.0;
  localparam real TRc   = 63.0;
  localparam real TRfc  = 66.0;
  localparam real TWr   = 14.0;
  localparam real TInit = 200000.0;
  localparam real TRefi = 7812.5;
  localparam real TAc   = 5.4;
  localparam integer Words = 4 * (1 << RowBits) * 512;

  reg [15:0] mem [0:Words-1];

  reg        open_q   [0:3];
  reg [12:0] row_q    [0:3];
  real       t_act    [0:3];   // last ACTIVE
  real       t_pre    [0:3];   // when the last precharge started
  real       t_ref, t_cmd0, t_last_ref;
  integer    refs_before_mrs, clk_since_mrs;
  reg        pre_all_done, mode_set, started;
  reg [2:0]  cl_q;
  reg [2:0]  bl_q;

  // read pipeline: CL cycles, then the burst (at most 8 words)
  reg [15:0] rd_data [0:15];
  reg        rd_en   [0:15];
  reg [15:0] dq_out;
  reg        dq_oe;
  assign dq_io = dq_oe ? dq_out : 16'hzzzz;

  // pending burst
  reg        wr_burst;
  integer    burst_left;
  reg [1:0]  burst_bank;
  reg [8:0]  burst_col;
  reg        burst_ap;
  real       t_last_wr;

  integer i;
  initial begin
    error_o = 1'b0;
    for (i = 0; i < Words; i = i + 1) mem[i] = i[15:0] ^ 16'hA5C3;
    for (i = 0; i < 4; i = i + 1) begin
      open_q[i] = 1'b0;
      row_q[i]  = 13'd0;
      t_act[i]  = -1.0e9;
      t_pre[i]  = -1.0e9;
    end
    for (i = 0; i < 16; i = i + 1) begin
      rd_en[i]   = 1'b0;
      rd_data[i] = 16'd0;
    end
    t_edge = 0.0; period = 0.0;
    t_ref = -1.0e9; t_last_ref = -1.0e9; t_cmd0 = -1.0; t_last_wr = -1.0e9;
    refs_before_mrs = 0; clk_since_mrs = 100;
    pre_all_done = 1'b0; mode_set = 1'b0; started = 1'b0;
    cl_q = 3'd2; bl_q = 3'd1;
    wr_burst = 1'b0; burst_left = 0;
    burst_bank = 2'd0; burst_col = 9'd0; burst_ap = 1'b0;
    dq_out = 16'd0; dq_oe = 1'b0;
  end

  task fail(input [8*64-1:0] what);
    begin
      if (!error_o) $display("SDRAM MODEL ERROR: %0s at %0.1f ns", what, $realtime);
      error_o = 1'b1;
    end
  endtask

  function integer index(input [1:0] b, input [12:0] r, input [8:0] c);
    index = ((b * (1 << RowBits)) + r) * 512 + c;
  endfunction

  // A bank closed by auto-precharge starts its precharge after the burst
  // (and tWR after the last write data).
  task close_bank(input [1:0] b, input real t);
    begin
      open_q[b] = 1'b0;
      t_pre[b]  = t;
    end
  endtask

  wire [3:0] cmd = {cs_ni, ras_ni, cas_ni, we_ni};
  real now, t_edge, period;
  integer b;

  always @(posedge clk_i) begin
    now = $realtime;
    period = now - t_edge;
    t_edge = now;
    clk_since_mrs = clk_since_mrs + 1;

    // burst data of the previous commands
    if (wr_burst) begin
      if (dq_oe) fail("DQ driven by both");
      if (!dqm_i[0]) mem[index(burst_bank, row_q[burst_bank], burst_col)][7:0]  = dq_io[7:0];
      if (!dqm_i[1]) mem[index(burst_bank, row_q[burst_bank], burst_col)][15:8] = dq_io[15:8];
      t_last_wr = now;
      burst_col  = burst_col + 9'd1;
      burst_left = burst_left - 1;
      if (burst_left == 0) begin
        wr_burst = 1'b0;
        if (burst_ap) close_bank(burst_bank, now + TWr);
      end
    end

    // read data leaving the pipeline
    for (i = 0; i < 15; i = i + 1) begin
      rd_en[i]   = rd_en[i+1];
      rd_data[i] = rd_data[i+1];
    end
    rd_en[15] = 1'b0;
    dq_out <= #(TAc) rd_data[0];
    dq_oe  <= #(TAc) rd_en[0];

    if (mode_set && t_last_ref > 0.0 && now - t_last_ref > TRefi) fail("refresh interval exceeded");

    if (!cs_ni && cmd != 4'b0111) begin
      if (!started) begin
        started = 1'b1;
        t_cmd0  = now;
        if (now < TInit) fail("command before 200 us of NOP");
      end
      if (!cke_i) fail("command with CKE low");
      if (wr_burst) fail("command during a write burst");
      case (cmd)
        4'b0011: begin                               // ACTIVE
          if (!mode_set) fail("ACTIVE before LOAD MODE");
          if (clk_since_mrs < 2) fail("tMRD");
          if (open_q[ba_i]) fail("ACTIVE on an open bank");
          if (now - t_pre[ba_i] < TRp - 0.01) fail("tRP");
          if (now - t_act[ba_i] < TRc - 0.01) fail("tRC");
          if (now - t_ref < TRfc - 0.01) fail("tRFC");
          if (a_i >= (1 << RowBits)) fail("row out of range");
          open_q[ba_i] = 1'b1;
          row_q[ba_i]  = a_i;
          t_act[ba_i]  = now;
        end
        4'b0101, 4'b0100: begin                      // READ, WRITE
          if (!open_q[ba_i]) fail("READ/WRITE on a closed bank");
          if (now - t_act[ba_i] < TRcd - 0.01) fail("tRCD");
          burst_bank = ba_i;
          burst_col  = a_i[8:0];
          burst_ap   = a_i[10];
          burst_left = 1 << bl_q;
          if (cmd == 4'b0101) begin
            for (i = 0; i < (1 << bl_q); i = i + 1) begin
              rd_en[cl_q + i]   = 1'b1;
              rd_data[cl_q + i] = mem[index(ba_i, row_q[ba_i], a_i[8:0] + i[8:0])];
            end
            // The auto-precharge starts a burst's length after the READ.
            burst_left = 0;
            if (burst_ap) close_bank(ba_i, now + (1 << bl_q) * period);
          end else begin
            if (dq_oe) fail("DQ driven by both");
            if (!dqm_i[0]) mem[index(ba_i, row_q[ba_i], burst_col)][7:0]  = dq_io[7:0];
            if (!dqm_i[1]) mem[index(ba_i, row_q[ba_i], burst_col)][15:8] = dq_io[15:8];
            burst_col  = burst_col + 9'd1;
            burst_left = burst_left - 1;
            wr_burst   = burst_left != 0;
            if (!wr_burst && burst_ap) close_bank(ba_i, now + TWr);
          end
        end
        4'b0010: begin                               // PRECHARGE
          if (a_i[10]) begin
            for (b = 0; b < 4; b = b + 1) close_bank(b[1:0], now);
            pre_all_done = 1'b1;
          end else if (open_q[ba_i]) begin
            close_bank(ba_i, now);
          end
        end
        4'b0001: begin                               // AUTO REFRESH
          for (b = 0; b < 4; b = b + 1) begin
            if (open_q[b]) fail("REFRESH with a bank open");
            if (now - t_pre[b] < TRp - 0.01) fail("tRP before REFRESH");
          end
          if (now - t_ref < TRfc - 0.01) fail("tRFC");
          if (!pre_all_done) fail("REFRESH before PRECHARGE ALL");
          t_ref = now;
          if (mode_set) t_last_ref = now;
          else refs_before_mrs = refs_before_mrs + 1;
        end
        4'b0000: begin                               // LOAD MODE REGISTER
          for (b = 0; b < 4; b = b + 1) if (open_q[b]) fail("LOAD MODE with a bank open");
          if (refs_before_mrs < 2) fail("LOAD MODE before two REFRESH");
          if (now - t_ref < TRfc - 0.01) fail("tRFC before LOAD MODE");
          if (a_i[6:4] != 3'd2 && a_i[6:4] != 3'd3) fail("unsupported CAS latency");
          if (a_i[3] || a_i[9]) fail("unsupported burst mode");
          if (a_i[2:0] > 3'd3) fail("unsupported burst length");
          cl_q          = a_i[6:4];
          bl_q          = a_i[2:0];
          mode_set      = 1'b1;
          clk_since_mrs = 0;
          t_last_ref    = now;
        end
        default: fail("unsupported command");
      endcase
    end
  end
endmodule
