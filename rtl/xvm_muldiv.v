// SPDX-License-Identifier: Apache-2.0
// xvm_muldiv - M extension and the shifts. MUL/MULH/MULHSU/MULHU in one cycle: an
// unsigned 32x32 product (mapped onto DSPs) with the signed corrections of the
// high word. The same product performs the shifts, so the ALU needs no shifter:
// a << n is the low word of a * 2^n; for n > 0, a >> n is the high word of
// a * 2^(32-n) (MULHU) and a >>> n that of MULHSU, whose correction
// subtracts 2^(32-n) when a is negative, which sets exactly the top n bits;
// a right shift by 0 takes the low word of a * 1.
// DIV/DIVU/REM/REMU by a radix-2 restoring divider on magnitudes,
// 32 iterations, holding its result until taken. Division by zero needs no
// special case: the magnitude quotient is all ones (kept positive, so -1)
// and the remainder is the dividend.
module xvm_muldiv (
  input             clk_i,
  input             rst_ni,
  input      [2:0]  funct3_i,    // RV32M funct3
  input      [31:0] a_i,
  input      [31:0] b_i,
  input             shift_i,     // a shift of a_i by shamt_i instead of RV32M
  input             shift_left_i,
  input             shift_arith_i,
  input      [4:0]  shamt_i,
  output     [31:0] mul_res_o,
  input             div_req_i,   // a divide sits in X and wants its result
  input             div_ack_i,   // X takes the result (or is flushed)
  output            div_done_o,
  output     [31:0] div_res_o
);
  // ---- multiplier ----
  wire [4:0]  sh_exp   = shift_left_i ? shamt_i : 5'd0 - shamt_i;
  wire        sh_low   = shift_left_i || (shamt_i == 5'd0);
  wire [2:0]  mfunct3  = !shift_i ? funct3_i : sh_low ? 3'b000 : shift_arith_i ? 3'b010 : 3'b011;
  wire [31:0] mb       = shift_i ? (32'd1 << sh_exp) : b_i;
  wire        a_signed = (mfunct3 == 3'b001) || (mfunct3 == 3'b010);
  wire        b_signed = (mfunct3 == 3'b001);
  wire [63:0] prod = a_i * mb;
  wire [31:0] corr = ((a_signed && a_i[31]) ? mb : 32'd0) + ((b_signed && mb[31]) ? a_i : 32'd0);
  assign mul_res_o = (mfunct3 == 3'b000) ? prod[31:0] : prod[63:32] - corr;

  // ---- divider ----
  localparam [1:0] DivIdle = 2'd0;
  localparam [1:0] DivBusy = 2'd1;
  localparam [1:0] DivDone = 2'd2;

  wire        is_signed = !funct3_i[0];
  wire        a_neg     = is_signed && a_i[31];
  wire        b_neg     = is_signed && b_i[31];
  // Conditional negation as (x ^ n) + n: the XOR folds into the adder's
  // LUTs, where a negation and a separate multiplexer take two per bit.
  wire [31:0] a_mag     = (a_i ^ {32{a_neg}}) + {31'd0, a_neg};
  wire [31:0] b_mag     = (b_i ^ {32{b_neg}}) + {31'd0, b_neg};

  reg  [1:0]  state_q;
  reg  [4:0]  cnt_q;
  reg  [31:0] quo_q, rem_q, div_q;
  reg         neg_q_q, neg_r_q, is_rem_q;

  wire [33:0] trial = {1'b0, rem_q, quo_q[31]} - {2'b00, div_q};

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= DivIdle;
      cnt_q <= 5'd0;
      quo_q <= 32'd0;
      rem_q <= 32'd0;
      div_q <= 32'd0;
      neg_q_q <= 1'b0;
      neg_r_q <= 1'b0;
      is_rem_q <= 1'b0;
    end else begin
      case (state_q)
        DivIdle: if (div_req_i && !div_ack_i) begin
          state_q <= DivBusy;
          cnt_q <= 5'd31;
          quo_q <= a_mag;
          rem_q <= 32'd0;
          div_q <= b_mag;
          neg_q_q <= (a_neg ^ b_neg) && (b_i != 32'd0);
          neg_r_q <= a_neg;
          is_rem_q <= funct3_i[1];
        end
        DivBusy: begin
          if (div_ack_i) state_q <= DivIdle;
          else begin
            if (!trial[33]) rem_q <= trial[31:0];
            else rem_q <= {rem_q[30:0], quo_q[31]};
            quo_q <= {quo_q[30:0], !trial[33]};
            cnt_q <= cnt_q - 5'd1;
            if (cnt_q == 5'd0) state_q <= DivDone;
          end
        end
        default: if (div_ack_i) state_q <= DivIdle;
      endcase
    end
  end

  wire [31:0] res = is_rem_q ? rem_q : quo_q;
  wire        neg = is_rem_q ? neg_r_q : neg_q_q;
  assign div_done_o = (state_q == DivDone);
  assign div_res_o  = (res ^ {32{neg}}) + {31'd0, neg};
  wire unused_ok = &{1'b0, trial[32]};
endmodule
