// xvm_alu - integer ALU of the execute stage (add/sub, shifts, compares,
// logic) and the branch comparator.
module xvm_alu (
  input      [3:0]  op_i,
  input      [31:0] a_i,
  input      [31:0] b_i,
  output reg [31:0] res_o,
  input      [2:0]  br_funct3_i,
  input      [31:0] cmp_a_i,
  input      [31:0] cmp_b_i,
  output reg        br_taken_o
);
  `include "xvm_core_defs.vh"

  wire        lt_s = $signed(cmp_a_i) < $signed(cmp_b_i);
  wire        lt_u = cmp_a_i < cmp_b_i;
  wire        eq   = cmp_a_i == cmp_b_i;

  always @(*) begin
    case (op_i)
      AluSub:  res_o = a_i - b_i;
      AluSll:  res_o = a_i << b_i[4:0];
      AluSlt:  res_o = {31'd0, $signed(a_i) < $signed(b_i)};
      AluSltu: res_o = {31'd0, a_i < b_i};
      AluXor:  res_o = a_i ^ b_i;
      AluSrl:  res_o = a_i >> b_i[4:0];
      AluSra:  res_o = $signed(a_i) >>> b_i[4:0];
      AluOr:   res_o = a_i | b_i;
      AluAnd:  res_o = a_i & b_i;
      default: res_o = a_i + b_i;
    endcase
  end

  always @(*) begin
    case (br_funct3_i)
      3'b000:  br_taken_o = eq;
      3'b001:  br_taken_o = !eq;
      3'b100:  br_taken_o = lt_s;
      3'b101:  br_taken_o = !lt_s;
      3'b110:  br_taken_o = lt_u;
      3'b111:  br_taken_o = !lt_u;
      default: br_taken_o = 1'b0;
    endcase
  end
endmodule
