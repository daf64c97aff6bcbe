// SPDX-License-Identifier: Apache-2.0
// xvm_bootrom - the board's boot ROM (fpga/bootrom.S) in block RAM and the
// flag that tells booting from running. While booted_o is clear, the ROM is
// overlaid on the RAM base for instruction fetches, which it answers itself
// (data accesses still reach the RAM, so the ROM code copies the program
// into the RAM under itself), and the SPI flash pins follow the UART's modem
// control lines (MCR: DTR selects, RTS is SCK, OUT1 is MOSI). Each reset
// request from the finisher toggles booted_o along with the core reset: the
// ROM's request starts the program from the RAM at the same reset pc, the
// program's request boots again. The core's reset pc stays the RAM base.
//
// Outside the boot the flash stays deselected, so a program that drives the
// modem lines (as 16550 drivers do) cannot talk to it. The pins follow MCR
// again only from the cycle after a boot starts: by then the reset that
// comes with the request has cleared what the program left in MCR.
module xvm_bootrom #(
  parameter         InitFile = "",   // one word per line; set by the board top
  parameter integer AddrBits = 8                          // ROM size 2^AddrBits words
) (
  input  wire                  clk_i,
  input  wire                  rst_ni,        // board reset: boot from the start
  input  wire                  reset_req_i,   // the finisher's reset request
  output wire                  booted_o,
  // fetch port from the SoC (the word index inside the RAM; the ROM repeats)
  input  wire                  i_req_i,
  input  wire [AddrBits+1:2]   i_addr_i,
  output wire                  i_gnt_o,
  output wire                  i_rvalid_o,
  output wire [31:0]           i_rdata_o,
  // fetch port to the RAM (which takes the address from the SoC)
  output wire                  ram_req_o,
  input  wire                  ram_gnt_i,
  input  wire                  ram_rvalid_i,
  input  wire [31:0]           ram_rdata_i,
  // SPI flash, from MCR {OUT1, RTS, DTR}
  input  wire [2:0]            mcr_i,
  output wire                  spi_cs_no,
  output wire                  spi_sck_o,
  output wire                  spi_mosi_o
);
  reg [31:0] rom [0:(1 << AddrBits) - 1];
  // Synthesis elaborates the module with its defaults too, before the
  // board top's value reaches it.
  generate
    if (InitFile != "") begin : g_init
      initial $readmemh(InitFile, rom);
    end
  endgenerate

  reg        booted_q, spi_en_q, rom_rvalid_q;
  reg [31:0] rom_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      booted_q     <= 1'b0;
      spi_en_q     <= 1'b0;
      rom_rvalid_q <= 1'b0;
    end else begin
      if (reset_req_i) booted_q <= !booted_q;
      spi_en_q     <= !booted_q;
      rom_rvalid_q <= i_req_i && !booted_q;
    end
  end

  // The block RAM is read every cycle; rom_rvalid_q says when it answers.
  always @(posedge clk_i) rom_q <= rom[i_addr_i];

  assign booted_o   = booted_q;
  assign ram_req_o  = i_req_i && booted_q;
  assign i_gnt_o    = !booted_q || ram_gnt_i;
  assign i_rvalid_o = rom_rvalid_q || ram_rvalid_i;
  assign i_rdata_o  = rom_rvalid_q ? rom_q : ram_rdata_i;

  assign spi_cs_no  = !(spi_en_q && mcr_i[0]);
  assign spi_sck_o  = spi_en_q && mcr_i[1];
  assign spi_mosi_o = spi_en_q && mcr_i[2];
endmodule
