// SPDX-License-Identifier: Apache-2.0
// xvm_core_defs.vh - encodings private to the core's units (ALU operations,
// MMU access types). Included inside module bodies as localparams; each
// includer uses only some of them, hence the UNUSEDPARAM waiver.
/* verilator lint_off UNUSEDPARAM */
localparam [3:0] AluAdd  = 4'd0;
localparam [3:0] AluSub  = 4'd1;
localparam [3:0] AluSll  = 4'd2;
localparam [3:0] AluSlt  = 4'd3;
localparam [3:0] AluSltu = 4'd4;
localparam [3:0] AluXor  = 4'd5;
localparam [3:0] AluSrl  = 4'd6;
localparam [3:0] AluSra  = 4'd7;
localparam [3:0] AluOr   = 4'd8;
localparam [3:0] AluAnd  = 4'd9;
// Access types of the MMU.
localparam [1:0] AccFetch = 2'd0;
localparam [1:0] AccLoad  = 2'd1;
localparam [1:0] AccStore = 2'd2;
/* verilator lint_on UNUSEDPARAM */
