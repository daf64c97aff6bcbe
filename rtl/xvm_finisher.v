// SPDX-License-Identifier: Apache-2.0
// xvm_finisher - the test finisher (QEMU sifive_test compatible): every word
// written is reported to the platform, which decides pass/fail/exit code.
module xvm_finisher (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire        req_i,
  input  wire        we_i,
  input  wire [31:0] wdata_i,
  output reg         rvalid_o,
  output wire [31:0] rdata_o,
  output wire        finish_valid_o,
  output wire [31:0] finish_data_o
);
  assign finish_valid_o = req_i && we_i;
  assign finish_data_o  = wdata_i;
  assign rdata_o        = 32'd0;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) rvalid_o <= 1'b0;
    else rvalid_o <= req_i;
  end
endmodule
