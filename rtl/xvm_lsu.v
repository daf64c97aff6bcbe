// SPDX-License-Identifier: Apache-2.0
// xvm_lsu - load/store unit and data-side memory system: the data MMU port,
// the shared page-table walker and the data-bus arbiter.
// Fast path: an aligned load/store whose translation hits is sent to the
// bus at the end of X, so its data arrives in M. Everything else (TLB miss,
// misaligned access split into two words inside one 4 KiB page, AMO, SC,
// bus busy with a walk) is sequenced in M while the pipeline waits. The
// unit also holds the LR/SC reservation.
module xvm_lsu #(
  parameter TlbEntries = 4
) (
  input             clk_i,
  input             rst_ni,
  // translation state for data accesses (MPRV already applied)
  input      [1:0]  priv_i,
  input             xlate_i,
  input             sum_i,
  input             mxr_i,
  input             vm_i,
  input      [31:0] va_mask_i,
  input      [21:0] satp_ppn_i,
  input             tlb_flush_i,
  // execute stage
  input             x_valid_i,    // memory instruction in X without earlier exception
  input             x_go_i,       // X advances this cycle if its request is granted
  input             x_to_m_i,     // X moves into M this cycle
  input             x_load_i,
  input             x_store_i,
  input             x_amo_i,
  input             x_lr_i,
  input             x_sc_i,
  input      [4:0]  x_amo_op_i,
  input      [1:0]  x_size_i,
  input             x_unsigned_i,
  input      [31:0] x_vaddr_i,
  input      [31:0] x_wdata_i,
  output            x_stall_o,
  // AMO arithmetic through the execute stage's ALU
  output            amo_alu_o,
  output     [3:0]  amo_op_o,
  output     [31:0] amo_a_o,
  output     [31:0] amo_b_o,
  input      [31:0] amo_res_i,
  // memory stage
  input             m_adv_i,      // the M register loads this cycle
  input             m_commit_i,   // the M instruction retires
  input             resv_clear_i, // trap entry, mret, sret
  output            m_busy_o,
  output            m_exc_o,
  output     [4:0]  m_cause_o,
  output     [31:0] m_rdata_o,
  output     [31:0] m_paddr_o,
  output     [31:0] m_sdata_o,
  output            m_we_o,
  output            m_re_o,
  // instruction-side walks
  input             iw_req_i,
  input      [19:0] iw_vpn_i,
  output            iw_done_o,
  output            iw_page_fault_o,
  output            iw_access_fault_o,
  output            i_fill_o,
  output     [19:0] fill_vpn_o,
  output            fill_super_o,
  output     [21:0] fill_ppn_o,
  output     [8:0]  fill_flags_o,
  // data bus
  output            dbus_req_o,
  output     [31:0] dbus_addr_o,
  output            dbus_we_o,
  output     [3:0]  dbus_be_o,
  output     [31:0] dbus_wdata_o,
  input             dbus_gnt_i,
  input             dbus_rvalid_i,
  input      [31:0] dbus_rdata_i,
  input             dbus_err_i
);
  `include "xvm_defs.vh"
  `include "xvm_core_defs.vh"

  localparam [3:0] SeqXlate = 4'd0;
  localparam [3:0] SeqWalk  = 4'd1;
  localparam [3:0] SeqExc   = 4'd2;
  localparam [3:0] SeqReq1  = 4'd3;
  localparam [3:0] SeqRsp1  = 4'd4;
  localparam [3:0] SeqReq2  = 4'd5;
  localparam [3:0] SeqRsp2  = 4'd6;
  localparam [3:0] SeqReqW  = 4'd7;
  localparam [3:0] SeqRspW  = 4'd8;

  localparam [1:0] OwnNone = 2'd0;
  localparam [1:0] OwnFast = 2'd1;
  localparam [1:0] OwnSeq  = 2'd2;
  localparam [1:0] OwnPtw  = 2'd3;

  // ---------------- M-stage registers ----------------
  reg        m_valid_q, m_xexc_q, m_slow_q, m_split_q;
  reg [4:0]  m_xcause_q;
  reg        m_load_q, m_store_q, m_amo_q, m_lr_q, m_sc_q, m_unsigned_q;
  reg [4:0]  m_amo_op_q;
  reg [1:0]  m_size_q;
  reg [31:0] m_vaddr_q, m_paddr_q, m_wrot_q;
  reg [3:0]  seq_q;
  reg [31:0] seq_old_q, seq_new_q;   // first word read (an AMO's old value); AMO result
  reg [4:0]  seq_cause_q;
  reg        seq_sc_fail_q;
  reg [1:0]  owner_q;
  reg        resv_valid_q;
  reg [29:0] resv_addr_q;
  reg        ptw_for_i_q, ptw_stale_q;

  wire m_seq = m_valid_q && m_slow_q && !m_xexc_q;
  wire m_class_store = m_store_q || m_amo_q || m_sc_q;

  // ---------------- data MMU port ----------------
  wire        use_m = m_seq && (seq_q == SeqXlate);
  wire [31:0] mmu_va = use_m ? m_vaddr_q : x_vaddr_i;
  wire        x_class_store = x_store_i || x_amo_i || x_sc_i;
  wire [1:0]  mmu_acc = (use_m ? m_class_store : x_class_store) ? AccStore : AccLoad;
  wire        mmu_mask, mmu_miss, mmu_pf;
  wire [31:0] mmu_pa;
  wire [8:0]  unused_leaf;

  wire        ptw_busy, ptw_req, ptw_done, ptw_pf, ptw_af, ptw_super;
  wire [31:0] ptw_addr;
  wire [19:0] ptw_vpn;
  wire [21:0] ptw_ppn;
  wire [8:0]  ptw_flags;
  wire        fill_ok = ptw_done && !ptw_pf && !ptw_af && !ptw_stale_q;
  wire        dtlb_fill  = fill_ok && !ptw_for_i_q;

  xvm_mmu #(.TlbEntries(TlbEntries)) u_dmmu (
    .clk_i        (clk_i),
    .rst_ni       (rst_ni),
    .flush_i      (tlb_flush_i),
    .va_i         (mmu_va),
    .acc_i        (mmu_acc),
    .priv_i       (priv_i),
    .xlate_i      (xlate_i),
    .sum_i        (sum_i),
    .mxr_i        (mxr_i),
    .vm_i         (vm_i),
    .va_mask_i    (va_mask_i),
    .mask_fault_o (mmu_mask),
    .miss_o       (mmu_miss),
    .page_fault_o (mmu_pf),
    .pa_o         (mmu_pa),
    .leaf_flags_o (unused_leaf),
    .fill_i       (dtlb_fill),
    .fill_vpn_i   (ptw_vpn),
    .fill_super_i (ptw_super),
    .fill_ppn_i   (ptw_ppn),
    .fill_flags_i (ptw_flags)
  );

  // ---------------- X stage: checks and fast path ----------------
  wire [1:0] off = x_vaddr_i[1:0];
  wire x_cross_word = (x_size_i == 2'd1 && off == 2'd3) || (x_size_i == 2'd2 && off != 2'd0);
  wire x_unaligned  = (x_size_i == 2'd1 && off[0]) || (x_size_i == 2'd2 && off != 2'd0);
  wire x_cross_page = x_cross_word && (x_vaddr_i[11:2] == 10'h3FF);
  wire x_atomic     = x_amo_i || x_lr_i || x_sc_i;
  // The second half of a split access is checked against the VA mask too.
  // It starts at the next word, which is outside the limit (a contiguous
  // low mask) exactly when the first word reaches past or up to the limit;
  // wrapping past 0xFFFFFFFF cannot happen here (that access crosses a page).
  wire        x_mask_last;
  wire        x_mask2 = x_mask_last || (vm_i && ({x_vaddr_i[31:2], 2'b11} == va_mask_i));
  xvm_vamask u_vamask_hi (
    .vm_i    (vm_i),
    .limit_i (va_mask_i),
    .va_i    ({x_vaddr_i[31:2], 2'b11}),
    .fault_o (x_mask_last)
  );
  reg        x_exc;
  reg  [4:0] x_cause;
  always @(*) begin
    x_exc = 1'b1;
    x_cause = x_class_store ? `XVM_EXC_STORE_MISALIGNED : `XVM_EXC_LOAD_MISALIGNED;
    if ((x_atomic && x_unaligned) || x_cross_page) x_exc = 1'b1;
    else if (mmu_mask || (x_cross_word && x_mask2)) x_cause = x_class_store ? `XVM_EXC_STORE_ACCESS : `XVM_EXC_LOAD_ACCESS;
    else if (mmu_pf) x_cause = x_class_store ? `XVM_EXC_STORE_PAGE_FAULT : `XVM_EXC_LOAD_PAGE_FAULT;
    else x_exc = 1'b0;
  end

  wire dbus_free = !ptw_busy && !m_seq;
  wire x_fast = !x_exc && !x_cross_word && !x_amo_i && !x_sc_i && !mmu_miss && dbus_free;
  wire x_fire = x_valid_i && x_go_i && x_fast;
  assign x_stall_o = x_fire && !dbus_gnt_i;

  wire [3:0] size_mask = (x_size_i == 2'd0) ? 4'b0001 : (x_size_i == 2'd1) ? 4'b0011 : 4'b1111;
  wire [3:0] x_be = size_mask << off;
  // Byte k of the store data goes to byte lane (offset+k) mod 4 of whichever
  // word holds it, so one rotation serves both halves of a split access.
  function [31:0] rotl_bytes;
    input [31:0] v;
    input [1:0]  n;
    begin
      case (n)
        2'd0:    rotl_bytes = v;
        2'd1:    rotl_bytes = {v[23:0], v[31:24]};
        2'd2:    rotl_bytes = {v[15:0], v[31:16]};
        default: rotl_bytes = {v[7:0], v[31:8]};
      endcase
    end
  endfunction
  wire [31:0] x_wd = rotl_bytes(x_wdata_i, off);

  // ---------------- M stage sequencer ----------------
  wire rsp_fast = dbus_rvalid_i && owner_q == OwnFast;
  wire rsp_seq  = dbus_rvalid_i && owner_q == OwnSeq;
  wire rsp_ptw  = dbus_rvalid_i && owner_q == OwnPtw;

  wire resv_hit = resv_valid_q && resv_addr_q == m_paddr_q[31:2];
  // A failing SC still reads its word, so that an address without a device
  // raises the store access fault; nothing is written.
  wire sc_fail_now = m_sc_q && !resv_hit;
  wire rsp_err = rsp_seq && dbus_err_i;
  reg  done_now;
  always @(*) begin
    case (seq_q)
      SeqExc:  done_now = 1'b1;
      SeqRsp1: done_now = rsp_seq && (dbus_err_i || (!m_split_q && !m_amo_q));
      SeqRsp2, SeqRspW: done_now = rsp_seq;
      default: done_now = 1'b0;
    endcase
  end
  assign m_busy_o = m_seq && !done_now;

  // byte lanes of a possibly split access (second word lanes in [7:4])
  wire [1:0] m_off = m_vaddr_q[1:0];
  wire [3:0] m_mask = (m_size_q == 2'd0) ? 4'b0001 : (m_size_q == 2'd1) ? 4'b0011 : 4'b1111;
  wire [7:0] m_be8 = {4'b0000, m_mask} << m_off;

  wire seq_req = m_seq && !ptw_busy &&
                 (seq_q == SeqReq1 || seq_q == SeqReq2 || seq_q == SeqReqW);
  reg [31:0] seq_addr, seq_wdata;
  reg        seq_we;
  reg [3:0]  seq_be;
  always @(*) begin
    seq_addr = {m_paddr_q[31:2], 2'b00};
    seq_we = m_class_store && !m_amo_q && !(m_sc_q && sc_fail_now);
    seq_be = m_be8[3:0];
    seq_wdata = m_wrot_q;
    if (seq_q == SeqReq2) begin
      seq_addr = {m_paddr_q[31:2] + 30'd1, 2'b00};
      seq_be = m_be8[7:4];
    end else if (seq_q == SeqReqW) begin
      seq_we = 1'b1;
      seq_be = 4'b1111;
      seq_wdata = seq_new_q;
    end
    if (!seq_we) seq_be = 4'b1111;
  end

  // AMO arithmetic on the old word, done by the execute stage's ALU, which
  // is idle while the sequencer runs (X waits behind M).
  wire        amo_minmax = m_amo_op_q[4];
  wire        amo_max    = m_amo_op_q[2];
  assign amo_alu_o = m_seq && m_amo_q && seq_q == SeqRsp1;
  assign amo_a_o   = dbus_rdata_i;
  // AMOs are aligned, so their rotated store data is the register value.
  assign amo_b_o   = m_wrot_q;
  reg  [3:0]  amo_op;
  always @(*) begin
    case (m_amo_op_q)
      `XVM_AMO_XOR:               amo_op = AluXor;
      `XVM_AMO_AND:               amo_op = AluAnd;
      `XVM_AMO_OR:                amo_op = AluOr;
      `XVM_AMO_MIN, `XVM_AMO_MAX:   amo_op = AluSlt;
      `XVM_AMO_MINU, `XVM_AMO_MAXU: amo_op = AluSltu;
      default:                    amo_op = AluAdd;
    endcase
  end
  assign amo_op_o = amo_op;
  wire [31:0] amo_new = amo_minmax ? ((amo_res_i[0] ^ amo_max) ? dbus_rdata_i : m_wrot_q) :
                        (m_amo_op_q == `XVM_AMO_SWAP) ? m_wrot_q : amo_res_i;

  // PTW arbitration: data walks (from the sequencer) first
  wire dw_start = m_seq && seq_q == SeqXlate && mmu_miss && !ptw_busy;
  wire iw_start = iw_req_i && !ptw_busy && !m_seq && !x_fire;
  wire ptw_start = dw_start || iw_start;

  xvm_ptw u_ptw (
    .clk_i          (clk_i),
    .rst_ni         (rst_ni),
    .start_i        (ptw_start),
    .vpn_i          (dw_start ? m_vaddr_q[31:12] : iw_vpn_i),
    .root_ppn_i     (satp_ppn_i),
    .busy_o         (ptw_busy),
    .bus_req_o      (ptw_req),
    .bus_addr_o     (ptw_addr),
    .bus_gnt_i      (dbus_gnt_i),
    .bus_rvalid_i   (rsp_ptw),
    .bus_rdata_i    (dbus_rdata_i),
    .bus_err_i      (dbus_err_i),
    .done_o         (ptw_done),
    .page_fault_o   (ptw_pf),
    .access_fault_o (ptw_af),
    .leaf_vpn_o     (ptw_vpn),
    .leaf_super_o   (ptw_super),
    .leaf_ppn_o     (ptw_ppn),
    .leaf_flags_o   (ptw_flags)
  );

  // A walk overtaken by a TLB flush reports nothing: fetch walks again.
  assign iw_done_o         = ptw_done && ptw_for_i_q && !ptw_stale_q;
  assign iw_page_fault_o   = ptw_pf;
  assign iw_access_fault_o = ptw_af;
  assign i_fill_o          = fill_ok && ptw_for_i_q;
  assign fill_vpn_o        = ptw_vpn;
  assign fill_super_o      = ptw_super;
  assign fill_ppn_o        = ptw_ppn;
  assign fill_flags_o      = ptw_flags;

  // ---------------- data bus ----------------
  assign dbus_req_o   = ptw_req || seq_req || x_fire;
  assign dbus_addr_o  = ptw_req ? ptw_addr : seq_req ? seq_addr : {mmu_pa[31:2], 2'b00};
  assign dbus_we_o    = ptw_req ? 1'b0 : seq_req ? seq_we : x_class_store;
  assign dbus_be_o    = ptw_req ? 4'b1111 : seq_req ? seq_be : (x_class_store ? x_be : 4'b1111);
  assign dbus_wdata_o = seq_req ? seq_wdata : x_wd;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) owner_q <= OwnNone;
    else if (dbus_req_o && dbus_gnt_i) owner_q <= ptw_req ? OwnPtw : seq_req ? OwnSeq : OwnFast;
    else owner_q <= OwnNone;
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ptw_for_i_q <= 1'b0;
      ptw_stale_q <= 1'b0;
    end else begin
      if (ptw_start) begin
        ptw_for_i_q <= !dw_start;
        ptw_stale_q <= 1'b0;
      end else if (tlb_flush_i && ptw_busy) ptw_stale_q <= 1'b1;
    end
  end

  // M register: loaded from X
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      m_valid_q <= 1'b0; m_xexc_q <= 1'b0; m_slow_q <= 1'b0; m_split_q <= 1'b0;
      m_xcause_q <= 5'd0; m_load_q <= 1'b0; m_store_q <= 1'b0; m_amo_q <= 1'b0;
      m_lr_q <= 1'b0; m_sc_q <= 1'b0; m_unsigned_q <= 1'b0; m_amo_op_q <= 5'd0;
      m_size_q <= 2'd0; m_vaddr_q <= 32'd0; m_wrot_q <= 32'd0;
    end else if (m_adv_i) begin
      m_valid_q <= x_valid_i && x_to_m_i;
      m_xexc_q <= x_exc;
      m_xcause_q <= x_cause;
      m_slow_q <= !x_fast;
      m_split_q <= x_cross_word;
      m_load_q <= x_load_i;
      m_store_q <= x_store_i;
      m_amo_q <= x_amo_i;
      m_lr_q <= x_lr_i;
      m_sc_q <= x_sc_i;
      m_unsigned_q <= x_unsigned_i;
      m_amo_op_q <= x_amo_op_i;
      m_size_q <= x_size_i;
      m_vaddr_q <= x_vaddr_i;
      m_wrot_q <= x_wd;
    end
  end

  // sequencer state, physical address, collected data
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      seq_q <= SeqXlate;
      m_paddr_q <= 32'd0;
      seq_old_q <= 32'd0;
      seq_new_q <= 32'd0;
      seq_cause_q <= 5'd0;
      seq_sc_fail_q <= 1'b0;
    end else if (m_adv_i) begin
      seq_q <= SeqXlate;
      m_paddr_q <= mmu_pa;
      seq_sc_fail_q <= 1'b0;
    end else if (m_seq) begin
      case (seq_q)
        SeqXlate: begin
          if (mmu_pf) begin
            seq_q <= SeqExc;
            seq_cause_q <= m_class_store ? `XVM_EXC_STORE_PAGE_FAULT : `XVM_EXC_LOAD_PAGE_FAULT;
          end else if (mmu_miss) begin
            if (dw_start) seq_q <= SeqWalk;
          end else begin
            seq_q <= SeqReq1;
            m_paddr_q <= mmu_pa;
          end
        end
        SeqWalk: if (ptw_done) begin
          if (ptw_pf) begin
            seq_q <= SeqExc;
            seq_cause_q <= m_class_store ? `XVM_EXC_STORE_PAGE_FAULT : `XVM_EXC_LOAD_PAGE_FAULT;
          end else if (ptw_af) begin
            seq_q <= SeqExc;
            seq_cause_q <= m_class_store ? `XVM_EXC_STORE_ACCESS : `XVM_EXC_LOAD_ACCESS;
          end else seq_q <= SeqXlate;
        end
        SeqReq1: if (seq_req && dbus_gnt_i) begin
          seq_q <= SeqRsp1;
          seq_sc_fail_q <= sc_fail_now;
        end
        SeqRsp1: if (rsp_seq && !dbus_err_i) begin
          seq_old_q <= dbus_rdata_i;
          seq_new_q <= amo_new;
          seq_q <= m_split_q ? SeqReq2 : SeqReqW;
        end
        SeqReq2: if (seq_req && dbus_gnt_i) seq_q <= SeqRsp2;
        SeqReqW: if (seq_req && dbus_gnt_i) seq_q <= SeqRspW;
        default: ;
      endcase
    end
  end

  // reservation
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      resv_valid_q <= 1'b0;
      resv_addr_q <= 30'd0;
    end else if (resv_clear_i) resv_valid_q <= 1'b0;
    else if (m_commit_i && m_valid_q && m_lr_q) begin
      resv_valid_q <= 1'b1;
      resv_addr_q <= m_paddr_q[31:2];
    end else if (m_commit_i && m_valid_q && m_sc_q) resv_valid_q <= 1'b0;
  end

  // ---------------- M results ----------------
  wire [31:0] w0 = (m_split_q && seq_q == SeqRsp2) ? seq_old_q : dbus_rdata_i;
  // Lanes at or above the offset come from the first word, those below it
  // from the second; rotating right by the offset puts byte 0 first.
  wire [3:0]  lane_lo = 4'b1111 << m_off;
  wire [31:0] merged = {lane_lo[3] ? w0[31:24] : dbus_rdata_i[31:24],
                        lane_lo[2] ? w0[23:16] : dbus_rdata_i[23:16],
                        lane_lo[1] ? w0[15:8]  : dbus_rdata_i[15:8],
                        lane_lo[0] ? w0[7:0]   : dbus_rdata_i[7:0]};
  wire [31:0] both = rotl_bytes(merged, 2'd0 - m_off);
  reg  [31:0] load_val;
  always @(*) begin
    case (m_size_q)
      2'd0:    load_val = {{24{!m_unsigned_q && both[7]}}, both[7:0]};
      2'd1:    load_val = {{16{!m_unsigned_q && both[15]}}, both[15:0]};
      default: load_val = both[31:0];
    endcase
  end

  wire fast_err = m_valid_q && !m_slow_q && !m_xexc_q && rsp_fast && dbus_err_i;
  wire seq_exc  = m_seq && ((seq_q == SeqExc) || rsp_err);
  assign m_exc_o = m_valid_q && (m_xexc_q || fast_err || seq_exc);
  assign m_cause_o = m_xexc_q ? m_xcause_q :
                     (m_seq && seq_q == SeqExc) ? seq_cause_q :
                     (m_class_store ? `XVM_EXC_STORE_ACCESS : `XVM_EXC_LOAD_ACCESS);
  assign m_rdata_o = m_sc_q ? {31'd0, seq_sc_fail_q} :
                     m_amo_q ? seq_old_q : load_val;
  assign m_paddr_o = m_paddr_q;
  // The retire port's store data is the register value: undo the lane rotation.
  assign m_sdata_o = m_amo_q ? seq_new_q : rotl_bytes(m_wrot_q, 2'd0 - m_off);
  assign m_we_o = m_valid_q && (m_store_q || m_amo_q || (m_sc_q && !seq_sc_fail_q));
  assign m_re_o = m_valid_q && (m_load_q || m_amo_q || m_lr_q);
`ifndef SYNTHESIS
  // Assertions (simulation only, as in xvm_core): the sequencer is always
  // in one of its states.
  always @(posedge clk_i) begin
    if (seq_q > SeqRspW) begin
      $display("%m: assertion failed: LSU sequencer in state %0d", seq_q);
      $fatal;
    end
  end
`endif
endmodule
