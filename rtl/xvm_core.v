// SPDX-License-Identifier: Apache-2.0
// xvm_core - the Xvm hart: in-order 5-stage pipeline (F, D, X, M, W),
// RV32IMA + Zicsr + Zifencei + Zicntr + Sstc, M/S/U, Sv32, Xvm.
// F: BTB prediction, I-TLB/VA-mask, fetch request (data arrives in D).
// D: decode, register-file read address (sync-read RAM, data in X),
//    load-use interlock. X: forwarding (M, W, last W), ALU, multiplier,
//    divider, branch resolution, vmsw switch of the front-end VM, data
//    address to the bus. M: load data, LSU slow paths, CSR access, exception
//    priority, commit, trap entry/return and redirect. W: register write and
//    the retire port. Architectural state changes only at commit (M).
// The size options' defaults; a build may set them with -D (the board
// configuration in mk/board.mk) or override the parameters directly.
`include "xvm_defs.vh"
`ifndef XVM_BTB_ENTRIES
`define XVM_BTB_ENTRIES 64
`endif
`ifndef XVM_ITLB_ENTRIES
`define XVM_ITLB_ENTRIES 4
`endif
`ifndef XVM_DTLB_ENTRIES
`define XVM_DTLB_ENTRIES 4
`endif

module xvm_core #(
  parameter [31:0] ResetPc = `XVM_RESET_PC,
  parameter BtbEntries = `XVM_BTB_ENTRIES,    // 0: no BTB, fetch predicts not taken
  parameter ItlbEntries = `XVM_ITLB_ENTRIES,
  parameter DtlbEntries = `XVM_DTLB_ENTRIES
) (
  input             clk_i,
  input             rst_ni,
  output            ibus_req_o,
  output     [31:0] ibus_addr_o,
  input             ibus_gnt_i,
  input             ibus_rvalid_i,
  input      [31:0] ibus_rdata_i,
  input             ibus_err_i,
  output            dbus_req_o,
  output     [31:0] dbus_addr_o,
  output            dbus_we_o,
  output     [3:0]  dbus_be_o,
  output     [31:0] dbus_wdata_o,
  input             dbus_gnt_i,
  input             dbus_rvalid_i,
  input      [31:0] dbus_rdata_i,
  input             dbus_err_i,
  input             irq_m_soft_i,
  input             irq_m_timer_i,
  input             irq_m_ext_i,
  input             irq_s_ext_i,
  input      [63:0] mtime_i,
  output            retire_valid_o,
  output            retire_trap_o,
  output     [31:0] retire_pc_o,
  output     [31:0] retire_insn_o,
  output     [1:0]  retire_priv_o,
  output            retire_vm_o,
  output     [4:0]  retire_rd_addr_o,
  output     [31:0] retire_rd_wdata_o,
  output            retire_mem_we_o,
  output     [31:0] retire_mem_addr_o,
  output     [31:0] retire_mem_paddr_o,
  output     [1:0]  retire_mem_size_o,
  output     [31:0] retire_mem_wdata_o,
  output            retire_mem_re_o,
  output     [31:0] retire_cause_o,
  output     [31:0] retire_tval_o,
  output     [1:0]  priv_o,
  output            vm_o,
  output     [31:0] va_limit_o
);
  `include "xvm_core_defs.vh"

  // ======================================================================
  // Architectural state (CSR unit) and cross-stage control
  // ======================================================================
  wire [1:0]  priv;
  wire        vm, vm_d, mpvm, mprv, sum, mxr, satp_sv32;
  wire [1:0]  mpp;
  wire [31:0] va_mask;
  wire [4:0]  vamsb;          // vmctl.VAMSB, for waveforms
  wire [21:0] satp_ppn;
  wire        irq_take, wfi_wake;
  wire [31:0] irq_cause;

  wire        m_redirect, x_redirect;
  wire [31:0] m_redirect_pc, x_redirect_pc;
  wire        m_stall, x_stall, d_stall;
  wire        x_rec_hazard;
  wire        tlb_flush;

  // ======================================================================
  // F stage
  // ======================================================================
  reg  [31:0] f_pc_q;
  reg         f_halt_q, f_wfault_q, fe_vm_q;
  reg  [4:0]  f_wcause_q;

  wire        f_xlate = satp_sv32 && (priv != `XVM_PRIV_M);
  wire        i_mask, i_miss, i_pf;
  wire [31:0] i_pa;
  wire [8:0]  i_leaf;
  wire        i_fill, iw_done, iw_pf, iw_af, fill_super;
  wire [19:0] fill_vpn;
  wire [21:0] fill_ppn;
  wire [8:0]  fill_flags;

  xvm_mmu #(.TlbEntries(ItlbEntries)) u_immu (
    .clk_i        (clk_i),
    .rst_ni       (rst_ni),
    .flush_i      (tlb_flush),
    .va_i         (f_pc_q),
    .acc_i        (AccFetch),
    .priv_i       (priv),
    .xlate_i      (f_xlate),
    .sum_i        (sum),
    .mxr_i        (mxr),
    .vm_i         (fe_vm_q),
    .va_mask_i    (va_mask),
    .mask_fault_o (i_mask),
    .miss_o       (i_miss),
    .page_fault_o (i_pf),
    .pa_o         (i_pa),
    .leaf_flags_o (i_leaf),
    .fill_i       (i_fill),
    .fill_vpn_i   (fill_vpn),
    .fill_super_i (fill_super),
    .fill_ppn_i   (fill_ppn),
    .fill_flags_i (fill_flags)
  );

  wire        bp_taken, bp_hit;
  wire [1:0]  bp_ctr;
  wire [31:0] bp_target, f_bp_raddr;
  wire        f_bp_ren;
  wire        x_bp_upd, x_taken;
  wire [31:0] x_target;
  reg  [31:0] x_pc_q;
  reg         x_bp_hit_q;
  reg  [1:0]  x_bp_ctr_q;

  xvm_bpu #(.Entries(BtbEntries)) u_bpu (
    .clk_i      (clk_i),
    .rst_ni     (rst_ni),
    .f_ren_i    (f_bp_ren),
    .f_pc_d_i   (f_bp_raddr),
    .f_pc_i     (f_pc_q),
    .f_hit_o    (bp_hit),
    .f_ctr_o    (bp_ctr),
    .f_taken_o  (bp_taken),
    .f_target_o (bp_target),
    .x_upd_i    (x_bp_upd),
    .x_pc_i     (x_pc_q),
    .x_hit_i    (x_bp_hit_q),
    .x_ctr_i    (x_bp_ctr_q),
    .x_taken_i  (x_taken),
    .x_target_i (x_target)
  );

  wire        f_fault = !f_halt_q && (i_mask || i_pf || (i_miss && f_wfault_q));
  wire [4:0]  f_cause = i_mask ? `XVM_EXC_INSN_ACCESS :
                        i_pf ? `XVM_EXC_INSN_PAGE_FAULT : f_wcause_q;
  wire        f_ok = !f_halt_q && !i_mask && !i_miss && !i_pf;
  wire        iw_req = !f_halt_q && i_miss && !f_wfault_q && !iw_done;
  wire        redirect = m_redirect || x_redirect;
  wire [31:0] redirect_pc = m_redirect ? m_redirect_pc : x_redirect_pc;
  wire [31:0] f_pc_plus4 = f_pc_q + 32'd4;
  wire [31:0] f_next_pc = bp_taken ? bp_target : f_pc_plus4;

  assign ibus_req_o  = f_ok && !d_stall;
  assign ibus_addr_o = {i_pa[31:2], 2'b00};
  wire   f_issue = ibus_req_o && ibus_gnt_i;
  assign f_bp_ren   = redirect || f_issue;
  assign f_bp_raddr = redirect ? redirect_pc : f_next_pc;
  wire   f_emit_fault = f_fault && !d_stall;
  wire   x_vmsw_redir;
  reg    x_vmsw_imm_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_pc_q <= ResetPc;
      f_halt_q <= 1'b0;
      f_wfault_q <= 1'b0;
      f_wcause_q <= 5'd0;
    end else if (redirect) begin
      f_pc_q <= redirect_pc;
      f_halt_q <= 1'b0;
      f_wfault_q <= 1'b0;
    end else begin
      if (f_issue) f_pc_q <= f_next_pc;
      if (f_emit_fault) f_halt_q <= 1'b1;
      if (iw_done && (iw_pf || iw_af) && fill_vpn == f_pc_q[31:12]) begin
        f_wfault_q <= 1'b1;
        f_wcause_q <= iw_af ? `XVM_EXC_INSN_ACCESS : `XVM_EXC_INSN_PAGE_FAULT;
      end
    end
  end

  // Front-end VM: the VM value fetched instructions are tagged with (R3).
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) fe_vm_q <= 1'b0;
    else if (m_redirect) fe_vm_q <= vm_d;
    else if (x_vmsw_redir && !x_stall) fe_vm_q <= x_vmsw_imm_q;
  end

  // ======================================================================
  // D stage
  // ======================================================================
  reg         d_valid_q, d_wait_q, d_fexc_q, d_berr_q, d_pred_taken_q, d_vm_q, d_xlate_q, d_bp_hit_q;
  reg  [1:0]  d_bp_ctr_q;
  reg  [31:0] d_pc_q, d_hold_q, d_pred_target_q;
  reg  [4:0]  d_fcause_q;
  reg  [8:0]  d_leaf_q;

  wire [31:0] d_raw = d_wait_q ? ibus_rdata_i : d_hold_q;
  wire        d_berr = d_wait_q ? (ibus_rvalid_i && ibus_err_i) : d_berr_q;
  wire        d_fexc = d_fexc_q || d_berr;
  wire [4:0]  d_fcause = d_fexc_q ? d_fcause_q : `XVM_EXC_INSN_ACCESS;
  wire [31:0] d_insn = d_fexc ? 32'd0 : d_raw;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      d_valid_q <= 1'b0; d_wait_q <= 1'b0; d_fexc_q <= 1'b0; d_berr_q <= 1'b0;
      d_pred_taken_q <= 1'b0; d_vm_q <= 1'b0; d_xlate_q <= 1'b0;
      d_pc_q <= 32'd0; d_hold_q <= 32'd0; d_pred_target_q <= 32'd0; d_fcause_q <= 5'd0;
      d_leaf_q <= 9'd0; d_bp_hit_q <= 1'b0; d_bp_ctr_q <= 2'd0;
    end else if (redirect) begin
      d_valid_q <= 1'b0;
      d_wait_q <= 1'b0;
    end else if (!d_stall) begin
      d_valid_q <= f_issue || f_emit_fault;
      d_wait_q <= f_issue;
      d_fexc_q <= f_emit_fault;
      d_berr_q <= 1'b0;
      d_fcause_q <= f_cause;
      d_pc_q <= f_pc_q;
      d_pred_taken_q <= bp_taken;
      d_bp_hit_q <= bp_hit;
      d_bp_ctr_q <= bp_ctr;
      d_pred_target_q <= f_next_pc;
      d_vm_q <= fe_vm_q;
      d_xlate_q <= f_xlate;
      d_leaf_q <= i_leaf;
    end else if (d_wait_q) begin
      d_wait_q <= 1'b0;
      d_hold_q <= ibus_rdata_i;
      d_berr_q <= ibus_rvalid_i && ibus_err_i;
    end
  end

  wire [4:0]  d_rs1, d_rs2, d_rd;
  wire        d_uses_rs1, d_uses_rs2, d_rd_we, d_a_pc, d_a_zero, d_b_imm;
  wire        d_branch, d_jal, d_jalr, d_load, d_store, d_amo, d_lr, d_sc, d_mul, d_div;
  wire        d_csr, d_ecall, d_ebreak, d_mret, d_sret, d_wfi, d_sfence, d_fencei, d_vmsw;
  wire        d_illegal, d_mem_unsigned;
  wire [31:0] d_imm;
  wire [3:0]  d_alu_op;
  wire [4:0]  d_amo_op;
  wire [1:0]  d_mem_size;

  xvm_decoder u_decoder (
    .insn_i         (d_insn),
    .rs1_o          (d_rs1),
    .rs2_o          (d_rs2),
    .rd_o           (d_rd),
    .uses_rs1_o     (d_uses_rs1),
    .uses_rs2_o     (d_uses_rs2),
    .rd_we_o        (d_rd_we),
    .imm_o          (d_imm),
    .alu_op_o       (d_alu_op),
    .a_pc_o         (d_a_pc),
    .a_zero_o       (d_a_zero),
    .b_imm_o        (d_b_imm),
    .branch_o       (d_branch),
    .jal_o          (d_jal),
    .jalr_o         (d_jalr),
    .load_o         (d_load),
    .store_o        (d_store),
    .amo_o          (d_amo),
    .lr_o           (d_lr),
    .sc_o           (d_sc),
    .amo_op_o       (d_amo_op),
    .mem_size_o     (d_mem_size),
    .mem_unsigned_o (d_mem_unsigned),
    .mul_o          (d_mul),
    .div_o          (d_div),
    .csr_o          (d_csr),
    .ecall_o        (d_ecall),
    .ebreak_o       (d_ebreak),
    .mret_o         (d_mret),
    .sret_o         (d_sret),
    .wfi_o          (d_wfi),
    .sfence_o       (d_sfence),
    .fencei_o       (d_fencei),
    .vmsw_o         (d_vmsw),
    .illegal_o      (d_illegal)
  );

  // X-stage registers needed by the interlock
  reg         x_valid_q, x_late_q, x_rd_we_q;
  reg  [4:0]  x_rd_q, x_rs1_q, x_rs2_q;

  wire d_hazard = x_valid_q && x_late_q && x_rd_we_q && (x_rd_q != 5'd0) &&
                  ((d_uses_rs1 && d_rs1 == x_rd_q) || (d_uses_rs2 && d_rs2 == x_rd_q));
  assign d_stall = d_valid_q && (x_stall || d_hazard);

  // Register file: read addresses are those of the instruction that will be
  // in X next cycle (data arrives with it). It is written when an
  // instruction commits in M; a read in that same cycle returns undefined
  // data for the register written, which the forwarding from W replaces.
  wire [31:0] rf_rd1, rf_rd2;
  wire        m_rf_we;
  wire [31:0] m_wb_data;

  xvm_regfile u_regfile (
    .clk_i (clk_i),
    .ra1_i (x_stall ? x_rs1_q : d_rs1),
    .ra2_i (x_stall ? x_rs2_q : d_rs2),
    .rd1_o (rf_rd1),
    .rd2_o (rf_rd2),
    .we_i  (m_rf_we),
    .wa_i  (m_rd_q),
    .wd_i  (m_wb_data)
  );

  // ======================================================================
  // X stage
  // ======================================================================
  reg  [31:0] x_insn_q, x_imm_q, x_pred_target_q;
  reg         x_fexc_q, x_illegal_q, x_pred_taken_q, x_vm_q, x_xlate_q;
  reg  [4:0]  x_fcause_q;
  reg  [8:0]  x_leaf_q;
  reg  [3:0]  x_alu_op_q;
  reg         x_a_pc_q, x_a_zero_q, x_b_imm_q, x_branch_q, x_jal_q, x_jalr_q;
  reg         x_load_q, x_store_q, x_amo_q, x_lr_q, x_sc_q, x_mul_q, x_div_q, x_csr_q;
  reg         x_ecall_q, x_ebreak_q, x_mret_q, x_sret_q, x_wfi_q, x_sfence_q, x_fencei_q, x_vmsw_q;
  reg         x_mem_unsigned_q;
  reg  [4:0]  x_amo_op_q;
  reg  [1:0]  x_mem_size_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      x_valid_q <= 1'b0;
    end else if (redirect) begin
      x_valid_q <= 1'b0;
    end else if (!x_stall) begin
      x_valid_q <= d_valid_q && !d_hazard;
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      x_late_q <= 1'b0; x_rd_we_q <= 1'b0; x_rd_q <= 5'd0; x_rs1_q <= 5'd0; x_rs2_q <= 5'd0;
      x_pc_q <= 32'd0; x_insn_q <= 32'd0; x_imm_q <= 32'd0; x_pred_target_q <= 32'd0;
      x_fexc_q <= 1'b0; x_illegal_q <= 1'b0; x_pred_taken_q <= 1'b0; x_vm_q <= 1'b0;
      x_xlate_q <= 1'b0; x_fcause_q <= 5'd0; x_leaf_q <= 9'd0; x_alu_op_q <= AluAdd;
      x_a_pc_q <= 1'b0; x_a_zero_q <= 1'b0; x_b_imm_q <= 1'b0; x_branch_q <= 1'b0;
      x_jal_q <= 1'b0; x_jalr_q <= 1'b0; x_load_q <= 1'b0; x_store_q <= 1'b0;
      x_amo_q <= 1'b0; x_lr_q <= 1'b0; x_sc_q <= 1'b0; x_mul_q <= 1'b0; x_div_q <= 1'b0;
      x_csr_q <= 1'b0; x_ecall_q <= 1'b0; x_ebreak_q <= 1'b0; x_mret_q <= 1'b0;
      x_sret_q <= 1'b0; x_wfi_q <= 1'b0; x_sfence_q <= 1'b0; x_fencei_q <= 1'b0;
      x_vmsw_q <= 1'b0; x_vmsw_imm_q <= 1'b0; x_mem_unsigned_q <= 1'b0; x_amo_op_q <= 5'd0;
      x_mem_size_q <= 2'd0; x_bp_hit_q <= 1'b0; x_bp_ctr_q <= 2'd0;
    end else if (!x_stall) begin
      x_late_q <= d_load || d_amo || d_lr || d_sc || d_csr;
      x_rd_we_q <= d_rd_we && !d_fexc;
      x_rd_q <= d_rd;
      x_rs1_q <= d_rs1;
      x_rs2_q <= d_rs2;
      x_pc_q <= d_pc_q;
      x_insn_q <= d_insn;
      x_imm_q <= d_imm;
      x_pred_taken_q <= d_pred_taken_q;
      x_bp_hit_q <= d_bp_hit_q;
      x_bp_ctr_q <= d_bp_ctr_q;
      x_pred_target_q <= d_pred_target_q;
      x_fexc_q <= d_fexc;
      x_fcause_q <= d_fcause;
      x_illegal_q <= d_illegal;
      x_vm_q <= d_vm_q;
      x_xlate_q <= d_xlate_q;
      x_leaf_q <= d_leaf_q;
      x_alu_op_q <= d_alu_op;
      x_a_pc_q <= d_a_pc;
      x_a_zero_q <= d_a_zero;
      x_b_imm_q <= d_b_imm;
      x_branch_q <= d_branch;
      x_jal_q <= d_jal;
      x_jalr_q <= d_jalr;
      x_load_q <= d_load;
      x_store_q <= d_store;
      x_amo_q <= d_amo;
      x_lr_q <= d_lr;
      x_sc_q <= d_sc;
      x_mul_q <= d_mul;
      x_div_q <= d_div;
      x_csr_q <= d_csr;
      x_ecall_q <= d_ecall;
      x_ebreak_q <= d_ebreak;
      x_mret_q <= d_mret;
      x_sret_q <= d_sret;
      x_wfi_q <= d_wfi;
      x_sfence_q <= d_sfence;
      x_fencei_q <= d_fencei;
      x_vmsw_q <= d_vmsw;
      x_vmsw_imm_q <= d_insn[20];
      x_mem_unsigned_q <= d_mem_unsigned;
      x_amo_op_q <= d_amo_op;
      x_mem_size_q <= d_amo || d_lr || d_sc ? 2'd2 : d_mem_size;
    end
  end

  // forwarding: M (ALU results) and W (the write whose colliding register
  // file read is undefined)
  reg         m_valid_q, m_rd_we_q;
  reg  [4:0]  m_rd_q;
  reg  [31:0] m_result_q;
  reg         w_valid_q, w_trap_q;
  reg  [4:0]  w_rd_q;
  reg  [31:0] w_data_q;

  // The selects are decided a cycle early, for the registers X reads next
  // cycle (those of the instruction in D, or its own again while X holds)
  // and the instructions then in M (X's, if X advances) and W (M's, if it
  // commits), so that the operands' muxes start from flip-flops. While X
  // holds, M forwards nothing: it either moves on without X's instruction
  // or is held by a late one (load, AMO, SC, CSR), which the interlock
  // keeps X's instruction from reading.
  reg  [2:0]  x_fwd1_q, x_fwd2_q;   // {zero, from M, from W}
  wire        x_adv_fwd = x_valid_q && !m_redirect && x_rd_we_q && !x_illegal_q;
  wire [2:0]  x_fwd1_d = x_stall ? {x_rs1_q == 5'd0, 1'b0, m_rf_we && m_rd_q == x_rs1_q} :
                                   {d_rs1 == 5'd0, x_adv_fwd && x_rd_q == d_rs1, m_rf_we && m_rd_q == d_rs1};
  wire [2:0]  x_fwd2_d = x_stall ? {x_rs2_q == 5'd0, 1'b0, m_rf_we && m_rd_q == x_rs2_q} :
                                   {d_rs2 == 5'd0, x_adv_fwd && x_rd_q == d_rs2, m_rf_we && m_rd_q == d_rs2};

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      x_fwd1_q <= 3'b100;
      x_fwd2_q <= 3'b100;
    end else begin
      x_fwd1_q <= x_fwd1_d;
      x_fwd2_q <= x_fwd2_d;
    end
  end

  wire [31:0] x_rs1v = x_fwd1_q[2] ? 32'd0 : x_fwd1_q[1] ? m_result_q : x_fwd1_q[0] ? w_data_q : rf_rd1;
  wire [31:0] x_rs2v = x_fwd2_q[2] ? 32'd0 : x_fwd2_q[1] ? m_result_q : x_fwd2_q[0] ? w_data_q : rf_rd2;
  // While an AMO is sequenced in M, X waits and the LSU borrows the ALU.
  wire        amo_alu;
  wire [3:0]  amo_op;
  wire [31:0] amo_a, amo_b;
  wire [31:0] x_a = amo_alu ? amo_a : x_a_zero_q ? 32'd0 : x_a_pc_q ? x_pc_q : x_rs1v;
  wire [31:0] x_b = amo_alu ? amo_b : x_b_imm_q ? x_imm_q : x_rs2v;
  wire [31:0] x_alu_res;
  wire        x_br_cond;

  xvm_alu u_alu (
    .op_i        (amo_alu ? amo_op : x_alu_op_q),
    .a_i         (x_a),
    .b_i         (x_b),
    .res_o       (x_alu_res),
    .br_funct3_i (x_insn_q[14:12]),
    .br_taken_o  (x_br_cond)
  );

  wire        x_irq = x_valid_q && irq_take;
  wire        x_exc_prior = x_fexc_q || x_illegal_q || x_irq;
  wire        x_div_req = x_valid_q && x_div_q && !x_exc_prior;
  wire        x_div_done;
  wire [31:0] x_mul_res, x_div_res;
  wire        x_div_stall = x_div_req && !x_div_done;
  // Shifts are done by the multiplier (xvm_muldiv), not the ALU. RV32M
  // instructions carry the ALU op of their funct3, which may read as a shift.
  wire        x_shift = ((x_alu_op_q == AluSll) || (x_alu_op_q == AluSrl) ||
                         (x_alu_op_q == AluSra)) && !x_mul_q && !x_div_q;
  wire        x_adv = !x_stall || m_redirect;

  xvm_muldiv u_muldiv (
    .clk_i      (clk_i),
    .rst_ni     (rst_ni),
    .funct3_i   (x_insn_q[14:12]),
    .a_i        (x_rs1v),
    .b_i        (x_rs2v),
    .shift_i    (x_shift),
    .shift_left_i (x_alu_op_q == AluSll),
    .shift_arith_i (x_alu_op_q == AluSra),
    .shamt_i    (x_b[4:0]),
    .mul_res_o  (x_mul_res),
    .div_req_i  (x_div_req),
    .div_ack_i  (x_adv),
    .div_done_o (x_div_done),
    .div_res_o  (x_div_res)
  );

  wire [31:0] x_pc_plus4 = x_pc_q + 32'd4;
  wire        x_ctrl = x_branch_q || x_jal_q || x_jalr_q;
  assign x_taken  = x_jal_q || x_jalr_q || (x_branch_q && x_br_cond);
  assign x_target = x_jalr_q ? {x_alu_res[31:1], 1'b0} : (x_pc_q + x_imm_q);
  wire        x_jmp_mis = x_taken && x_target[1];
  wire [31:0] x_next_pc = x_taken ? x_target : x_pc_plus4;
  // A wrong direction, or a taken one to a wrong target (a taken branch to
  // pc+4 predicted not taken also redirects: to the same place, harmlessly).
  wire        x_mispredict = x_valid_q && !x_exc_prior && !x_jmp_mis &&
                             ((x_taken != x_pred_taken_q) || (x_taken && x_target != x_pred_target_q));
  // CSR, fence.i and sfence.vma carry pc+4 as their M-stage result: it is
  // where they refetch from (their rd value, if any, comes from the CSR).
  wire [31:0] x_result = (x_jal_q || x_jalr_q || x_csr_q || x_fencei_q || x_sfence_q) ? x_pc_plus4 :
                         (x_mul_q || x_shift) ? x_mul_res : x_div_q ? x_div_res : x_alu_res;

  wire x_mem = x_load_q || x_store_q || x_amo_q || x_lr_q || x_sc_q;
  // tval for whichever exception this instruction may raise (xvm_exc_prio)
  wire [31:0] x_tval = (x_fexc_q || x_ebreak_q) ? x_pc_q : x_illegal_q ? x_insn_q :
                       x_jmp_mis ? x_target : x_ecall_q ? 32'd0 : x_mem ? x_alu_res : x_insn_q;

  // vmsw: resolved here like a taken branch to pc+4 (R3)
  wire x_vmsw_illegal, x_vmsw_virt, x_vmsw_ok;
  xvm_vmsw u_vmsw (
    .vmsw_i       (x_vmsw_q),
    .priv_i       (priv),
    .vm_i         (x_vm_q),
    .translated_i (x_xlate_q),
    .leaf_flags_i (x_leaf_q),
    .illegal_o    (x_vmsw_illegal),
    .virt_o       (x_vmsw_virt),
    .ok_o         (x_vmsw_ok)
  );
  assign x_vmsw_redir = x_valid_q && !x_exc_prior && x_vmsw_ok && !m_redirect;

  assign x_redirect    = !x_stall && !m_redirect && (x_vmsw_redir || x_mispredict);
  assign x_redirect_pc = x_vmsw_redir ? x_pc_plus4 : x_next_pc;
  // Also trains down an entry that predicted a non-jump taken (partial tags).
  assign x_bp_upd      = x_valid_q && !x_exc_prior && (x_ctrl || x_pred_taken_q) && !x_stall && !m_redirect;

  // LSU: X side
  wire lsu_x_stall, lsu_m_busy, lsu_m_exc, lsu_m_we, lsu_m_re;
  wire [4:0]  lsu_m_cause;
  wire [31:0] lsu_m_rdata, lsu_m_paddr, lsu_m_sdata;
  wire x_to_m = x_valid_q && !x_stall && !m_redirect;
  wire m_commit, m_trap;
  wire resv_clear;

  wire [1:0] d_priv_eff = (mprv && priv == `XVM_PRIV_M) ? mpp : priv;
  wire       d_vm_eff   = (mprv && priv == `XVM_PRIV_M) ? (mpp != `XVM_PRIV_M && mpvm) : vm;

  xvm_lsu #(.TlbEntries(DtlbEntries)) u_lsu (
    .clk_i             (clk_i),
    .rst_ni            (rst_ni),
    .priv_i            (d_priv_eff),
    .xlate_i           (satp_sv32 && d_priv_eff != `XVM_PRIV_M),
    .sum_i             (sum),
    .mxr_i             (mxr),
    .vm_i              (d_vm_eff),
    .va_mask_i         (va_mask),
    .satp_ppn_i        (satp_ppn),
    .tlb_flush_i       (tlb_flush),
    .x_valid_i         (x_valid_q && x_mem && !x_exc_prior),
    .x_go_i            (!m_stall && !x_div_stall && !m_redirect),
    .x_to_m_i          (x_to_m),
    .x_load_i          (x_load_q),
    .x_store_i         (x_store_q),
    .x_amo_i           (x_amo_q),
    .x_lr_i            (x_lr_q),
    .x_sc_i            (x_sc_q),
    .x_amo_op_i        (x_amo_op_q),
    .x_size_i          (x_mem_size_q),
    .x_unsigned_i      (x_mem_unsigned_q),
    .x_vaddr_i         (x_alu_res),
    .x_wdata_i         (x_rs2v),
    .x_stall_o         (lsu_x_stall),
    .amo_alu_o         (amo_alu),
    .amo_op_o          (amo_op),
    .amo_a_o           (amo_a),
    .amo_b_o           (amo_b),
    .amo_res_i         (x_alu_res),
    .m_adv_i           (!m_stall),
    .m_commit_i        (m_commit),
    .resv_clear_i      (resv_clear),
    .m_busy_o          (lsu_m_busy),
    .m_exc_o           (lsu_m_exc),
    .m_cause_o         (lsu_m_cause),
    .m_rdata_o         (lsu_m_rdata),
    .m_paddr_o         (lsu_m_paddr),
    .m_sdata_o         (lsu_m_sdata),
    .m_we_o            (lsu_m_we),
    .m_re_o            (lsu_m_re),
    .iw_req_i          (iw_req),
    .iw_vpn_i          (f_pc_q[31:12]),
    .iw_done_o         (iw_done),
    .iw_page_fault_o   (iw_pf),
    .iw_access_fault_o (iw_af),
    .i_fill_o          (i_fill),
    .fill_vpn_o        (fill_vpn),
    .fill_super_o      (fill_super),
    .fill_ppn_o        (fill_ppn),
    .fill_flags_o      (fill_flags),
    .dbus_req_o        (dbus_req_o),
    .dbus_addr_o       (dbus_addr_o),
    .dbus_we_o         (dbus_we_o),
    .dbus_be_o         (dbus_be_o),
    .dbus_wdata_o      (dbus_wdata_o),
    .dbus_gnt_i        (dbus_gnt_i),
    .dbus_rvalid_i     (dbus_rvalid_i),
    .dbus_rdata_i      (dbus_rdata_i),
    .dbus_err_i        (dbus_err_i)
  );

  assign x_stall = m_stall || x_div_stall || lsu_x_stall || x_rec_hazard;

  // ======================================================================
  // M stage
  // ======================================================================
  reg  [31:0] m_pc_q, m_insn_q, m_rs1v_q, m_tval_q, m_irq_cause_q;
  reg         m_fexc_q, m_illegal_q, m_irq_q, m_jmp_mis_q, m_ecall_q, m_ebreak_q;
  reg  [4:0]  m_fcause_q;
  reg         m_csr_q, m_mret_q, m_sret_q, m_wfi_q, m_sfence_q, m_fencei_q, m_vmsw_q, m_vmsw_imm_q;
  reg         m_vmsw_illegal_q, m_vmsw_virt_q, m_mem_q;
  reg  [1:0]  m_size_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) m_valid_q <= 1'b0;
    else if (!m_stall) m_valid_q <= x_to_m;
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      m_rd_we_q <= 1'b0; m_rd_q <= 5'd0; m_result_q <= 32'd0; m_pc_q <= 32'd0;
      m_insn_q <= 32'd0; m_rs1v_q <= 32'd0; m_tval_q <= 32'd0; m_irq_cause_q <= 32'd0;
      m_fexc_q <= 1'b0; m_illegal_q <= 1'b0; m_irq_q <= 1'b0; m_jmp_mis_q <= 1'b0;
      m_ecall_q <= 1'b0; m_ebreak_q <= 1'b0; m_fcause_q <= 5'd0; m_csr_q <= 1'b0;
      m_mret_q <= 1'b0; m_sret_q <= 1'b0; m_wfi_q <= 1'b0; m_sfence_q <= 1'b0;
      m_fencei_q <= 1'b0; m_vmsw_q <= 1'b0; m_vmsw_imm_q <= 1'b0; m_vmsw_illegal_q <= 1'b0;
      m_vmsw_virt_q <= 1'b0; m_mem_q <= 1'b0; m_size_q <= 2'd0;
    end else if (!m_stall) begin
      m_rd_we_q <= x_rd_we_q && !x_illegal_q;
      m_rd_q <= x_rd_q;
      m_result_q <= x_result;
      m_pc_q <= x_pc_q;
      m_insn_q <= x_irq ? 32'd0 : x_insn_q;
      m_rs1v_q <= x_rs1v;
      m_tval_q <= x_tval;
      m_irq_cause_q <= irq_cause;
      m_fexc_q <= x_fexc_q;
      m_fcause_q <= x_fcause_q;
      m_illegal_q <= x_illegal_q;
      m_irq_q <= x_irq;
      m_jmp_mis_q <= x_jmp_mis;
      m_ecall_q <= x_ecall_q;
      m_ebreak_q <= x_ebreak_q;
      m_csr_q <= x_csr_q;
      m_mret_q <= x_mret_q;
      m_sret_q <= x_sret_q;
      m_wfi_q <= x_wfi_q;
      m_sfence_q <= x_sfence_q;
      m_fencei_q <= x_fencei_q;
      m_vmsw_q <= x_vmsw_q;
      m_vmsw_imm_q <= x_vmsw_imm_q;
      m_vmsw_illegal_q <= x_vmsw_illegal;
      m_vmsw_virt_q <= x_vmsw_virt;
      m_mem_q <= x_mem;
      m_size_q <= x_mem_size_q;
    end
  end

  // CSR access
  wire [2:0]  m_funct3 = m_insn_q[14:12];
  wire        m_csr_write = (m_funct3[1:0] == 2'b01) || (m_insn_q[19:15] != 5'd0);
  // A write to a trap record (xscratch, xepc, xcause, xtval, the guest's
  // copies) changes nothing that a younger instruction's fetch, decode or
  // checks depend on, so it does not refill the pipeline. Only the
  // instruction right behind it can read the same word of the records RAM
  // in the cycle of the write (a CSR instruction on it, or the xepc of an
  // xret); it waits one cycle and reads again.
  wire [11:0] m_csr_addr = m_insn_q[31:20];
  wire        m_rec, m_guest_rec;
  assign x_rec_hazard = m_valid_q && m_csr_q && m_csr_write && m_rec && x_valid_q &&
                        ((x_csr_q && x_insn_q[31:20] == m_csr_addr) ||
                         (x_sret_q && m_csr_addr == `XVM_CSR_SEPC) ||
                         (x_mret_q && m_csr_addr == `XVM_CSR_MEPC));
  wire [31:0] m_csr_src = m_funct3[2] ? {27'd0, m_insn_q[19:15]} : m_rs1v_q;
  wire [31:0] csr_rdata;
  reg  [31:0] m_csr_wdata;
  always @(*) begin
    case (m_funct3[1:0])
      2'b01:   m_csr_wdata = m_csr_src;
      2'b10:   m_csr_wdata = csr_rdata | m_csr_src;
      default: m_csr_wdata = csr_rdata & ~m_csr_src;
    endcase
  end

  wire        csr_illegal, insn_illegal, m_sens_virt;
  wire [31:0] trap_pc, xepc;
  wire        csr_tlb_flush;

  xvm_sensitive u_sensitive (
    .csr_i      (m_csr_q),
    .csr_addr_i (m_insn_q[31:20]),
    .sret_i     (m_sret_q),
    .sfence_i   (m_sfence_q),
    .wfi_i      (m_wfi_q),
    .priv_i     (priv),
    .vm_i       (vm),
    .guest_rec_i (m_guest_rec),
    .virt_o     (m_sens_virt)
  );

  wire        m_exc;
  wire [31:0] m_cause, m_tval;
  xvm_exc_prio u_exc_prio (
    .irq_i            (m_irq_q),
    .irq_cause_i      (m_irq_cause_q),
    .fetch_exc_i      (m_fexc_q),
    .fetch_cause_i    (m_fcause_q),
    .illegal_i        (m_illegal_q || csr_illegal || insn_illegal || m_vmsw_illegal_q),
    .virt_i           (m_sens_virt || m_vmsw_virt_q),
    .jmp_misaligned_i (m_jmp_mis_q),
    .ecall_i          (m_ecall_q),
    .priv_i           (priv),
    .ebreak_i         (m_ebreak_q),
    .mem_exc_i        (lsu_m_exc),
    .mem_cause_i      (lsu_m_cause),
    .tval_i           (m_tval_q),
    .exc_o            (m_exc),
    .cause_o          (m_cause),
    .tval_o           (m_tval)
  );

  wire m_wfi_wait = m_valid_q && m_wfi_q && !m_exc && !wfi_wake;
  assign m_stall = lsu_m_busy || m_wfi_wait;
  wire m_done = m_valid_q && !m_stall;
  assign m_trap = m_done && m_exc;
  assign m_commit = m_done && !m_exc;
  // Only CSR writes can change state that younger instructions depend on.
  assign m_redirect = m_trap || (m_commit && ((m_csr_q && m_csr_write && !m_rec) || m_mret_q || m_sret_q ||
                                              m_fencei_q || m_sfence_q));
  assign m_redirect_pc = m_trap ? trap_pc : (m_mret_q || m_sret_q) ? xepc : m_result_q;
  assign resv_clear = m_trap || (m_commit && (m_mret_q || m_sret_q));
  assign tlb_flush = csr_tlb_flush || (m_commit && m_sfence_q);

  xvm_csr u_csr (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .x_addr_i       (x_insn_q[31:20]),
    .x_mret_i       (x_mret_q),
    .x_sret_i       (x_sret_q),
    .x_adv_i        (!m_stall),
    .addr_i         (m_csr_addr),
    .csr_i          (m_valid_q && m_csr_q),
    .rec_o          (m_rec),
    .guest_rec_o    (m_guest_rec),
    .write_i        (m_csr_write),
    .rdata_o        (csr_rdata),
    .csr_illegal_o  (csr_illegal),
    .chk_mret_i     (m_mret_q),
    .chk_sret_i     (m_sret_q),
    .chk_wfi_i      (m_wfi_q),
    .chk_sfence_i   (m_sfence_q),
    .insn_illegal_o (insn_illegal),
    .we_i           (m_commit && m_csr_q && m_csr_write),
    .wdata_i        (m_csr_wdata),
    .trap_i         (m_trap),
    .cause_i        (m_cause),
    .tval_i         (m_tval),
    .epc_i          (m_pc_q),
    .mret_i         (m_commit && m_mret_q),
    .sret_i         (m_commit && m_sret_q),
    .vmsw_i         (m_commit && m_vmsw_q),
    .vmsw_imm_i     (m_vmsw_imm_q),
    .retire_i       (m_commit),
    .trap_pc_o      (trap_pc),
    .xepc_o         (xepc),
    .tlb_flush_o    (csr_tlb_flush),
    .irq_m_soft_i   (irq_m_soft_i),
    .irq_m_timer_i  (irq_m_timer_i),
    .irq_m_ext_i    (irq_m_ext_i),
    .irq_s_ext_i    (irq_s_ext_i),
    .mtime_i        (mtime_i),
    .irq_o          (irq_take),
    .irq_cause_o    (irq_cause),
    .wfi_wake_o     (wfi_wake),
    .priv_o         (priv),
    .vm_o           (vm),
    .vm_d_o         (vm_d),
    .mpvm_o         (mpvm),
    .vamsb_o        (vamsb),
    .va_mask_o      (va_mask),
    .va_limit_o     (va_limit_o),
    .mprv_o         (mprv),
    .mpp_o          (mpp),
    .sum_o          (sum),
    .mxr_o          (mxr),
    .satp_sv32_o    (satp_sv32),
    .satp_ppn_o     (satp_ppn)
  );

  assign m_wb_data = m_csr_q ? csr_rdata : m_mem_q ? lsu_m_rdata : m_result_q;
  assign m_rf_we = m_commit && m_rd_we_q && (m_rd_q != 5'd0);

  // ======================================================================
  // W stage: register write and retire port
  // ======================================================================
  reg  [31:0] w_pc_q, w_insn_q, w_mem_addr_q, w_mem_paddr_q, w_mem_wdata_q, w_cause_q, w_tval_q;
  reg  [1:0]  w_priv_q, w_mem_size_q;
  reg         w_vm_q, w_mem_we_q, w_mem_re_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      w_valid_q <= 1'b0; w_trap_q <= 1'b0; w_rd_q <= 5'd0; w_data_q <= 32'd0;
      w_pc_q <= 32'd0; w_insn_q <= 32'd0; w_mem_addr_q <= 32'd0; w_mem_paddr_q <= 32'd0;
      w_mem_wdata_q <= 32'd0; w_cause_q <= 32'd0; w_tval_q <= 32'd0; w_priv_q <= 2'd0;
      w_mem_size_q <= 2'd0; w_vm_q <= 1'b0; w_mem_we_q <= 1'b0; w_mem_re_q <= 1'b0;
    end else begin
      w_valid_q <= m_done;
      w_trap_q <= m_trap;
      w_rd_q <= (m_commit && m_rd_we_q) ? m_rd_q : 5'd0;
      w_data_q <= m_wb_data;
      w_pc_q <= m_pc_q;
      w_insn_q <= m_insn_q;
      w_priv_q <= priv;
      w_vm_q <= vm;
      w_mem_we_q <= m_commit && lsu_m_we;
      w_mem_re_q <= m_commit && lsu_m_re;
      w_mem_addr_q <= m_result_q;
      w_mem_paddr_q <= lsu_m_paddr;
      w_mem_size_q <= m_size_q;
      w_mem_wdata_q <= (m_size_q == 2'd0) ? {24'd0, lsu_m_sdata[7:0]} :
                       (m_size_q == 2'd1) ? {16'd0, lsu_m_sdata[15:0]} : lsu_m_sdata;
      w_cause_q <= m_cause;
      w_tval_q <= m_tval;
    end
  end

  assign retire_valid_o     = w_valid_q;
  assign retire_trap_o      = w_trap_q;
  assign retire_pc_o        = w_pc_q;
  assign retire_insn_o      = w_insn_q;
  assign retire_priv_o      = w_priv_q;
  assign retire_vm_o        = w_vm_q;
  assign retire_rd_addr_o   = w_trap_q ? 5'd0 : w_rd_q;
  assign retire_rd_wdata_o  = w_data_q;
  assign retire_mem_we_o    = w_mem_we_q;
  assign retire_mem_addr_o  = w_mem_addr_q;
  assign retire_mem_paddr_o = w_mem_paddr_q;
  assign retire_mem_size_o  = w_mem_size_q;
  assign retire_mem_wdata_o = w_mem_wdata_q;
  assign retire_mem_re_o    = w_mem_re_q;
  assign retire_cause_o     = w_cause_q;
  assign retire_tval_o      = w_tval_q;
  assign priv_o             = priv;
  assign vm_o               = vm;
  wire unused_ok = &{1'b0, i_pa[1:0], vamsb};
`ifndef SYNTHESIS
  // Assertions, checked by every simulation of the RTL (Verilator, Icarus);
  // synthesis ignores them. An instruction in X belongs to at most one
  // class: the decoder's class flags are one-hot or zero.
  wire [17:0] x_class = {x_branch_q, x_jal_q, x_jalr_q, x_load_q, x_store_q, x_amo_q, x_lr_q,
                         x_sc_q, x_mul_q, x_div_q, x_csr_q, x_ecall_q, x_ebreak_q, x_mret_q,
                         x_sret_q, x_wfi_q, x_sfence_q, x_fencei_q};
  always @(posedge clk_i) begin
    if (x_valid_q && (x_class & (x_class - 18'd1)) != 18'd0) begin
      $display("%m: assertion failed: instruction classes in X not one-hot: %b", x_class);
      $fatal;
    end
  end
`endif
endmodule
