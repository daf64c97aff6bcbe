// SPDX-License-Identifier: Apache-2.0
// xvm_ecp5_pll - the core clock from the ULX3S's 25 MHz oscillator through
// an ECP5 EHXPLLL. ClkMhz must be a multiple of 5 from 25 to 80: the input
// is divided to a 5 MHz phase-detector clock and the output fed back, so
// ClkMhz = 5 MHz * CLKFB_DIV exactly (the 1 MHz mtime tick and the baud
// rate are derived from it), with the VCO near 600 MHz (400..800 allowed).
module xvm_ecp5_pll #(
  parameter integer ClkMhz = 50
) (
  input  wire clk_25m_i,
  output wire clk_o,
  output wire locked_o
);
  localparam integer FbDiv  = ClkMhz / 5;
  localparam integer OutDiv = (600 + ClkMhz / 2) / ClkMhz;

  // The loop-filter settings that ecppll chooses for these dividers.
  (* ICP_CURRENT = "12" *) (* LPF_RESISTOR = "8" *) (* MFG_ENABLE_FILTEROPAMP = "1" *)
  (* MFG_GMCREF_SEL = "2" *)
  EHXPLLL #(
    .PLLRST_ENA       ("DISABLED"),
    .INTFB_WAKE       ("DISABLED"),
    .STDBY_ENABLE     ("DISABLED"),
    .DPHASE_SOURCE    ("DISABLED"),
    .OUTDIVIDER_MUXA  ("DIVA"),
    .OUTDIVIDER_MUXB  ("DIVB"),
    .OUTDIVIDER_MUXC  ("DIVC"),
    .OUTDIVIDER_MUXD  ("DIVD"),
    .CLKI_DIV         (5),
    .CLKOP_ENABLE     ("ENABLED"),
    .CLKOP_DIV        (OutDiv),
    .CLKOP_CPHASE     (OutDiv / 2 - 1),
    .CLKOP_FPHASE     (0),
    .FEEDBK_PATH      ("CLKOP"),
    .CLKFB_DIV        (FbDiv)
  ) u_pll (
    .RST          (1'b0),
    .STDBY        (1'b0),
    .CLKI         (clk_25m_i),
    .CLKOP        (clk_o),
    .CLKFB        (clk_o),
    .PHASESEL0    (1'b0),
    .PHASESEL1    (1'b0),
    .PHASEDIR     (1'b1),
    .PHASESTEP    (1'b1),
    .PHASELOADREG (1'b1),
    .PLLWAKESYNC  (1'b0),
    .ENCLKOP      (1'b0),
    .ENCLKOS      (1'b0),
    .ENCLKOS2     (1'b0),
    .ENCLKOS3     (1'b0),
    .LOCK         (locked_o),
    /* verilator lint_off PINCONNECTEMPTY */
    .CLKOS        (),
    .CLKOS2       (),
    .CLKOS3       (),
    .INTLOCK      (),
    .REFCLK       (),
    .CLKINTFB     ()
    /* verilator lint_on PINCONNECTEMPTY */
  );
endmodule
