// SPDX-License-Identifier: Apache-2.0
// xvm_bpu - branch target buffer with 2-bit saturating counters, direct
// mapped with partial tags, held in a synchronous RAM (block RAM on the
// FPGA): it is read with the next fetch pc so the prediction for the fetch
// pc is ready in F. The read is enabled only when the fetch pc changes,
// and its address is the pc fetch goes to if it does: whether it does (the
// bus grant) is late in the cycle, and as an enable it skips the RAM's
// read path (fpga/README.md). There are no valid bits: the RAM starts
// zeroed (its initial contents, also on the FPGA), and an entry left over
// from before a reset is only a guess like any other. Only the read
// register is ignored until the first read after reset has filled it. The
// execute stage writes back the entry using the counter and hit flag that
// travelled with the instruction (a wrong guess only costs a redirect: X
// checks every prediction). Entries = 0 builds no BTB: every fetch is
// predicted not taken (a board option that saves logic cells).
module xvm_bpu #(
  parameter Entries = 64,
  parameter TagBits = 8
) (
  input             clk_i,
  input             rst_ni,
  input             f_ren_i,      // the fetch pc changes
  input      [31:0] f_pc_d_i,     // fetch pc of the next cycle, if it changes
  input      [31:0] f_pc_i,       // fetch pc of this cycle
  output            f_hit_o,
  output     [1:0]  f_ctr_o,
  output            f_taken_o,
  output     [31:0] f_target_o,
  input             x_upd_i,      // a branch/jump resolved in X
  input      [31:0] x_pc_i,
  input             x_hit_i,      // the prediction for it came from an entry
  input      [1:0]  x_ctr_i,      // that entry's counter
  input             x_taken_i,
  input      [31:0] x_target_i
);
  generate
    if (Entries > 0) begin : g_btb
      localparam IdxBits = $clog2(Entries);
      localparam Width = TagBits + 30 + 2;

      // A read colliding with a write may return anything (no read-during-write
      // rule on the iCE40 block RAM): it is only a guess.
      (* no_rw_check *)
      reg [Width-1:0]   mem_q [0:Entries-1];
      reg [Width-1:0]   rdata_q;
      reg               rvalid_q;

      integer k;
      initial begin
        for (k = 0; k < Entries; k = k + 1) mem_q[k] = {Width{1'b0}};
      end

      wire [IdxBits-1:0] r_idx = f_pc_d_i[IdxBits+1:2];
      wire [TagBits-1:0] f_tag = f_pc_i[IdxBits+TagBits+1:IdxBits+2];
      wire [IdxBits-1:0] x_idx = x_pc_i[IdxBits+1:2];
      wire [TagBits-1:0] x_tag = x_pc_i[IdxBits+TagBits+1:IdxBits+2];

      reg  [1:0] x_ctr_d;
      always @(*) begin
        if (!x_hit_i) x_ctr_d = x_taken_i ? 2'b10 : 2'b01;
        else if (x_taken_i) x_ctr_d = (x_ctr_i == 2'b11) ? 2'b11 : x_ctr_i + 2'b01;
        else x_ctr_d = (x_ctr_i == 2'b00) ? 2'b00 : x_ctr_i - 2'b01;
      end
      wire x_we = x_upd_i && (x_hit_i || x_taken_i);

      always @(posedge clk_i) begin
        if (f_ren_i) rdata_q <= mem_q[r_idx];
        if (x_we) mem_q[x_idx] <= {x_tag, x_target_i[31:2], x_ctr_d};
      end

      assign f_hit_o    = rvalid_q && (rdata_q[Width-1:32] == f_tag);
      assign f_ctr_o    = f_hit_o ? rdata_q[1:0] : 2'b00;
      assign f_taken_o  = f_hit_o && rdata_q[1];
      assign f_target_o = {rdata_q[31:2], 2'b00};

      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) rvalid_q <= 1'b0;
        else if (f_ren_i) rvalid_q <= 1'b1;
      end

      wire unused_ok = &{1'b0, f_pc_d_i[31:IdxBits+2], f_pc_d_i[1:0], f_pc_i[31:IdxBits+TagBits+2],
                         f_pc_i[IdxBits+1:0], x_pc_i[31:IdxBits+TagBits+2], x_pc_i[1:0], x_target_i[1:0]};
    end else begin : g_none
      assign f_hit_o    = 1'b0;
      assign f_ctr_o    = 2'b00;
      assign f_taken_o  = 1'b0;
      assign f_target_o = 32'd0;
      wire unused_ok = &{1'b0, clk_i, rst_ni, f_ren_i, f_pc_d_i, f_pc_i, x_upd_i, x_pc_i, x_hit_i, x_ctr_i,
                         x_taken_i, x_target_i};
    end
  endgenerate
endmodule
