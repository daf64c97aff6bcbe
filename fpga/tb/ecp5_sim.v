// SPDX-License-Identifier: Apache-2.0
// ecp5_sim - simulation stand-ins for the ECP5 primitives of the ULX3S top
// that Yosys ships only as empty blackboxes: the PLL passes its input
// through (the testbench drives the oscillator pin at the core clock) and
// locks after 16 cycles; the output DDR register sends D0 in the first and
// D1 in the second half of each clock cycle; USRMCLK, the route to the
// configuration clock pin, has no output port on the part, so the
// testbench reads its input by name.
`timescale 1ns / 1ps
module EHXPLLL #(
  parameter CLKI_DIV = 1, parameter CLKFB_DIV = 1, parameter CLKOP_DIV = 8,
  parameter CLKOS_DIV = 8, parameter CLKOS2_DIV = 8, parameter CLKOS3_DIV = 8,
  parameter CLKOP_ENABLE = "ENABLED", parameter CLKOS_ENABLE = "DISABLED",
  parameter CLKOS2_ENABLE = "DISABLED", parameter CLKOS3_ENABLE = "DISABLED",
  parameter CLKOP_CPHASE = 0, parameter CLKOS_CPHASE = 0, parameter CLKOS2_CPHASE = 0,
  parameter CLKOS3_CPHASE = 0, parameter CLKOP_FPHASE = 0, parameter CLKOS_FPHASE = 0,
  parameter CLKOS2_FPHASE = 0, parameter CLKOS3_FPHASE = 0, parameter FEEDBK_PATH = "CLKOP",
  parameter CLKOP_TRIM_POL = "RISING", parameter CLKOP_TRIM_DELAY = 0,
  parameter CLKOS_TRIM_POL = "RISING", parameter CLKOS_TRIM_DELAY = 0,
  parameter OUTDIVIDER_MUXA = "DIVA", parameter OUTDIVIDER_MUXB = "DIVB",
  parameter OUTDIVIDER_MUXC = "DIVC", parameter OUTDIVIDER_MUXD = "DIVD",
  parameter PLL_LOCK_MODE = 0, parameter PLL_LOCK_DELAY = 200, parameter STDBY_ENABLE = "DISABLED",
  parameter REFIN_RESET = "DISABLED", parameter SYNC_ENABLE = "DISABLED",
  parameter INT_LOCK_STICKY = "ENABLED", parameter DPHASE_SOURCE = "DISABLED",
  parameter PLLRST_ENA = "DISABLED", parameter INTFB_WAKE = "DISABLED"
) (
  input  CLKI, CLKFB, PHASESEL1, PHASESEL0, PHASEDIR, PHASESTEP, PHASELOADREG,
  input  STDBY, PLLWAKESYNC, RST, ENCLKOP, ENCLKOS, ENCLKOS2, ENCLKOS3,
  output CLKOP, CLKOS, CLKOS2, CLKOS3,
  output reg LOCK = 1'b0,
  output INTLOCK, REFCLK, CLKINTFB
);
  assign CLKOP    = CLKI;
  assign CLKOS    = 1'b0;
  assign CLKOS2   = 1'b0;
  assign CLKOS3   = 1'b0;
  assign INTLOCK  = LOCK;
  assign REFCLK   = CLKI;
  assign CLKINTFB = 1'b0;

  integer n = 0;
  always @(posedge CLKI) begin
    if (n < 16) n = n + 1;
    else LOCK <= 1'b1;
  end
endmodule

module ODDRX1F (
  input  D0, D1, SCLK, RST,
  output Q
);
  assign Q = SCLK ? D0 : D1;
endmodule

module USRMCLK (
  input USRMCLKI, USRMCLKTS
);
endmodule
