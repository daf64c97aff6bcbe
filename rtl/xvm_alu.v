// SPDX-License-Identifier: Apache-2.0
// xvm_alu - integer ALU of the execute stage. One 33-bit adder serves
// add/sub, slt/sltu and the branch comparison (branches are decoded as
// slt/sltu of rs1 and rs2). Shifts are done by the multiplier of
// xvm_muldiv; for them the result here is unused.
module xvm_alu (
  input      [3:0]  op_i,
  input      [31:0] a_i,
  input      [31:0] b_i,
  output reg [31:0] res_o,
  input      [2:0]  br_funct3_i,
  output reg        br_taken_o
);
  `include "xvm_core_defs.vh"

  wire        sub  = (op_i == AluSub) || (op_i == AluSlt) || (op_i == AluSltu);
  wire        sgn  = (op_i != AluSltu);
  wire [32:0] bx   = {sgn && b_i[31], b_i};
  wire [32:0] sum  = {sgn && a_i[31], a_i} + (sub ? ~bx : bx) + {32'd0, sub};
  wire        lt   = sum[32];
  wire        eq   = (a_i == b_i);

  always @(*) begin
    case (op_i)
      AluSlt, AluSltu: res_o = {31'd0, lt};
      AluXor:  res_o = a_i ^ b_i;
      AluOr:   res_o = a_i | b_i;
      AluAnd:  res_o = a_i & b_i;
      default: res_o = sum[31:0];
    endcase
  end

  always @(*) begin
    case (br_funct3_i)
      3'b000:  br_taken_o = eq;
      3'b001:  br_taken_o = !eq;
      3'b100, 3'b110: br_taken_o = lt;
      3'b101, 3'b111: br_taken_o = !lt;
      default: br_taken_o = 1'b0;
    endcase
  end
endmodule
