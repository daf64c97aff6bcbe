// SPDX-License-Identifier: Apache-2.0
// xvm_tlb - small fully associative Sv32 TLB (4 KiB pages and 4 MiB
// superpages), one lookup port, one fill port, round-robin replacement.
// Entries hold the leaf PTE's flags; permissions are checked by the caller
// at lookup time. Flushed as a whole (sfence.vma, satp writes). Entries are
// packed vectors of flops (too few for a RAM, searched in parallel).
module xvm_tlb #(
  parameter Entries = 4
) (
  input             clk_i,
  input             rst_ni,
  input             flush_i,
  input      [19:0] vpn_i,
  output reg        hit_o,
  output reg [21:0] ppn_o,      // for a superpage, PPN[0] is taken from the VA
  output reg [8:0]  flags_o,    // PTE bits 8:0 (VG, D, A, G, U, X, W, R, V)
  input             fill_i,
  input      [19:0] fill_vpn_i,
  input             fill_super_i,
  input      [21:0] fill_ppn_i,
  input      [8:0]  fill_flags_i
);
  localparam IdxBits = (Entries > 1) ? $clog2(Entries) : 1;

  reg [Entries-1:0]    valid_q, super_q;
  reg [20*Entries-1:0] vpn_q;
  reg [22*Entries-1:0] ppn_q;
  reg [9*Entries-1:0]  flags_q;
  reg [IdxBits-1:0]    victim_q;

  // The hit entries' fields are ORed together rather than priority-muxed:
  // a fill happens only on a miss, so two entries match one VA only after
  // page tables changed without sfence.vma (unspecified behaviour).
  integer i;
  reg [Entries-1:0] hit_v;
  reg               super_hit;
  always @(*) begin
    ppn_o = 22'd0;
    flags_o = 9'd0;
    super_hit = 1'b0;
    for (i = 0; i < Entries; i = i + 1) begin
      hit_v[i] = valid_q[i] && vpn_q[20*i+10 +: 10] == vpn_i[19:10] &&
                 (super_q[i] || vpn_q[20*i +: 10] == vpn_i[9:0]);
      super_hit = super_hit | (hit_v[i] && super_q[i]);
      ppn_o[21:10] = ppn_o[21:10] | ({12{hit_v[i]}} & ppn_q[22*i+10 +: 12]);
      ppn_o[9:0] = ppn_o[9:0] | ({10{hit_v[i] && !super_q[i]}} & ppn_q[22*i +: 10]);
      flags_o = flags_o | ({9{hit_v[i]}} & flags_q[9*i +: 9]);
    end
    if (super_hit) ppn_o[9:0] = vpn_i[9:0];
    hit_o = |hit_v;
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) victim_q <= {IdxBits{1'b0}};
    else if (fill_i && !flush_i)
      victim_q <= ({{(32-IdxBits){1'b0}}, victim_q} == Entries - 1) ? {IdxBits{1'b0}} : victim_q + 1'b1;
  end

  genvar gi;
  generate
    for (gi = 0; gi < Entries; gi = gi + 1) begin : g_entry
      wire fill_here = fill_i && !flush_i && (victim_q == gi[IdxBits-1:0]);
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) valid_q[gi] <= 1'b0;
        else if (flush_i) valid_q[gi] <= 1'b0;
        else if (fill_here) valid_q[gi] <= 1'b1;
      end
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          super_q[gi] <= 1'b0;
          vpn_q[20*gi +: 20] <= 20'd0;
          ppn_q[22*gi +: 22] <= 22'd0;
          flags_q[9*gi +: 9] <= 9'd0;
        end else if (fill_here) begin
          super_q[gi] <= fill_super_i;
          vpn_q[20*gi +: 20] <= fill_vpn_i;
          ppn_q[22*gi +: 22] <= fill_ppn_i;
          flags_q[9*gi +: 9] <= fill_flags_i;
        end
      end
    end
  endgenerate
endmodule
