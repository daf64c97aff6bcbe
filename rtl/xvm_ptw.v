// SPDX-License-Identifier: Apache-2.0
// xvm_ptw - Sv32 hardware page-table walker shared by fetch and data. Reads
// PTEs over the data bus (never writes them: Svade), reports a page fault
// for an invalid or malformed entry, an access fault when a PTE read hits no
// device, and otherwise returns the leaf for a TLB fill.
module xvm_ptw (
  input             clk_i,
  input             rst_ni,
  input             start_i,
  input      [19:0] vpn_i,
  input      [21:0] root_ppn_i,
  output            busy_o,
  output            bus_req_o,
  output     [31:0] bus_addr_o,
  input             bus_gnt_i,
  input             bus_rvalid_i,   // response to this walker's request
  input      [31:0] bus_rdata_i,
  input             bus_err_i,
  output reg        done_o,
  output reg        page_fault_o,
  output reg        access_fault_o,
  output     [19:0] leaf_vpn_o,
  output reg        leaf_super_o,
  output reg [21:0] leaf_ppn_o,
  output reg [8:0]  leaf_flags_o
);
  `include "xvm_defs.vh"

  localparam [2:0] StIdle  = 3'd0;
  localparam [2:0] StReq   = 3'd1;
  localparam [2:0] StRsp   = 3'd2;

  reg [2:0]  state_q;
  reg        level_q;      // 1 = first level
  reg [19:0] vpn_q;
  reg [31:0] addr_q;

  wire [31:0] pte = bus_rdata_i;
  wire pte_v = pte[`XVM_PTE_V_BIT], pte_r = pte[`XVM_PTE_R_BIT];
  wire pte_w = pte[`XVM_PTE_W_BIT], pte_x = pte[`XVM_PTE_X_BIT];
  wire pte_leaf = pte_r || pte_x;
  wire pte_bad = !pte_v || (!pte_r && pte_w) ||
                 (pte_leaf && level_q && pte[19:10] != 10'd0) ||
                 (!pte_leaf && !level_q);

  assign busy_o     = (state_q != StIdle);
  assign bus_req_o  = (state_q == StReq);
  assign bus_addr_o = addr_q;
  assign leaf_vpn_o = vpn_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
      level_q <= 1'b1;
      vpn_q <= 20'd0;
      addr_q <= 32'd0;
      done_o <= 1'b0;
      page_fault_o <= 1'b0;
      access_fault_o <= 1'b0;
      leaf_super_o <= 1'b0;
      leaf_ppn_o <= 22'd0;
      leaf_flags_o <= 9'd0;
    end else begin
      done_o <= 1'b0;
      case (state_q)
        StIdle: if (start_i) begin
          state_q <= StReq;
          level_q <= 1'b1;
          vpn_q <= vpn_i;
          addr_q <= {root_ppn_i[19:0], vpn_i[19:10], 2'b00};
        end
        StReq: if (bus_gnt_i) state_q <= StRsp;
        default: if (bus_rvalid_i) begin
          if (bus_err_i || pte_bad || pte_leaf) begin
            state_q <= StIdle;
            done_o <= 1'b1;
            access_fault_o <= bus_err_i;
            page_fault_o <= !bus_err_i && pte_bad;
            leaf_super_o <= level_q;
            leaf_ppn_o <= pte[31:10];
            leaf_flags_o <= pte[8:0];
          end else begin
            state_q <= StReq;
            level_q <= 1'b0;
            addr_q <= {pte[29:10], vpn_q[9:0], 2'b00};
          end
        end
      endcase
    end
  end
  // Physical addresses are 32 bits: PPN bits above them are not used.
  wire unused_ok = &{1'b0, root_ppn_i[21:20], pte[9]};
endmodule
