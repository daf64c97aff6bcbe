// SPDX-License-Identifier: Apache-2.0
// xvm_regfile - 32x32 integer register file with two synchronous read ports
// and one write port, on block RAM. A read in the same cycle as a write to
// the same register returns undefined data (the iCE40 block RAM has no
// read-during-write rule, and asking Yosys for one costs a 32-bit register
// and two 32-bit multiplexers of logic): the pipeline forwards the last
// write itself and never uses such a read. Simulation returns a poison
// value then, so a use would show in every test. x0 reads as zero. The array starts all-zero (a block
// RAM initial value, as on the FPGA), so registers a program reads before
// writing them hold 0 and not X in a 4-state simulation.
module xvm_regfile (
  input             clk_i,
  input      [4:0]  ra1_i,
  input      [4:0]  ra2_i,
  output     [31:0] rd1_o,
  output     [31:0] rd2_o,
  input             we_i,
  input      [4:0]  wa_i,
  input      [31:0] wd_i
);
  (* no_rw_check *)
  reg [31:0] mem_q [0:31];
  reg [31:0] rd1_q, rd2_q;
  reg        z1_q, z2_q;

  localparam [31:0] Poison = 32'hBAD0_C011;

  integer i;
  initial begin
    for (i = 0; i < 32; i = i + 1) mem_q[i] = 32'd0;
  end

  always @(posedge clk_i) begin
    if (we_i && wa_i != 5'd0) mem_q[wa_i] <= wd_i;
    rd1_q <= mem_q[ra1_i];
    rd2_q <= mem_q[ra2_i];
`ifndef SYNTHESIS
    if (we_i && wa_i == ra1_i) rd1_q <= Poison;
    if (we_i && wa_i == ra2_i) rd2_q <= Poison;
`endif
  end

  // Kept beside the array so x0 never depends on uninitialised RAM contents.
  always @(posedge clk_i) begin
    z1_q <= (ra1_i == 5'd0);
    z2_q <= (ra2_i == 5'd0);
  end

  assign rd1_o = z1_q ? 32'd0 : rd1_q;
  assign rd2_o = z2_q ? 32'd0 : rd2_q;
endmodule
