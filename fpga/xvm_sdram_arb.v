// SPDX-License-Identifier: Apache-2.0
// xvm_sdram_arb - the SoC's two RAM ports (fetch and data) on the single
// command port of the SDRAM controller (xvm_sdram), under the bus protocol
// of docs/architecture.md: the response comes exactly one cycle after the
// grant, so a read is granted only once its data is in. A read request
// starts the SDRAM read; when the data arrives it is held for the port that
// asked, and granted while that port still asks for the same word. A port
// that asks for another word, or any write, drops it. Writes are posted:
// granted as the controller takes them.
//
// The data port goes first, except after a data command while the fetch
// port was waiting, so neither starves the other. As on the iCEBreaker, the
// data grant depends only on the data request and registered state (the
// core may derive its fetch request from the data grant).
module xvm_sdram_arb (
  input  wire        clk_i,
  input  wire        rst_ni,
  // fetch port (byte offsets from the RAM base; the crossbar bounds them)
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] rami_addr_i,
  input  wire [31:0] ramd_addr_i,
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire        rami_req_i,
  output wire        rami_gnt_o,
  output reg         rami_rvalid_o,
  output reg  [31:0] rami_rdata_o,
  // data port
  input  wire        ramd_req_i,
  input  wire        ramd_we_i,
  input  wire [3:0]  ramd_be_i,
  input  wire [31:0] ramd_wdata_i,
  output wire        ramd_gnt_o,
  output reg         ramd_rvalid_o,
  output reg  [31:0] ramd_rdata_o,
  // controller command port
  output wire        cmd_valid_o,
  input  wire        cmd_ready_i,
  output wire        cmd_we_o,
  output wire [22:0] cmd_addr_o,
  output wire [3:0]  cmd_be_o,
  output wire [31:0] cmd_wdata_o,
  input  wire        rsp_valid_i,
  input  wire [31:0] rsp_rdata_i
);
  wire [22:0] i_word = rami_addr_i[24:2];
  wire [22:0] d_word = ramd_addr_i[24:2];

  reg        pend_q, pend_d_q;       // a read in flight, and for which port
  reg [22:0] pend_addr_q;
  reg        hold_q, hold_d_q;       // read data waiting for its port
  reg [22:0] hold_addr_q;
  reg [31:0] hold_data_q;
  reg        i_turn_q;

  // The data on offer this cycle: the response arriving now, else the held.
  // A response without a read in flight is for a request from before a
  // reset of this side (the controller is reset only with the board).
  wire        rsp       = rsp_valid_i && pend_q;
  wire        cur_valid = rsp || hold_q;
  wire        cur_d     = rsp ? pend_d_q : hold_d_q;
  wire [22:0] cur_addr  = rsp ? pend_addr_q : hold_addr_q;
  wire [31:0] cur_data  = rsp ? rsp_rdata_i : hold_data_q;

  wire i_hit = rami_req_i && cur_valid && !cur_d && cur_addr == i_word;
  wire d_hit = ramd_req_i && !ramd_we_i && cur_valid && cur_d && cur_addr == d_word;

  // A new command when the controller is free and nothing is in flight.
  wire can_issue = cmd_ready_i && (!pend_q || rsp);
  wire d_want    = ramd_req_i && !d_hit;
  wire i_want    = rami_req_i && !i_hit;
  wire issue_d   = can_issue && d_want && !i_turn_q;
  wire issue_i   = can_issue && i_want && !issue_d;
  wire issue_wr  = issue_d && ramd_we_i;

  assign cmd_valid_o = issue_d || issue_i;
  assign cmd_we_o    = issue_wr;
  assign cmd_addr_o  = issue_d ? d_word : i_word;
  assign cmd_be_o    = ramd_be_i;
  assign cmd_wdata_o = ramd_wdata_i;

  assign rami_gnt_o = i_hit;
  assign ramd_gnt_o = d_hit || issue_wr;

  wire owner_req  = cur_d ? ramd_req_i : rami_req_i;
  wire owner_hit  = cur_d ? d_hit : i_hit;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pend_q      <= 1'b0;
      pend_d_q    <= 1'b0;
      pend_addr_q <= 23'd0;
      hold_q      <= 1'b0;
      hold_d_q    <= 1'b0;
      hold_addr_q <= 23'd0;
      hold_data_q <= 32'd0;
      i_turn_q    <= 1'b0;
      rami_rvalid_o  <= 1'b0;
      ramd_rvalid_o  <= 1'b0;
      rami_rdata_o   <= 32'd0;
      ramd_rdata_o   <= 32'd0;
    end else begin
      if (rsp) pend_q <= 1'b0;
      if (cmd_valid_o && !issue_wr) begin
        pend_q      <= 1'b1;
        pend_d_q    <= issue_d;
        pend_addr_q <= cmd_addr_o;
      end

      // Kept while its port does not ask for anything else; a write may
      // change the word, so it drops what is held.
      hold_q      <= cur_valid && !issue_wr && !owner_hit && !owner_req;
      hold_d_q    <= cur_d;
      hold_addr_q <= cur_addr;
      hold_data_q <= cur_data;

      if (issue_d) i_turn_q <= i_want;
      else if (issue_i || !i_want) i_turn_q <= 1'b0;

      rami_rvalid_o <= rami_gnt_o;
      ramd_rvalid_o <= ramd_gnt_o;
      if (rami_gnt_o) rami_rdata_o <= cur_data;
      if (ramd_gnt_o) ramd_rdata_o <= cur_data;
    end
  end
endmodule
