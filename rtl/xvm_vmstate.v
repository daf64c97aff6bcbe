// SPDX-License-Identifier: Apache-2.0
// xvm_vmstate - Xvm processor state: the VM bit, vmctl (SPVM, GTR, VAMSB) and
// mstatush.MPVM, with their trap (R7), return (R8), vmsw (R2/R3) and CSR
// write behaviour, and the VA limit that VAMSB implies (R10).
module xvm_vmstate (
  input             clk_i,
  input             rst_ni,
  input             trap_s_i,      // trap taken into S-mode
  input             trap_m_i,      // trap taken into M-mode
  input             mret_i,
  input             mret_lower_i,  // mret returns to S or U
  input             sret_i,
  input             vmsw_i,        // vmsw retires
  input             vmsw_imm_i,
  input             vmctl_we_i,
  input             mstatush_we_i,
  input      [31:0] wdata_i,
  output            vm_o,
  output            vm_d_o,        // VM after this cycle's event
  output            mpvm_o,
  output     [4:0]  vamsb_o,
  output     [31:0] va_mask_o,     // VA limit while VM=1: 2^(VAMSB+1)-1
  output     [31:0] vmctl_o,
  output            gtr_o,         // vmctl.GTR: the guest's trap records (R12)
  output     [31:0] va_limit_o
);
  `include "xvm_defs.vh"

  reg       vm_q, spvm_q, mpvm_q, gtr_q;
  reg [4:0] vamsb_q;
  reg [31:0] mask_q;
  reg       vm_d;

  always @(*) begin
    vm_d = vm_q;
    if (trap_s_i || trap_m_i) vm_d = 1'b0;
    else if (mret_i) vm_d = mret_lower_i && mpvm_q;
    else if (sret_i) vm_d = spvm_q;
    else if (vmsw_i) vm_d = vmsw_imm_i;
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      vm_q <= 1'b0;
      spvm_q <= 1'b0;
      mpvm_q <= 1'b0;
      gtr_q <= 1'b0;
      vamsb_q <= 5'd31;
      mask_q <= 32'hFFFF_FFFF;
    end else begin
      vm_q <= vm_d;
      if (trap_s_i) spvm_q <= vm_q;
      else if (sret_i) spvm_q <= 1'b0;
      else if (vmctl_we_i) spvm_q <= wdata_i[`XVM_VMCTL_SPVM_BIT];
      if (vmctl_we_i) begin
        gtr_q <= wdata_i[`XVM_VMCTL_GTR_BIT];
        vamsb_q <= wdata_i[`XVM_VMCTL_VAMSB_LO+4:`XVM_VMCTL_VAMSB_LO];
        mask_q <= 32'hFFFF_FFFF >> (5'd31 - wdata_i[`XVM_VMCTL_VAMSB_LO+4:`XVM_VMCTL_VAMSB_LO]);
      end
      if (trap_m_i) mpvm_q <= vm_q;
      else if (mret_i) mpvm_q <= 1'b0;
      else if (mstatush_we_i) mpvm_q <= wdata_i[`XVM_MSTATUSH_MPVM_BIT];
    end
  end

  assign vm_o = vm_q;
  assign vm_d_o = vm_d;
  assign mpvm_o = mpvm_q;
  assign va_mask_o = mask_q;
  assign vamsb_o = vamsb_q;
  assign vmctl_o = {19'd0, vamsb_q, 5'd0, gtr_q, spvm_q, 1'b0};
  assign gtr_o = gtr_q;
  assign va_limit_o = vm_q ? mask_q : 32'hFFFF_FFFF;
  wire unused_ok = &{1'b0, wdata_i[31:13], wdata_i[7:3], wdata_i[0]};
endmodule
