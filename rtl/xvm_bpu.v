// xvm_bpu - branch target buffer with 2-bit saturating counters. Looked up
// in fetch with the fetch pc (direct mapped, partial tags: a wrong guess only
// costs a redirect, the execute stage checks every prediction); updated by
// the execute stage with the outcome of every branch and jump.
module xvm_bpu #(
  parameter Entries = 16,
  parameter TagBits = 8
) (
  input             clk_i,
  input             rst_ni,
  input      [31:0] f_pc_i,
  output            f_taken_o,
  output     [31:0] f_target_o,
  input             x_upd_i,      // a branch/jump resolved in X
  input      [31:0] x_pc_i,
  input             x_taken_i,
  input      [31:0] x_target_i
);
  localparam IdxBits = $clog2(Entries);

  reg                 valid_q [0:Entries-1];
  reg [TagBits-1:0]   tag_q   [0:Entries-1];
  reg [29:0]          tgt_q   [0:Entries-1];
  reg [1:0]           ctr_q   [0:Entries-1];

  wire [IdxBits-1:0] f_idx = f_pc_i[IdxBits+1:2];
  wire [TagBits-1:0] f_tag = f_pc_i[IdxBits+TagBits+1:IdxBits+2];
  wire [IdxBits-1:0] x_idx = x_pc_i[IdxBits+1:2];
  wire [TagBits-1:0] x_tag = x_pc_i[IdxBits+TagBits+1:IdxBits+2];

  assign f_taken_o  = valid_q[f_idx] && (tag_q[f_idx] == f_tag) && ctr_q[f_idx][1];
  assign f_target_o = {tgt_q[f_idx], 2'b00};

  wire       x_hit = valid_q[x_idx] && (tag_q[x_idx] == x_tag);
  wire [1:0] x_ctr = ctr_q[x_idx];
  reg  [1:0] x_ctr_d;
  always @(*) begin
    if (!x_hit) x_ctr_d = x_taken_i ? 2'b10 : 2'b01;
    else if (x_taken_i) x_ctr_d = (x_ctr == 2'b11) ? 2'b11 : x_ctr + 2'b01;
    else x_ctr_d = (x_ctr == 2'b00) ? 2'b00 : x_ctr - 2'b01;
  end

  genvar gi;
  generate
    for (gi = 0; gi < Entries; gi = gi + 1) begin : g_entry
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          valid_q[gi] <= 1'b0;
          tag_q[gi] <= {TagBits{1'b0}};
          tgt_q[gi] <= 30'd0;
          ctr_q[gi] <= 2'b00;
        end else if (x_upd_i && x_idx == gi[IdxBits-1:0] && (x_hit || x_taken_i)) begin
          valid_q[gi] <= 1'b1;
          tag_q[gi] <= x_tag;
          if (x_taken_i) tgt_q[gi] <= x_target_i[31:2];
          ctr_q[gi] <= x_ctr_d;
        end
      end
    end
  endgenerate
  wire unused_ok = &{1'b0, f_pc_i[31:IdxBits+TagBits+2], f_pc_i[1:0], x_pc_i[31:IdxBits+TagBits+2],
                     x_pc_i[1:0], x_target_i[1:0]};
endmodule
