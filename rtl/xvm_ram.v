// SPDX-License-Identifier: Apache-2.0
// xvm_ram - small synchronous RAM with one write port and one registered
// read port with a read enable, for state that is read one cycle ahead of
// its use (the CSR trap records). It is built from block RAM on the FPGA
// even where it is too small for Yosys to choose one by itself, because a
// word in block RAM costs no logic cells while a word in flops costs 32.
// A read in the same cycle as a write to the same word returns undefined
// data (no read-during-write rule on the iCE40 block RAM); users never read
// a word in the cycle it is written. The contents start at zero.
module xvm_ram #(
  parameter Width = 32,
  parameter AddrBits = 2
) (
  input                     clk_i,
  input                     we_i,
  input      [AddrBits-1:0] waddr_i,
  input      [Width-1:0]    wdata_i,
  input                     re_i,
  input      [AddrBits-1:0] raddr_i,
  output reg [Width-1:0]    rdata_o
);
  localparam Depth = 1 << AddrBits;

  (* no_rw_check, ram_style = "block" *)
  reg [Width-1:0] mem_q [0:Depth-1];

  integer i;
  initial begin
    for (i = 0; i < Depth; i = i + 1) mem_q[i] = {Width{1'b0}};
  end

  always @(posedge clk_i) begin
    if (we_i) mem_q[waddr_i] <= wdata_i;
    if (re_i) rdata_o <= mem_q[raddr_i];
  end
endmodule
