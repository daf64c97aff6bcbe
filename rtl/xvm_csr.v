// SPDX-License-Identifier: Apache-2.0
// xvm_csr - machine and supervisor CSRs, privilege, trap entry and return,
// delegation, counters, Sstc, interrupt selection, and the CSR/privileged
// instruction legality checks. Xvm's VM/vmctl/MPVM state lives in the
// instantiated xvm_vmstate. Reads and checks are combinational for the
// instruction in M (the trap records come from RAMs read as it entered M);
// updates happen when it commits.
module xvm_csr (
  input             clk_i,
  input             rst_ni,
  // the instruction in X, whose trap-record read is due when it enters M
  input      [11:0] x_addr_i,
  input             x_mret_i,
  input             x_sret_i,
  input             x_adv_i,       // M takes a new instruction this cycle
  // access check and read (instruction in M)
  input      [11:0] addr_i,
  input             csr_i,
  output            rec_o,         // the CSR is a trap record (any copy)
  output            guest_rec_o,   // an S record that vmctl.GTR gives the guest (R12)
  input             write_i,       // the CSR instruction would write
  output reg [31:0] rdata_o,
  output            csr_illegal_o,
  input             chk_mret_i,
  input             chk_sret_i,
  input             chk_wfi_i,
  input             chk_sfence_i,
  output            insn_illegal_o,
  // commit
  input             we_i,
  input      [31:0] wdata_i,
  input             trap_i,
  input      [31:0] cause_i,
  input      [31:0] tval_i,
  input      [31:0] epc_i,
  input             mret_i,
  input             sret_i,
  input             vmsw_i,
  input             vmsw_imm_i,
  input             retire_i,
  output     [31:0] trap_pc_o,
  output     [31:0] xepc_o,        // mepc for an mret in M, sepc for an sret
  output            tlb_flush_o,
  // interrupts and time
  input             irq_m_soft_i,
  input             irq_m_timer_i,
  input             irq_m_ext_i,
  input             irq_s_ext_i,
  input      [63:0] mtime_i,
  output            irq_o,
  output     [31:0] irq_cause_o,
  output            wfi_wake_o,
  // state
  output     [1:0]  priv_o,
  output            vm_o,
  output            vm_d_o,
  output            mpvm_o,
  output     [4:0]  vamsb_o,
  output     [31:0] va_mask_o,
  output     [31:0] va_limit_o,
  output            mprv_o,
  output     [1:0]  mpp_o,
  output            sum_o,
  output            mxr_o,
  output            satp_sv32_o,
  output     [21:0] satp_ppn_o
);
  `include "xvm_defs.vh"

  reg  [1:0]  priv_q;
  reg         sie_q, mie_q, spie_q, mpie_q, spp_q, mprv_q, sum_q, mxr_q, tvm_q, tw_q, tsr_q;
  reg  [1:0]  mpp_q;
  reg  [31:0] medeleg_q, mideleg_q, mie_r_q;
  reg  [29:0] mtvec_base_q, stvec_base_q;
  reg         mtvec_mode_q, stvec_mode_q;
  reg  [2:0]  mcounteren_q, scounteren_q;
  reg         menvcfg_fiom_q, senvcfg_fiom_q, stce_q;
  reg         ssip_q, stip_q, seip_q;
  reg  [63:0] mcycle_q, minstret_q, stimecmp_q;
  reg         satp_mode_q;
  reg  [21:0] satp_ppn_q;

  wire [31:0] vmctl;
  wire        vm, mpvm, gtr;

  // ---------------- derived state ----------------
  wire in_m = (priv_q == `XVM_PRIV_M);
  wire in_s = (priv_q == `XVM_PRIV_S);
  wire in_u = (priv_q == `XVM_PRIV_U);
  // mtime >= stimecmp as the carry out of mtime + ~stimecmp + 1: Yosys maps
  // a comparison on a 64-bit carry chain less tightly.
  wire [64:0] stc_sum = {1'b0, mtime_i} + {1'b0, ~stimecmp_q} + 65'd1;
  wire stip_now = stce_q ? stc_sum[64] : stip_q;
  wire [31:0] mip = {20'd0, irq_m_ext_i, 1'b0, seip_q | irq_s_ext_i, 1'b0, irq_m_timer_i, 1'b0,
                     stip_now, 1'b0, irq_m_soft_i, 1'b0, ssip_q, 1'b0};
  wire [31:0] mstatus = {9'd0, tsr_q, tw_q, tvm_q, mxr_q, sum_q, mprv_q, 4'd0, mpp_q, 2'd0,
                         spp_q, mpie_q, 1'b0, spie_q, 1'b0, mie_q, 1'b0, sie_q, 1'b0};

  // ---------------- CSR existence and read ----------------
  wire [11:0] a = addr_i;
  // Counter numbers 0-2 (cycle, time, instret) by bits: a comparison with a
  // constant becomes a carry chain.
  wire cnt_lo3 = (a[4:2] == 3'd0) && (a[1:0] != 2'b11);
  // Counter blocks of 32 numbers, by their first address.
  localparam [11:0] UCnt = `XVM_CSR_CYCLE, UCntH = `XVM_CSR_CYCLEH;
  localparam [11:0] MCnt = `XVM_CSR_MCYCLE, MCntH = `XVM_CSR_MCYCLEH;
  localparam [11:0] HpmEv = `XVM_CSR_MHPMEVENT3;
  wire a_ucnt  = (a[11:5] == UCnt[11:5]) || (a[11:5] == UCntH[11:5]);
  wire a_mhpm  = ((a[11:5] == MCnt[11:5]) || (a[11:5] == MCntH[11:5])) && !cnt_lo3;
  wire a_hpmev = (a[11:5] == HpmEv[11:5]) && !cnt_lo3;
  // Ranges by their address bits, since a comparison with a constant
  // becomes a carry chain: the PMP CSRs fill whole 16-number rows, the four
  // trigger CSRs one aligned group of four.
  localparam [11:0] PmpFirst  = `XVM_CSR_PMPCFG0;
  localparam [11:0] PmpLast   = `XVM_CSR_PMPADDR63;
  localparam [11:0] TrigFirst = `XVM_CSR_TSELECT;
  wire a_pmp   = (a[11:8] == PmpFirst[11:8]) && (a[7:4] >= PmpFirst[7:4]) && (a[7:4] <= PmpLast[7:4]);
  wire a_trig  = (a[11:2] == TrigFirst[11:2]);
  // The counters and their user aliases share one read path: a[1:0]
  // picks the counter, a[7] the half.
  wire a_mcnt  = (a == `XVM_CSR_MCYCLE) || (a == `XVM_CSR_MINSTRET) ||
                 (a == `XVM_CSR_MCYCLEH) || (a == `XVM_CSR_MINSTRETH);
  wire [63:0] cnt_val = (a[1:0] == 2'd0) ? mcycle_q : (a[1:0] == 2'd1) ? mtime_i : minstret_q;
  reg  exists;
  always @(*) begin
    exists = 1'b1;
    rdata_o = 32'd0;
    if (a_ucnt || a_mcnt) begin
      if (cnt_lo3) rdata_o = a[7] ? cnt_val[63:32] : cnt_val[31:0];
    end else if (a_mhpm || a_hpmev || a_pmp || a_trig) rdata_o = 32'd0;
    else case (a)
      `XVM_CSR_SSTATUS:    rdata_o = mstatus & `XVM_SSTATUS_MASK;
      `XVM_CSR_SIE:        rdata_o = mie_r_q & mideleg_q;
      `XVM_CSR_STVEC:      rdata_o = {stvec_base_q, 1'b0, stvec_mode_q};
      `XVM_CSR_SCOUNTEREN: rdata_o = {29'd0, scounteren_q};
      `XVM_CSR_SENVCFG:    rdata_o = {31'd0, senvcfg_fiom_q};
      `XVM_CSR_SSCRATCH, `XVM_CSR_SEPC, `XVM_CSR_SCAUSE, `XVM_CSR_STVAL: rdata_o = rec_rdata;
      `XVM_CSR_SIP:        rdata_o = mip & mideleg_q;
      `XVM_CSR_STIMECMP:   rdata_o = stimecmp_q[31:0];
      `XVM_CSR_STIMECMPH:  rdata_o = stimecmp_q[63:32];
      `XVM_CSR_SATP:       rdata_o = {satp_mode_q, 9'd0, satp_ppn_q};
      `XVM_CSR_VMCTL:      rdata_o = vmctl;
      `XVM_CSR_GSCRATCH, `XVM_CSR_GEPC, `XVM_CSR_GCAUSE, `XVM_CSR_GTVAL: rdata_o = rec_rdata;
      `XVM_CSR_MVENDORID:  rdata_o = `XVM_MVENDORID_VALUE;
      `XVM_CSR_MARCHID:    rdata_o = `XVM_MARCHID_VALUE;
      `XVM_CSR_MIMPID:     rdata_o = `XVM_MIMPID_VALUE;
      `XVM_CSR_MHARTID:    rdata_o = `XVM_MHARTID_VALUE;
      `XVM_CSR_MCONFIGPTR: rdata_o = 32'd0;
      `XVM_CSR_MSTATUS:    rdata_o = mstatus;
      `XVM_CSR_MISA:       rdata_o = `XVM_MISA_VALUE;
      `XVM_CSR_MEDELEG:    rdata_o = medeleg_q;
      `XVM_CSR_MIDELEG:    rdata_o = mideleg_q;
      `XVM_CSR_MIE:        rdata_o = mie_r_q;
      `XVM_CSR_MTVEC:      rdata_o = {mtvec_base_q, 1'b0, mtvec_mode_q};
      `XVM_CSR_MCOUNTEREN: rdata_o = {29'd0, mcounteren_q};
      `XVM_CSR_MENVCFG:    rdata_o = {31'd0, menvcfg_fiom_q};
      `XVM_CSR_MSTATUSH:   rdata_o = {24'd0, mpvm, 7'd0};
      `XVM_CSR_MENVCFGH:   rdata_o = {stce_q, 31'd0};
      `XVM_CSR_MCOUNTINHIBIT, `XVM_CSR_MTINST, `XVM_CSR_MTVAL2: rdata_o = 32'd0;
      `XVM_CSR_MSCRATCH, `XVM_CSR_MEPC, `XVM_CSR_MCAUSE, `XVM_CSR_MTVAL: rdata_o = rec_rdata;
      `XVM_CSR_MIP:        rdata_o = mip;
      default: exists = 1'b0;
    endcase
  end

  // ---------------- legality ----------------
  wire cnt_m = cnt_lo3 && mcounteren_q[a[1:0]];
  wire cnt_s = cnt_lo3 && scounteren_q[a[1:0]];
  wire cnt_bad = a_ucnt && ((in_s && !cnt_m) || (in_u && !(cnt_m && cnt_s)));
  wire stc_bad = ((a == `XVM_CSR_STIMECMP) || (a == `XVM_CSR_STIMECMPH)) && in_s &&
                 (!mcounteren_q[1] || !stce_q);
  wire satp_bad = (a == `XVM_CSR_SATP) && in_s && tvm_q;
  assign csr_illegal_o = csr_i && (!exists || (priv_q < a[9:8]) || (write_i && a[11:10] == 2'b11) ||
                                   cnt_bad || stc_bad || satp_bad);
  assign insn_illegal_o = (chk_mret_i && !in_m) ||
                          (chk_sret_i && (in_u || (in_s && tsr_q))) ||
                          (chk_wfi_i && (in_u || (in_s && tw_q))) ||
                          (chk_sfence_i && (in_u || (in_s && tvm_q)));

  // ---------------- traps and returns ----------------
  wire        is_irq = cause_i[31];
  wire [31:0] deleg = is_irq ? mideleg_q : medeleg_q;
  wire        to_s = !in_m && deleg[cause_i[4:0]];
  wire        trap_s = trap_i && to_s;
  wire        trap_m = trap_i && !to_s;
  wire [29:0] vbase = to_s ? stvec_base_q : mtvec_base_q;
  wire        vmode = to_s ? stvec_mode_q : mtvec_mode_q;
  assign trap_pc_o = {vbase + ((is_irq && vmode) ? {25'd0, cause_i[4:0]} : 30'd0), 2'b00};
  assign tlb_flush_o = we_i && (a == `XVM_CSR_SATP);

  xvm_vmstate u_vmstate (
    .clk_i         (clk_i),
    .rst_ni        (rst_ni),
    .trap_s_i      (trap_s),
    .trap_m_i      (trap_m),
    .mret_i        (mret_i),
    .mret_lower_i  (mpp_q != `XVM_PRIV_M),
    .sret_i        (sret_i),
    .vmsw_i        (vmsw_i),
    .vmsw_imm_i    (vmsw_imm_i),
    .vmctl_we_i    (we_i && a == `XVM_CSR_VMCTL),
    .mstatush_we_i (we_i && a == `XVM_CSR_MSTATUSH),
    .wdata_i       (wdata_i),
    .vm_o          (vm),
    .vm_d_o        (vm_d_o),
    .mpvm_o        (mpvm),
    .vamsb_o       (vamsb_o),
    .va_mask_o     (va_mask_o),
    .vmctl_o       (vmctl),
    .gtr_o         (gtr),
    .va_limit_o    (va_limit_o)
  );

  // ---------------- interrupts ----------------
  wire [31:0] pend = mip & mie_r_q;
  wire        m_en = !in_m || mie_q;
  wire        s_en = in_u || (in_s && (sie_q || vm));
  wire [31:0] m_pend = m_en ? (pend & ~mideleg_q) : 32'd0;
  wire [31:0] s_pend = (s_en && !in_m) ? (pend & mideleg_q) : 32'd0;
  // M-level interrupts first, then S-level; within a level MEI, MSI, MTI,
  // SEI, SSI, STI.
  wire [31:0] sel = (m_pend != 32'd0) ? m_pend : s_pend;
  reg  [4:0]  sel_code;
  always @(*) begin
    if (sel[`XVM_IRQ_MEI]) sel_code = `XVM_IRQ_MEI;
    else if (sel[`XVM_IRQ_MSI]) sel_code = `XVM_IRQ_MSI;
    else if (sel[`XVM_IRQ_MTI]) sel_code = `XVM_IRQ_MTI;
    else if (sel[`XVM_IRQ_SEI]) sel_code = `XVM_IRQ_SEI;
    else if (sel[`XVM_IRQ_SSI]) sel_code = `XVM_IRQ_SSI;
    else sel_code = `XVM_IRQ_STI;
  end
  assign irq_o = (m_pend != 32'd0) || (s_pend != 32'd0);
  assign irq_cause_o = {1'b1, 26'd0, sel_code};
  // wfi resumes as soon as any interrupt is pending, enabled or not: the
  // specification allows it, and software that waits with the interrupt
  // masked in mie (riscv-tests rv32si wfi) must not stall forever.
  assign wfi_wake_o = (mip != 32'd0);

  // ---------------- state update ----------------
  wire w_mstatus = we_i && a == `XVM_CSR_MSTATUS;
  wire w_sstatus = we_i && a == `XVM_CSR_SSTATUS;
  wire [31:0] wd = wdata_i;

  // privilege and mstatus
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      priv_q <= `XVM_PRIV_M;
      sie_q <= 1'b0; mie_q <= 1'b0; spie_q <= 1'b0; mpie_q <= 1'b0; spp_q <= 1'b0;
      mpp_q <= `XVM_PRIV_U; mprv_q <= 1'b0; sum_q <= 1'b0; mxr_q <= 1'b0;
      tvm_q <= 1'b0; tw_q <= 1'b0; tsr_q <= 1'b0;
    end else if (trap_s) begin
      spp_q <= priv_q[0];
      spie_q <= sie_q;
      sie_q <= 1'b0;
      priv_q <= `XVM_PRIV_S;
    end else if (trap_m) begin
      mpp_q <= priv_q;
      mpie_q <= mie_q;
      mie_q <= 1'b0;
      priv_q <= `XVM_PRIV_M;
    end else if (mret_i) begin
      priv_q <= mpp_q;
      mie_q <= mpie_q;
      mpie_q <= 1'b1;
      mpp_q <= `XVM_PRIV_U;
      if (mpp_q != `XVM_PRIV_M) mprv_q <= 1'b0;
    end else if (sret_i) begin
      priv_q <= {1'b0, spp_q};
      sie_q <= spie_q;
      spie_q <= 1'b1;
      spp_q <= 1'b0;
      mprv_q <= 1'b0;
    end else if (w_mstatus || w_sstatus) begin
      sie_q <= wd[`XVM_MSTATUS_SIE_BIT];
      spie_q <= wd[`XVM_MSTATUS_SPIE_BIT];
      spp_q <= wd[`XVM_MSTATUS_SPP_BIT];
      sum_q <= wd[`XVM_MSTATUS_SUM_BIT];
      mxr_q <= wd[`XVM_MSTATUS_MXR_BIT];
      if (w_mstatus) begin
        mie_q <= wd[`XVM_MSTATUS_MIE_BIT];
        mpie_q <= wd[`XVM_MSTATUS_MPIE_BIT];
        if (wd[`XVM_MSTATUS_MPP_LO+1:`XVM_MSTATUS_MPP_LO] != 2'b10)
          mpp_q <= wd[`XVM_MSTATUS_MPP_LO+1:`XVM_MSTATUS_MPP_LO];
        mprv_q <= wd[`XVM_MSTATUS_MPRV_BIT];
        tvm_q <= wd[`XVM_MSTATUS_TVM_BIT];
        tw_q <= wd[`XVM_MSTATUS_TW_BIT];
        tsr_q <= wd[`XVM_MSTATUS_TSR_BIT];
      end
    end
  end

  // Trap records and scratch registers (xscratch, xepc, xcause, xtval at
  // 0x140-0x143 and 0x340-0x343, and the guest's copies gscratch..gtval at
  // 0x5C4-0x5C7) live in three RAMs, block RAM on the FPGA, where as flops
  // with their multiplexers they took about 340 more logic cells.
  // Bank 0 holds scratch and epc, bank 1 cause, bank 2 tval, each at
  // {guest copy, M copy, address bit 0}, so that a trap writes all three
  // records at once. In S with VM=1 and vmctl.GTR the S numbers name the
  // guest's copies (R12); traps and sret never touch those. The RAMs are
  // read one cycle ahead, with the address of the instruction in X as it
  // enters M (mepc/sepc for mret/sret). A write never meets a read of the
  // same word that is used: a trap flushes the younger instructions, and
  // after a CSR write to a record the core holds a reader of that word in
  // X for a cycle (xvm_core's x_rec_hazard).
  wire        x_xret = x_mret_i || x_sret_i;
  localparam [11:0] Rec = `XVM_CSR_SSCRATCH;
  localparam [11:0] GRec = `XVM_CSR_GSCRATCH;
  wire        guest_alias = in_s && vm && gtr;
  wire        x_grec = (x_addr_i[11:2] == GRec[11:2]) ||
                       (guest_alias && x_addr_i[11:2] == Rec[11:2]);
  wire [2:0]  rec_raddr = {x_grec && !x_xret, x_mret_i || (!x_sret_i && x_addr_i[9]),
                           x_xret || x_addr_i[0]};
  // sscratch, sepc, scause, stval and their M twins: a[9] is the mode.
  wire        a_srec = (a[11:2] == Rec[11:2]);
  wire        a_grec = (a[11:2] == GRec[11:2]);
  assign      rec_o = a_grec || ({a[11:10], a[8:2]} == {Rec[11:10], Rec[8:2]});
  assign      guest_rec_o = gtr && a_srec;
  wire        w_rec = we_i && rec_o;
  wire [2:0]  rec_waddr = trap_i ? {1'b0, trap_m, 1'b1} : {a_grec || (guest_alias && a_srec), a[9], a[0]};
  wire [31:0] rec_rd0, rec_rd1, rec_rd2;
  wire [31:0] rec_rdata = !a[1] ? rec_rd0 : a[0] ? rec_rd2 : rec_rd1;
  assign xepc_o = rec_rd0;

  // xepc keeps bits 1:0 at zero (IALIGN 32)
  xvm_ram #(.Width(32), .AddrBits(3)) u_rec_epc (
    .clk_i   (clk_i),
    .we_i    (trap_i || (w_rec && !a[1])),
    .waddr_i (rec_waddr),
    .wdata_i (trap_i ? {epc_i[31:2], 2'b00} : {wd[31:2], a[0] ? 2'b00 : wd[1:0]}),
    .re_i    (x_adv_i),
    .raddr_i (rec_raddr),
    .rdata_o (rec_rd0)
  );
  xvm_ram #(.Width(32), .AddrBits(3)) u_rec_cause (
    .clk_i   (clk_i),
    .we_i    (trap_i || (w_rec && a[1] && !a[0])),
    .waddr_i ({rec_waddr[2:1], 1'b0}),
    .wdata_i (trap_i ? cause_i : wd),
    .re_i    (x_adv_i),
    .raddr_i (rec_raddr),
    .rdata_o (rec_rd1)
  );
  xvm_ram #(.Width(32), .AddrBits(3)) u_rec_tval (
    .clk_i   (clk_i),
    .we_i    (trap_i || (w_rec && a[1] && a[0])),
    .waddr_i ({rec_waddr[2:1], 1'b1}),
    .wdata_i (trap_i ? tval_i : wd),
    .re_i    (x_adv_i),
    .raddr_i (rec_raddr),
    .rdata_o (rec_rd2)
  );

  // configuration CSRs
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      medeleg_q <= 32'd0; mideleg_q <= 32'd0; mie_r_q <= 32'd0;
      mtvec_base_q <= 30'd0; mtvec_mode_q <= 1'b0; stvec_base_q <= 30'd0; stvec_mode_q <= 1'b0;
      mcounteren_q <= 3'd0; scounteren_q <= 3'd0;
      menvcfg_fiom_q <= 1'b0; senvcfg_fiom_q <= 1'b0; stce_q <= 1'b0;
      ssip_q <= 1'b0; stip_q <= 1'b0; seip_q <= 1'b0;
      satp_mode_q <= 1'b0; satp_ppn_q <= 22'd0;
    end else if (we_i) begin
      case (a)
        `XVM_CSR_MEDELEG:    medeleg_q <= wd & `XVM_MEDELEG_MASK;
        `XVM_CSR_MIDELEG:    mideleg_q <= wd & `XVM_MIDELEG_MASK;
        `XVM_CSR_MIE:        mie_r_q <= wd & `XVM_MIE_MASK;
        `XVM_CSR_SIE:        mie_r_q <= (mie_r_q & ~mideleg_q) | (wd & mideleg_q);
        `XVM_CSR_MTVEC: begin
          mtvec_base_q <= wd[31:2];
          if (!wd[1]) mtvec_mode_q <= wd[0];
        end
        `XVM_CSR_STVEC: begin
          stvec_base_q <= wd[31:2];
          if (!wd[1]) stvec_mode_q <= wd[0];
        end
        `XVM_CSR_MCOUNTEREN: mcounteren_q <= wd[2:0];
        `XVM_CSR_SCOUNTEREN: scounteren_q <= wd[2:0];
        `XVM_CSR_MENVCFG:    menvcfg_fiom_q <= wd[0];
        `XVM_CSR_SENVCFG:    senvcfg_fiom_q <= wd[0];
        `XVM_CSR_MENVCFGH:   stce_q <= wd[31];
        `XVM_CSR_MIP: begin
          ssip_q <= wd[`XVM_IRQ_SSI];
          if (!stce_q) stip_q <= wd[`XVM_IRQ_STI];
          seip_q <= wd[`XVM_IRQ_SEI];
        end
        `XVM_CSR_SIP:        if (mideleg_q[`XVM_IRQ_SSI]) ssip_q <= wd[`XVM_IRQ_SSI];
        `XVM_CSR_SATP: begin
          satp_mode_q <= wd[31];
          satp_ppn_q <= wd[21:0];
        end
        default: ;
      endcase
    end
  end

  // counters and Sstc compare value
  wire w_mcycle    = we_i && (a == `XVM_CSR_MCYCLE);
  wire w_mcycleh   = we_i && (a == `XVM_CSR_MCYCLEH);
  wire w_minstret  = we_i && (a == `XVM_CSR_MINSTRET);
  wire w_minstreth = we_i && (a == `XVM_CSR_MINSTRETH);
  wire [63:0] mcycle_inc = mcycle_q + 64'd1;
  wire [63:0] minstret_inc = minstret_q + {63'd0, retire_i};
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      mcycle_q <= 64'd0;
      minstret_q <= 64'd0;
      stimecmp_q <= 64'hFFFF_FFFF_FFFF_FFFF;
    end else begin
      if (w_mcycle) mcycle_q <= {mcycle_q[63:32], wd};
      else if (w_mcycleh) mcycle_q <= {wd, mcycle_q[31:0]};
      else mcycle_q <= mcycle_inc;
      if (w_minstret) minstret_q <= {minstret_q[63:32], wd};
      else if (w_minstreth) minstret_q <= {wd, minstret_q[31:0]};
      else minstret_q <= minstret_inc;
      if (we_i && a == `XVM_CSR_STIMECMP) stimecmp_q[31:0] <= wd;
      if (we_i && a == `XVM_CSR_STIMECMPH) stimecmp_q[63:32] <= wd;
    end
  end

  assign priv_o = priv_q;
  assign vm_o = vm;
  assign mpvm_o = mpvm;
  assign mprv_o = mprv_q;
  assign mpp_o = mpp_q;
  assign sum_o = sum_q;
  assign mxr_o = mxr_q;
  assign satp_sv32_o = satp_mode_q;
  assign satp_ppn_o = satp_ppn_q;
  wire unused_ok = &{1'b0, stc_sum[63:0], epc_i[1:0], sel[31:12], sel[10], sel[8], sel[6], sel[5], sel[4], sel[2], sel[0], menvcfg_fiom_q, senvcfg_fiom_q, mip[31:12], x_addr_i[11:10], x_addr_i[8:1]};
endmodule
