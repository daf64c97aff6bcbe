// SPDX-License-Identifier: Apache-2.0
// ecp5_sim - simulation stand-ins for the ECP5 primitives of the ULX3S top
// and its netlist that Yosys ships only as empty blackboxes: the PLL passes
// its input through (the testbench drives the oscillator pin at the core
// clock) and locks after 16 cycles; the output DDR register sends D0 in the
// first and D1 in the second half of each clock cycle; USRMCLK, the route
// to the configuration clock pin, has no output port on the part, so the
// testbench reads its input by name; the block RAM and the multiplier in
// the configurations synth_ecp5 uses for this design.
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

// DP16KD as synth_ecp5 maps its memories here: pseudo dual-port 512 x 36
// (DATA_WIDTH 36 on both ports), written through port A (address ADA[13:5],
// a write enable per 9-bit byte on ADA[3:0], data DIA low and DIB high
// half), read through port B (address ADB[13:5], data DOA low and DOB high
// half, registered on CLKB when CEB). Other configurations stop the
// simulation rather than simulate wrongly. INITVAL_xx holds 16 units of 18
// bits, each in 20; word w is units 2w (low) and 2w+1 (high).
module DP16KD #(
  parameter DATA_WIDTH_A = 18, parameter DATA_WIDTH_B = 18,
  parameter REGMODE_A = "NOREG", parameter REGMODE_B = "NOREG",
  parameter RESETMODE = "SYNC", parameter ASYNC_RESET_RELEASE = "SYNC",
  parameter CSDECODE_A = "0b000", parameter CSDECODE_B = "0b000",
  parameter WRITEMODE_A = "NORMAL", parameter WRITEMODE_B = "NORMAL",
  parameter CLKAMUX = "CLKA", parameter CLKBMUX = "CLKB", parameter GSR = "ENABLED",
  parameter INITVAL_DATA = "",
  parameter [319:0] INITVAL_00 = 320'h0,
  parameter [319:0] INITVAL_01 = 320'h0,
  parameter [319:0] INITVAL_02 = 320'h0,
  parameter [319:0] INITVAL_03 = 320'h0,
  parameter [319:0] INITVAL_04 = 320'h0,
  parameter [319:0] INITVAL_05 = 320'h0,
  parameter [319:0] INITVAL_06 = 320'h0,
  parameter [319:0] INITVAL_07 = 320'h0,
  parameter [319:0] INITVAL_08 = 320'h0,
  parameter [319:0] INITVAL_09 = 320'h0,
  parameter [319:0] INITVAL_0A = 320'h0,
  parameter [319:0] INITVAL_0B = 320'h0,
  parameter [319:0] INITVAL_0C = 320'h0,
  parameter [319:0] INITVAL_0D = 320'h0,
  parameter [319:0] INITVAL_0E = 320'h0,
  parameter [319:0] INITVAL_0F = 320'h0,
  parameter [319:0] INITVAL_10 = 320'h0,
  parameter [319:0] INITVAL_11 = 320'h0,
  parameter [319:0] INITVAL_12 = 320'h0,
  parameter [319:0] INITVAL_13 = 320'h0,
  parameter [319:0] INITVAL_14 = 320'h0,
  parameter [319:0] INITVAL_15 = 320'h0,
  parameter [319:0] INITVAL_16 = 320'h0,
  parameter [319:0] INITVAL_17 = 320'h0,
  parameter [319:0] INITVAL_18 = 320'h0,
  parameter [319:0] INITVAL_19 = 320'h0,
  parameter [319:0] INITVAL_1A = 320'h0,
  parameter [319:0] INITVAL_1B = 320'h0,
  parameter [319:0] INITVAL_1C = 320'h0,
  parameter [319:0] INITVAL_1D = 320'h0,
  parameter [319:0] INITVAL_1E = 320'h0,
  parameter [319:0] INITVAL_1F = 320'h0,
  parameter [319:0] INITVAL_20 = 320'h0,
  parameter [319:0] INITVAL_21 = 320'h0,
  parameter [319:0] INITVAL_22 = 320'h0,
  parameter [319:0] INITVAL_23 = 320'h0,
  parameter [319:0] INITVAL_24 = 320'h0,
  parameter [319:0] INITVAL_25 = 320'h0,
  parameter [319:0] INITVAL_26 = 320'h0,
  parameter [319:0] INITVAL_27 = 320'h0,
  parameter [319:0] INITVAL_28 = 320'h0,
  parameter [319:0] INITVAL_29 = 320'h0,
  parameter [319:0] INITVAL_2A = 320'h0,
  parameter [319:0] INITVAL_2B = 320'h0,
  parameter [319:0] INITVAL_2C = 320'h0,
  parameter [319:0] INITVAL_2D = 320'h0,
  parameter [319:0] INITVAL_2E = 320'h0,
  parameter [319:0] INITVAL_2F = 320'h0,
  parameter [319:0] INITVAL_30 = 320'h0,
  parameter [319:0] INITVAL_31 = 320'h0,
  parameter [319:0] INITVAL_32 = 320'h0,
  parameter [319:0] INITVAL_33 = 320'h0,
  parameter [319:0] INITVAL_34 = 320'h0,
  parameter [319:0] INITVAL_35 = 320'h0,
  parameter [319:0] INITVAL_36 = 320'h0,
  parameter [319:0] INITVAL_37 = 320'h0,
  parameter [319:0] INITVAL_38 = 320'h0,
  parameter [319:0] INITVAL_39 = 320'h0,
  parameter [319:0] INITVAL_3A = 320'h0,
  parameter [319:0] INITVAL_3B = 320'h0,
  parameter [319:0] INITVAL_3C = 320'h0,
  parameter [319:0] INITVAL_3D = 320'h0,
  parameter [319:0] INITVAL_3E = 320'h0,
  parameter [319:0] INITVAL_3F = 320'h0
) (
  input DIA17, DIA16, DIA15, DIA14, DIA13, DIA12, DIA11, DIA10, DIA9, DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0,
  input ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5, ADA4, ADA3, ADA2, ADA1, ADA0,
  input CEA, OCEA, CLKA, WEA, RSTA, CSA2, CSA1, CSA0,
  output DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9, DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0,
  input DIB17, DIB16, DIB15, DIB14, DIB13, DIB12, DIB11, DIB10, DIB9, DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0,
  input ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5, ADB4, ADB3, ADB2, ADB1, ADB0,
  input CEB, OCEB, CLKB, WEB, RSTB, CSB2, CSB1, CSB0,
  output DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9, DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0
);
  reg [35:0] mem [0:511];
  reg [35:0] q = 36'd0;
  integer u, i;

  task init_unit(input [319:0] v);
    begin
      for (i = 0; i < 16; i = i + 1) begin
        if ((u * 16 + i) % 2 == 0) mem[(u * 16 + i) / 2][17:0]  = v[i * 20 +: 18];
        else                        mem[(u * 16 + i) / 2][35:18] = v[i * 20 +: 18];
      end
    end
  endtask

  initial begin
    if (DATA_WIDTH_A != 36 || DATA_WIDTH_B != 36 || REGMODE_A != "NOREG" || REGMODE_B != "NOREG" ||
        CLKAMUX != "CLKA" || CLKBMUX != "CLKB") begin
      $display("DP16KD model: unsupported configuration %0d/%0d", DATA_WIDTH_A, DATA_WIDTH_B);
      $finish;
    end
    u = -1;
      u = u + 1; init_unit(INITVAL_00);
      u = u + 1; init_unit(INITVAL_01);
      u = u + 1; init_unit(INITVAL_02);
      u = u + 1; init_unit(INITVAL_03);
      u = u + 1; init_unit(INITVAL_04);
      u = u + 1; init_unit(INITVAL_05);
      u = u + 1; init_unit(INITVAL_06);
      u = u + 1; init_unit(INITVAL_07);
      u = u + 1; init_unit(INITVAL_08);
      u = u + 1; init_unit(INITVAL_09);
      u = u + 1; init_unit(INITVAL_0A);
      u = u + 1; init_unit(INITVAL_0B);
      u = u + 1; init_unit(INITVAL_0C);
      u = u + 1; init_unit(INITVAL_0D);
      u = u + 1; init_unit(INITVAL_0E);
      u = u + 1; init_unit(INITVAL_0F);
      u = u + 1; init_unit(INITVAL_10);
      u = u + 1; init_unit(INITVAL_11);
      u = u + 1; init_unit(INITVAL_12);
      u = u + 1; init_unit(INITVAL_13);
      u = u + 1; init_unit(INITVAL_14);
      u = u + 1; init_unit(INITVAL_15);
      u = u + 1; init_unit(INITVAL_16);
      u = u + 1; init_unit(INITVAL_17);
      u = u + 1; init_unit(INITVAL_18);
      u = u + 1; init_unit(INITVAL_19);
      u = u + 1; init_unit(INITVAL_1A);
      u = u + 1; init_unit(INITVAL_1B);
      u = u + 1; init_unit(INITVAL_1C);
      u = u + 1; init_unit(INITVAL_1D);
      u = u + 1; init_unit(INITVAL_1E);
      u = u + 1; init_unit(INITVAL_1F);
      u = u + 1; init_unit(INITVAL_20);
      u = u + 1; init_unit(INITVAL_21);
      u = u + 1; init_unit(INITVAL_22);
      u = u + 1; init_unit(INITVAL_23);
      u = u + 1; init_unit(INITVAL_24);
      u = u + 1; init_unit(INITVAL_25);
      u = u + 1; init_unit(INITVAL_26);
      u = u + 1; init_unit(INITVAL_27);
      u = u + 1; init_unit(INITVAL_28);
      u = u + 1; init_unit(INITVAL_29);
      u = u + 1; init_unit(INITVAL_2A);
      u = u + 1; init_unit(INITVAL_2B);
      u = u + 1; init_unit(INITVAL_2C);
      u = u + 1; init_unit(INITVAL_2D);
      u = u + 1; init_unit(INITVAL_2E);
      u = u + 1; init_unit(INITVAL_2F);
      u = u + 1; init_unit(INITVAL_30);
      u = u + 1; init_unit(INITVAL_31);
      u = u + 1; init_unit(INITVAL_32);
      u = u + 1; init_unit(INITVAL_33);
      u = u + 1; init_unit(INITVAL_34);
      u = u + 1; init_unit(INITVAL_35);
      u = u + 1; init_unit(INITVAL_36);
      u = u + 1; init_unit(INITVAL_37);
      u = u + 1; init_unit(INITVAL_38);
      u = u + 1; init_unit(INITVAL_39);
      u = u + 1; init_unit(INITVAL_3A);
      u = u + 1; init_unit(INITVAL_3B);
      u = u + 1; init_unit(INITVAL_3C);
      u = u + 1; init_unit(INITVAL_3D);
      u = u + 1; init_unit(INITVAL_3E);
      u = u + 1; init_unit(INITVAL_3F);
  end

  wire [35:0] di = {DIB17, DIB16, DIB15, DIB14, DIB13, DIB12, DIB11, DIB10, DIB9, DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0,
                    DIA17, DIA16, DIA15, DIA14, DIA13, DIA12, DIA11, DIA10, DIA9, DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0};
  wire [8:0]  wa = {ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5};
  wire [3:0]  be = {ADA3, ADA2, ADA1, ADA0};
  wire [8:0]  ra = {ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5};

  always @(posedge CLKA) begin
    if (CEA && WEA) begin
      if (be[0]) mem[wa][8:0]   <= di[8:0];
      if (be[1]) mem[wa][17:9]  <= di[17:9];
      if (be[2]) mem[wa][26:18] <= di[26:18];
      if (be[3]) mem[wa][35:27] <= di[35:27];
    end
  end

  always @(posedge CLKB) begin
    if (RSTB) q <= 36'd0;
    else if (CEB) q <= mem[ra];
  end

  assign {DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9, DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0,
          DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9, DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0} = q;
