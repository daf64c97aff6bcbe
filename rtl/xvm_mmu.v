// SPDX-License-Identifier: Apache-2.0
// xvm_mmu - one translation port: the Xvm VA-mask check (before anything
// else, so a masked address never misses, walks or fills), a TLB and the
// Sv32 permission check of the hit entry (privilege, SUM, MXR, Svade A/D).
module xvm_mmu #(
  parameter TlbEntries = 4
) (
  input             clk_i,
  input             rst_ni,
  input             flush_i,
  input      [31:0] va_i,
  input      [1:0]  acc_i,       // AccFetch / AccLoad / AccStore
  input      [1:0]  priv_i,      // effective privilege of the access
  input             xlate_i,     // Sv32 active for this access
  input             sum_i,
  input             mxr_i,
  input             vm_i,        // effective VM of the access
  input      [31:0] va_mask_i,   // VA limit while VM=1
  output            mask_fault_o,
  output            miss_o,       // translation needed and not in the TLB
  output            page_fault_o,
  output     [31:0] pa_o,
  output     [8:0]  leaf_flags_o, // of the hit entry (VG/U/X for vmsw)
  input             fill_i,
  input      [19:0] fill_vpn_i,
  input             fill_super_i,
  input      [21:0] fill_ppn_i,
  input      [8:0]  fill_flags_i
);
  `include "xvm_defs.vh"
  `include "xvm_core_defs.vh"

  wire        hit;
  wire [21:0] ppn;
  wire [8:0]  fl;

  xvm_vamask u_vamask (
    .vm_i    (vm_i),
    .limit_i (va_mask_i),
    .va_i    (va_i),
    .fault_o (mask_fault_o)
  );

  xvm_tlb #(.Entries(TlbEntries)) u_tlb (
    .clk_i        (clk_i),
    .rst_ni       (rst_ni),
    .flush_i      (flush_i),
    .vpn_i        (va_i[31:12]),
    .hit_o        (hit),
    .ppn_o        (ppn),
    .flags_o      (fl),
    .fill_i       (fill_i),
    .fill_vpn_i   (fill_vpn_i),
    .fill_super_i (fill_super_i),
    .fill_ppn_i   (fill_ppn_i),
    .fill_flags_i (fill_flags_i)
  );

  wire f_r = fl[`XVM_PTE_R_BIT], f_w = fl[`XVM_PTE_W_BIT], f_x = fl[`XVM_PTE_X_BIT];
  wire f_u = fl[`XVM_PTE_U_BIT], f_a = fl[`XVM_PTE_A_BIT], f_d = fl[`XVM_PTE_D_BIT];
  wire u_bad = (priv_i == `XVM_PRIV_U) ? !f_u : f_u;
  reg  perm_bad;
  always @(*) begin
    case (acc_i)
      AccFetch: perm_bad = !f_x || u_bad;
      AccLoad:  perm_bad = !(f_r || (mxr_i && f_x)) || (u_bad && !(sum_i && priv_i == `XVM_PRIV_S));
      default:  perm_bad = !f_w || !f_d || (u_bad && !(sum_i && priv_i == `XVM_PRIV_S));
    endcase
  end

  assign miss_o       = xlate_i && !mask_fault_o && !hit;
  assign page_fault_o = xlate_i && !mask_fault_o && hit && (!f_a || perm_bad);
  assign pa_o         = xlate_i ? {ppn[19:0], va_i[11:0]} : va_i;
  assign leaf_flags_o = fl;
  wire unused_ok = &{1'b0, ppn[21:20], fl[`XVM_PTE_V_BIT], fl[`XVM_PTE_G_BIT], fl[`XVM_PTE_VG_BIT]};
endmodule
