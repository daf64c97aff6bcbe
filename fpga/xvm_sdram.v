// SPDX-License-Identifier: Apache-2.0
// xvm_sdram - controller for the ULX3S's 16-bit SDR SDRAM (32 MiB: 4 banks
// of 8192 rows of 512 columns; IS42S16160G, MT48LC16M16A2 or, using half of
// it, AS4C32M16SB), with one command port: a 32-bit word is one burst of two
// 16-bit columns, low half first.
//
// Every access opens its row and closes it again (READ/WRITE with
// auto-precharge), so each costs the same and no bank state is kept. The
// timing below is the slowest of those parts (the -7 speed grades) rounded
// up to whole cycles at ClkMhz, which must be at most 100 MHz for CAS
// latency 2:
//   tRCD, tRP 21 ns; tRC 66 ns; tRFC 70 ns; tWR 2 cycles and 15 ns;
//   tMRD 2 cycles; 8192 refreshes per 64 ms (one every 7.8 us, issued here
//   every 7.5 us so that an access in progress cannot push one late);
//   200 us of stable clock before the first command.
// tRAS (42 ns) is not counted: with auto-precharge the parts hold the
// precharge back until tRAS has passed (tRAS lock-out).
//
// Init (JEDEC): NOP for 200 us with CKE high, PRECHARGE ALL, two AUTO
// REFRESH, LOAD MODE REGISTER (burst length 2, sequential, CAS latency 2,
// burst writes), then tMRD.
//
// The board drives the SDRAM's clock with the inverted core clock, so the
// part samples each command half a cycle after it leaves its register, and
// data it sends after its edge CL is taken at the core clock's edge half a
// cycle later: read data is captured CL+1 and CL+2 cycles after the READ.
//
// Address map of a word address (bits 24:2 of a byte offset): column
// {addr[7:0], half}, bank addr[9:8], row addr[22:10].
module xvm_sdram #(
  parameter integer ClkMhz = 50
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  // command port: a read or a write of one word, accepted when ready
  input  wire        cmd_valid_i,
  output wire        cmd_ready_o,
  input  wire        cmd_we_i,
  input  wire [22:0] cmd_addr_i,     // word address
  input  wire [3:0]  cmd_be_i,
  input  wire [31:0] cmd_wdata_i,
  output reg         rsp_valid_o,    // one cycle per read, in order
  output reg  [31:0] rsp_rdata_o,
  // SDRAM pins (the board adds the clock and the DQ tristate)
  output reg         sd_cke_o,
  output wire        sd_cs_no,
  output wire        sd_ras_no,
  output wire        sd_cas_no,
  output wire        sd_we_no,
  output reg  [1:0]  sd_ba_o,
  output reg  [12:0] sd_a_o,
  output reg  [1:0]  sd_dqm_o,
  output reg  [15:0] sd_dq_o,
  output reg         sd_dq_oe_o,
  input  wire [15:0] sd_dq_i
);
  localparam integer Cl = 2;
  localparam integer Bl = 2;

  // ceil(ns * MHz / 1000), at least 1
  function integer cyc(input integer ns);
    cyc = (ns * ClkMhz + 999) / 1000;
  endfunction
  function integer max2(input integer a, input integer b);
    max2 = a > b ? a : b;
  endfunction

  localparam integer TRcd  = max2(cyc(21), 1);
  localparam integer TRp   = max2(cyc(21), 1);
  localparam integer TRc   = cyc(66);
  localparam integer TRfc  = cyc(70);
  localparam integer TWr   = max2(cyc(15), 2);
  localparam integer TMrd  = 2;
  localparam integer TInit = cyc(200000);
  localparam integer TRefi = cyc(7500);
  // From the READ (auto-precharge) to the next ACTIVE or REFRESH: the
  // burst, then tRP; at least tRC after the ACTIVE; and not before the read
  // data is in.
  localparam integer RdNext = max2(max2(Bl + TRp, TRc - TRcd), Cl + Bl);
  // From the WRITE: the last data, tWR, tRP (tDAL); tRC after the ACTIVE.
  localparam integer WrNext = max2(Bl - 1 + TWr + TRp, TRc - TRcd);

  localparam [3:0] CmdNop = 4'b0111;   // {CS#, RAS#, CAS#, WE#}
  localparam [3:0] CmdAct = 4'b0011;
  localparam [3:0] CmdRd  = 4'b0101;
  localparam [3:0] CmdWr  = 4'b0100;
  localparam [3:0] CmdPre = 4'b0010;
  localparam [3:0] CmdRef = 4'b0001;
  localparam [3:0] CmdMrs = 4'b0000;
  // burst length 2, sequential, CAS latency 2, burst writes
  localparam [12:0] ModeReg = 13'b000_0_00_010_0_001;

  localparam [2:0] SInit = 3'd0, SPre = 3'd1, SRef1 = 3'd2, SRef2 = 3'd3,
                   SMrs  = 3'd4, SIdle = 3'd5, SCol = 3'd6;

  reg [2:0]  state_q;
  reg [17:0] busy_q;       // cycles until the next command may go out
  reg [15:0] refi_q;
  reg        ref_due_q;
  reg [3:0]  cmd_q;
  reg        we_q;
  reg [8:0]  col_q;
  reg [3:0]  be_q;
  reg [31:0] wdata_q;
  reg        wr2_q, wr3_q;
  reg [Cl+Bl-1:0] rd_q;    // read data arrives: a bit per cycle since READ
  reg [15:0] rlo_q;

  assign {sd_cs_no, sd_ras_no, sd_cas_no, sd_we_no} = cmd_q;
  assign cmd_ready_o = state_q == SIdle && busy_q == 18'd0 && !ref_due_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q    <= SInit;
      busy_q     <= TInit[17:0];
      refi_q     <= 16'd0;
      ref_due_q  <= 1'b0;
      cmd_q      <= CmdNop;
      sd_cke_o   <= 1'b0;
      sd_ba_o    <= 2'd0;
      sd_a_o     <= 13'd0;
      sd_dqm_o   <= 2'b11;
      sd_dq_o    <= 16'd0;
      sd_dq_oe_o <= 1'b0;
      we_q       <= 1'b0;
      col_q      <= 9'd0;
      be_q       <= 4'd0;
      wdata_q    <= 32'd0;
      wr2_q      <= 1'b0;
      wr3_q      <= 1'b0;
      rd_q       <= {(Cl+Bl){1'b0}};
      rlo_q      <= 16'd0;
      rsp_valid_o <= 1'b0;
      rsp_rdata_o <= 32'd0;
    end else begin
      sd_cke_o <= 1'b1;
      cmd_q    <= CmdNop;
      if (busy_q != 18'd0) busy_q <= busy_q - 18'd1;

      // The refresh clock runs from the end of the init sequence.
      if (state_q != SInit && state_q != SPre && state_q != SRef1 && state_q != SRef2) begin
        if (refi_q == TRefi[15:0] - 16'd1) begin
          refi_q    <= 16'd0;
          ref_due_q <= 1'b1;
        end else begin
          refi_q <= refi_q + 16'd1;
        end
      end

      // The second half of a write burst, then the bus is released.
      wr2_q <= 1'b0;
      wr3_q <= wr2_q;
      if (wr2_q) begin
        sd_dq_o  <= wdata_q[31:16];
        sd_dqm_o <= ~be_q[3:2];
      end
      if (wr3_q) begin
        sd_dq_oe_o <= 1'b0;
        sd_dqm_o   <= 2'b00;
      end

      rd_q        <= {rd_q[Cl+Bl-2:0], 1'b0};
      rsp_valid_o <= 1'b0;
      if (rd_q[Cl]) rlo_q <= sd_dq_i;
      if (rd_q[Cl+1]) begin
        rsp_valid_o <= 1'b1;
        rsp_rdata_o <= {sd_dq_i, rlo_q};
      end

      if (busy_q == 18'd0) begin
        case (state_q)
          SInit: begin
            cmd_q   <= CmdPre;
            sd_a_o  <= 13'h0400;              // A10: all banks
            busy_q  <= TRp[17:0] - 18'd1;
            state_q <= SPre;
          end
          SPre: begin
            cmd_q   <= CmdRef;
            busy_q  <= TRfc[17:0] - 18'd1;
            state_q <= SRef1;
          end
          SRef1: begin
            cmd_q   <= CmdRef;
            busy_q  <= TRfc[17:0] - 18'd1;
            state_q <= SRef2;
          end
          SRef2: begin
            cmd_q    <= CmdMrs;
            sd_ba_o  <= 2'd0;
            sd_a_o   <= ModeReg;
            sd_dqm_o <= 2'b00;
            busy_q   <= TMrd[17:0] - 18'd1;
            state_q  <= SMrs;
          end
          SMrs: begin
            state_q <= SIdle;
          end
          SIdle: begin
            if (ref_due_q) begin
              cmd_q     <= CmdRef;
              busy_q    <= TRfc[17:0] - 18'd1;
              ref_due_q <= 1'b0;
            end else if (cmd_valid_i) begin
              cmd_q   <= CmdAct;
              sd_ba_o <= cmd_addr_i[9:8];
              sd_a_o  <= cmd_addr_i[22:10];
              we_q    <= cmd_we_i;
              col_q   <= {cmd_addr_i[7:0], 1'b0};
              be_q    <= cmd_be_i;
              wdata_q <= cmd_wdata_i;
              busy_q  <= TRcd[17:0] - 18'd1;
              state_q <= SCol;
            end
          end
          SCol: begin
            sd_a_o  <= {2'b00, 1'b1, 1'b0, col_q};   // A10: auto-precharge
            state_q <= SIdle;
            if (we_q) begin
              cmd_q      <= CmdWr;
              sd_dq_o    <= wdata_q[15:0];
              sd_dq_oe_o <= 1'b1;
              sd_dqm_o   <= ~be_q[1:0];
              wr2_q      <= 1'b1;
              busy_q     <= WrNext[17:0] - 18'd1;
            end else begin
              cmd_q  <= CmdRd;
              rd_q   <= {{(Cl+Bl-1){1'b0}}, 1'b1};
              busy_q <= RdNext[17:0] - 18'd1;
            end
          end
          default: state_q <= SInit;
        endcase
      end
    end
  end
endmodule