endmodule

// MULT18X18D as synth_ecp5 maps multipliers: combinational (no input,
// pipeline or output registers), C unused, signedness from SIGNEDA/B.
module MULT18X18D (
  input A17, A16, A15, A14, A13, A12, A11, A10, A9, A8, A7, A6, A5, A4, A3, A2, A1, A0,
  input B17, B16, B15, B14, B13, B12, B11, B10, B9, B8, B7, B6, B5, B4, B3, B2, B1, B0,
  input C17, C16, C15, C14, C13, C12, C11, C10, C9, C8, C7, C6, C5, C4, C3, C2, C1, C0,
  input SIGNEDA, SIGNEDB, SOURCEA, SOURCEB,
  input CLK0, CLK1, CLK2, CLK3, CE0, CE1, CE2, CE3, RST0, RST1, RST2, RST3,
  input SRIA17, SRIA16, SRIA15, SRIA14, SRIA13, SRIA12, SRIA11, SRIA10, SRIA9, SRIA8, SRIA7, SRIA6, SRIA5, SRIA4, SRIA3, SRIA2, SRIA1, SRIA0,
  input SRIB17, SRIB16, SRIB15, SRIB14, SRIB13, SRIB12, SRIB11, SRIB10, SRIB9, SRIB8, SRIB7, SRIB6, SRIB5, SRIB4, SRIB3, SRIB2, SRIB1, SRIB0,
  output SROA17, SROA16, SROA15, SROA14, SROA13, SROA12, SROA11, SROA10, SROA9, SROA8, SROA7, SROA6, SROA5, SROA4, SROA3, SROA2, SROA1, SROA0,
  output SROB17, SROB16, SROB15, SROB14, SROB13, SROB12, SROB11, SROB10, SROB9, SROB8, SROB7, SROB6, SROB5, SROB4, SROB3, SROB2, SROB1, SROB0,
  output ROA17, ROA16, ROA15, ROA14, ROA13, ROA12, ROA11, ROA10, ROA9, ROA8, ROA7, ROA6, ROA5, ROA4, ROA3, ROA2, ROA1, ROA0,
  output ROB17, ROB16, ROB15, ROB14, ROB13, ROB12, ROB11, ROB10, ROB9, ROB8, ROB7, ROB6, ROB5, ROB4, ROB3, ROB2, ROB1, ROB0,
  output ROC17, ROC16, ROC15, ROC14, ROC13, ROC12, ROC11, ROC10, ROC9, ROC8, ROC7, ROC6, ROC5, ROC4, ROC3, ROC2, ROC1, ROC0,
  output P35, P34, P33, P32, P31, P30, P29, P28, P27, P26, P25, P24, P23, P22, P21, P20, P19, P18,
  output P17, P16, P15, P14, P13, P12, P11, P10, P9, P8, P7, P6, P5, P4, P3, P2, P1, P0,
  output SIGNEDP
);
  wire [17:0] a = {A17, A16, A15, A14, A13, A12, A11, A10, A9, A8, A7, A6, A5, A4, A3, A2, A1, A0};
  wire [17:0] b = {B17, B16, B15, B14, B13, B12, B11, B10, B9, B8, B7, B6, B5, B4, B3, B2, B1, B0};
  wire signed [18:0] sa = {SIGNEDA & a[17], a};
  wire signed [18:0] sb = {SIGNEDB & b[17], b};
  wire signed [37:0] p = sa * sb;
  assign {P35, P34, P33, P32, P31, P30, P29, P28, P27, P26, P25, P24, P23, P22, P21, P20, P19, P18,
          P17, P16, P15, P14, P13, P12, P11, P10, P9, P8, P7, P6, P5, P4, P3, P2, P1, P0} = p[35:0];
  assign SIGNEDP = SIGNEDA | SIGNEDB;
  assign {SROA17, SROA16, SROA15, SROA14, SROA13, SROA12, SROA11, SROA10, SROA9, SROA8, SROA7, SROA6, SROA5, SROA4, SROA3, SROA2, SROA1, SROA0} = a;
  assign {SROB17, SROB16, SROB15, SROB14, SROB13, SROB12, SROB11, SROB10, SROB9, SROB8, SROB7, SROB6, SROB5, SROB4, SROB3, SROB2, SROB1, SROB0} = b;
  assign {ROA17, ROA16, ROA15, ROA14, ROA13, ROA12, ROA11, ROA10, ROA9, ROA8, ROA7, ROA6, ROA5, ROA4, ROA3, ROA2, ROA1, ROA0} = a;
  assign {ROB17, ROB16, ROB15, ROB14, ROB13, ROB12, ROB11, ROB10, ROB9, ROB8, ROB7, ROB6, ROB5, ROB4, ROB3, ROB2, ROB1, ROB0} = b;
  assign {ROC17, ROC16, ROC15, ROC14, ROC13, ROC12, ROC11, ROC10, ROC9, ROC8, ROC7, ROC6, ROC5, ROC4, ROC3, ROC2, ROC1, ROC0} = 18'd0;
endmodule

// Yosys's tristate buffer, which synth_ecp5 leaves for nextpnr to put into
// the I/O cell (the SDRAM data pins).
module \$_TBUF_ (
  input  A,
  input  E,
  output Y
);
  assign Y = E ? A : 1'bz;
endmodule
