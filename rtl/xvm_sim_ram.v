// SPDX-License-Identifier: Apache-2.0
// xvm_sim_ram - simulation RAM: two independent synchronous ports (one per
// core bus), 32-bit words with byte enables, fixed one-cycle read latency.
// Under Verilator the words live in the testbench's C memory (DPI), up to
// XVM_SIM_RAM_MAX bytes of which the host backs only the pages a program
// touches; a Verilog array of that size would be allocated and cleared
// whole. Icarus keeps a RamBytes array, loaded from +ram=FILE.
module xvm_sim_ram #(
  /* verilator lint_off UNUSEDPARAM */
  parameter integer RamBytes = 64 * 1024 * 1024  // Icarus's array
  /* verilator lint_on UNUSEDPARAM */
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  // Port A: instruction fetch
  // Offsets are bounds-checked by the crossbar; only the word index is used.
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [31:0] a_addr_i,     // byte offset from the RAM base
  input  wire [31:0] b_addr_i,
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire        a_req_i,
  output wire        a_gnt_o,
  output reg         a_rvalid_o,
  output reg  [31:0] a_rdata_o,
  // Port B: data
  input  wire        b_req_i,
  input  wire        b_we_i,
  input  wire [3:0]  b_be_i,
  input  wire [31:0] b_wdata_i,
  output wire        b_gnt_o,
  output reg         b_rvalid_o,
  output reg  [31:0] b_rdata_o
);
  assign a_gnt_o = 1'b1;
  assign b_gnt_o = 1'b1;

`ifdef VERILATOR
  // Both ports in one block, the reads before the write: a fetch of the
  // word being stored sees the old word, as with a Verilog array.
  import "DPI-C" function int unsigned xvm_sim_ram_read(input int unsigned word);
  import "DPI-C" function void xvm_sim_ram_write(input int unsigned word,
      input int unsigned data, input int unsigned be);

  always @(posedge clk_i) begin
    if (a_req_i) a_rdata_o <= xvm_sim_ram_read({2'b00, a_addr_i[31:2]});
    if (b_req_i && !b_we_i) b_rdata_o <= xvm_sim_ram_read({2'b00, b_addr_i[31:2]});
    if (b_req_i && b_we_i) xvm_sim_ram_write({2'b00, b_addr_i[31:2]}, b_wdata_i, {28'd0, b_be_i});
  end
`else
  localparam integer Words = RamBytes / 4;
  localparam integer AddrBits = $clog2(Words);

  reg [31:0] mem_q [0:Words-1];

  // 4-state simulation: the image comes from +ram=FILE ($readmemh format).
  // The rest of RAM is zeroed so that only X from the logic itself shows.
  reg [1023:0] ram_file;
  integer i;
  initial begin
    for (i = 0; i < Words; i = i + 1) mem_q[i] = 32'd0;
    if ($value$plusargs("ram=%s", ram_file)) $readmemh(ram_file, mem_q);
  end

  wire [AddrBits-1:0] a_word = a_addr_i[AddrBits+1:2];
  wire [AddrBits-1:0] b_word = b_addr_i[AddrBits+1:2];

  always @(posedge clk_i) begin
    if (a_req_i) a_rdata_o <= mem_q[a_word];
  end

  always @(posedge clk_i) begin
    if (b_req_i && !b_we_i) b_rdata_o <= mem_q[b_word];
    if (b_req_i && b_we_i) begin
      if (b_be_i[0]) mem_q[b_word][7:0]   <= b_wdata_i[7:0];
      if (b_be_i[1]) mem_q[b_word][15:8]  <= b_wdata_i[15:8];
      if (b_be_i[2]) mem_q[b_word][23:16] <= b_wdata_i[23:16];
      if (b_be_i[3]) mem_q[b_word][31:24] <= b_wdata_i[31:24];
    end
  end
`endif

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      a_rvalid_o <= 1'b0;
      b_rvalid_o <= 1'b0;
    end else begin
      a_rvalid_o <= a_req_i;
      b_rvalid_o <= b_req_i;
    end
  end
endmodule
