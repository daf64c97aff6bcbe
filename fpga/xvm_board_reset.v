// SPDX-License-Identifier: Apache-2.0
// xvm_board_reset - the boards' power-on and button reset: rst_no is held
// low while the PLL is unlocked or the button is down, and for 1024 cycles
// after both are fine, so that the PLL's clock has settled before anything
// leaves reset. The button goes through three flops (it is
// asynchronous to the PLL's clock). There is no reset input: the registers
// power up at zero (both FPGAs initialize them), which is what holds the
// board in reset at configuration.
//
// rst_no comes straight from a register, so the rest of the board can use
// it as an asynchronous reset that releases synchronously.
module xvm_board_reset (
  input  wire clk_i,
  input  wire locked_i,   // the PLL's lock
  input  wire btn_ni,     // the reset button, low when pressed
  output wire rst_no
);
  reg [2:0]  btn_q = 3'b000;
  reg [10:0] por_q = 11'd0;

  assign rst_no = por_q[10];

  always @(posedge clk_i) begin
    btn_q <= {btn_q[1:0], btn_ni};
    if (!locked_i || !btn_q[2]) por_q <= 11'd0;
    else if (!rst_no) por_q <= por_q + 11'd1;
  end
endmodule
