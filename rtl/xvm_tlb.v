// xvm_tlb - small fully associative Sv32 TLB (4 KiB pages and 4 MiB
// superpages), one lookup port, one fill port, round-robin replacement.
// Entries hold the leaf PTE's flags; permissions are checked by the caller
// at lookup time. Flushed as a whole (sfence.vma, satp writes).
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

  reg                valid_q [0:Entries-1];
  reg                super_q [0:Entries-1];
  reg [19:0]         vpn_q   [0:Entries-1];
  reg [21:0]         ppn_q   [0:Entries-1];
  reg [8:0]          flags_q [0:Entries-1];
  reg [IdxBits-1:0]  victim_q;

  integer i;
  always @(*) begin
    hit_o = 1'b0;
    ppn_o = 22'd0;
    flags_o = 9'd0;
    for (i = 0; i < Entries; i = i + 1) begin
      if (valid_q[i] && vpn_q[i][19:10] == vpn_i[19:10] &&
          (super_q[i] || vpn_q[i][9:0] == vpn_i[9:0])) begin
        hit_o = 1'b1;
        ppn_o = super_q[i] ? {ppn_q[i][21:10], vpn_i[9:0]} : ppn_q[i];
        flags_o = flags_q[i];
      end
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) victim_q <= {IdxBits{1'b0}};
    else if (fill_i && !flush_i)
      victim_q <= ({{(32-IdxBits){1'b0}}, victim_q} == Entries - 1) ? {IdxBits{1'b0}} : victim_q + 1'b1;
  end

  genvar gi;
  generate
    for (gi = 0; gi < Entries; gi = gi + 1) begin : g_entry
      always @(posedge clk_i or negedge rst_ni) begin
        if (!rst_ni) begin
          valid_q[gi] <= 1'b0;
          super_q[gi] <= 1'b0;
          vpn_q[gi] <= 20'd0;
          ppn_q[gi] <= 22'd0;
          flags_q[gi] <= 9'd0;
        end else if (flush_i) begin
          valid_q[gi] <= 1'b0;
        end else if (fill_i && victim_q == gi[IdxBits-1:0]) begin
          valid_q[gi] <= 1'b1;
          super_q[gi] <= fill_super_i;
          vpn_q[gi] <= fill_vpn_i;
          ppn_q[gi] <= fill_ppn_i;
          flags_q[gi] <= fill_flags_i;
        end
      end
    end
  endgenerate
endmodule
