// SPDX-License-Identifier: Apache-2.0
// xvm_ice40_pll - the core clock from the iCEBreaker's 12 MHz oscillator.
// ClkMhz must be a multiple of 3 between 9 and 66: with DIVR=0 the output is
// 12 MHz * (DIVF+1) / 2^DIVQ, so those frequencies are exact, which keeps the
// 1 MHz mtime tick and the baud rate derived from ClkMhz exact too.
module xvm_ice40_pll #(
  parameter integer ClkMhz = 30
) (
  input  wire pad_i,     // the 12 MHz clock pin (a PLL-capable pad)
  output wire clk_o,
  output wire locked_o
);
  // The VCO must stay within 533..1066 MHz.
  localparam integer DivQ = (ClkMhz >= 34) ? 4 : (ClkMhz >= 17) ? 5 : 6;
  localparam integer DivF = ((ClkMhz << DivQ) / 12) - 1;

  SB_PLL40_PAD #(
    .FEEDBACK_PATH ("SIMPLE"),
    .DIVR          (4'd0),
    .DIVF          (DivF[6:0]),
    .DIVQ          (DivQ[2:0]),
    // The setting for a 12 MHz phase-detector input (as icepll reports).
    .FILTER_RANGE  (3'd1)
  ) u_pll (
    .PACKAGEPIN      (pad_i),
    .PLLOUTGLOBAL    (clk_o),
    .LOCK            (locked_o),
    .RESETB          (1'b1),
    .BYPASS          (1'b0),
    // No feedback delay, dynamic delay or configuration shift register.
    .EXTFEEDBACK     (1'b0),
    .DYNAMICDELAY    (8'd0),
    .LATCHINPUTVALUE (1'b0),
    .SDI             (1'b0),
    .SCLK            (1'b0),
    /* verilator lint_off PINCONNECTEMPTY */
    .PLLOUTCORE      (),
    .SDO             ()
    /* verilator lint_on PINCONNECTEMPTY */
  );
endmodule
