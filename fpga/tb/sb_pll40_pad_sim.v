// SPDX-License-Identifier: Apache-2.0
// SB_PLL40_PAD for simulation: Yosys's cells_sim.v has only an empty
// blackbox. The testbench already drives the pad at the core frequency, so
// the model passes it through and locks after a few cycles.
module SB_PLL40_PAD (
  input        PACKAGEPIN,
  output       PLLOUTCORE,
  output       PLLOUTGLOBAL,
  input        EXTFEEDBACK,
  input  [7:0] DYNAMICDELAY,
  output reg   LOCK = 1'b0,
  input        BYPASS,
  input        RESETB,
  input        LATCHINPUTVALUE,
  output       SDO,
  input        SDI,
  input        SCLK
);
  parameter FEEDBACK_PATH = "SIMPLE";
  parameter DELAY_ADJUSTMENT_MODE_FEEDBACK = "FIXED";
  parameter DELAY_ADJUSTMENT_MODE_RELATIVE = "FIXED";
  parameter SHIFTREG_DIV_MODE = 1'b0;
  parameter FDA_FEEDBACK = 4'b0000;
  parameter FDA_RELATIVE = 4'b0000;
  parameter PLLOUT_SELECT = "GENCLK";
  parameter DIVR = 4'b0000;
  parameter DIVF = 7'b0000000;
  parameter DIVQ = 3'b000;
  parameter FILTER_RANGE = 3'b000;
  parameter ENABLE_ICEGATE = 1'b0;
  parameter TEST_MODE = 1'b0;
  parameter EXTERNAL_DIVIDE_FACTOR = 1;

  assign PLLOUTCORE   = PACKAGEPIN;
  assign PLLOUTGLOBAL = PACKAGEPIN;
  assign SDO          = 1'b0;

  integer n = 0;
  always @(posedge PACKAGEPIN) begin
    if (n < 16) n = n + 1;
    else LOCK <= RESETB;
  end
endmodule
