// SPDX-License-Identifier: Apache-2.0
// xvm_decoder - decode stage: instruction fields, immediates, operand and
// unit selects, and every encoding-level illegal-instruction cause. Checks
// that depend on privilege or CSR state (CSR access, xRET, wfi, sfence.vma,
// vmsw) are made later by xvm_csr and xvm_vmsw.
module xvm_decoder (
  input      [31:0] insn_i,
  output     [4:0]  rs1_o,
  output     [4:0]  rs2_o,
  output     [4:0]  rd_o,
  output reg        uses_rs1_o,
  output reg        uses_rs2_o,
  output reg        rd_we_o,
  output reg [31:0] imm_o,
  output reg [3:0]  alu_op_o,
  output reg        a_pc_o,       // operand A = pc
  output reg        a_zero_o,     // operand A = 0
  output reg        b_imm_o,      // operand B = immediate
  output reg        branch_o,
  output reg        jal_o,
  output reg        jalr_o,
  output reg        load_o,
  output reg        store_o,
  output reg        amo_o,        // AMO read-modify-write
  output reg        lr_o,
  output reg        sc_o,
  output     [4:0]  amo_op_o,
  output     [1:0]  mem_size_o,
  output            mem_unsigned_o,
  output reg        mul_o,
  output reg        div_o,
  output reg        csr_o,
  output reg        ecall_o,
  output reg        ebreak_o,
  output reg        mret_o,
  output reg        sret_o,
  output reg        wfi_o,
  output reg        sfence_o,
  output reg        fencei_o,
  output reg        vmsw_o,
  output reg        illegal_o
);
  `include "xvm_defs.vh"
  `include "xvm_core_defs.vh"

  wire [6:0] opcode = insn_i[6:0];
  wire [2:0] funct3 = insn_i[14:12];
  wire [6:0] funct7 = insn_i[31:25];

  assign rs1_o = insn_i[19:15];
  assign rs2_o = insn_i[24:20];
  assign rd_o  = insn_i[11:7];
  assign amo_op_o = insn_i[31:27];
  assign mem_size_o = funct3[1:0];
  assign mem_unsigned_o = funct3[2];

  wire [31:0] imm_i = {{21{insn_i[31]}}, insn_i[30:20]};
  wire [31:0] imm_s = {{21{insn_i[31]}}, insn_i[30:25], insn_i[11:7]};
  wire [31:0] imm_b = {{20{insn_i[31]}}, insn_i[7], insn_i[30:25], insn_i[11:8], 1'b0};
  wire [31:0] imm_u = {insn_i[31:12], 12'd0};
  wire [31:0] imm_j = {{12{insn_i[31]}}, insn_i[19:12], insn_i[20], insn_i[30:21], 1'b0};

  reg [3:0] alu_rr;
  always @(*) begin
    case (funct3)
      `XVM_F3_ADD:  alu_rr = (funct7[5] && opcode[5]) ? AluSub : AluAdd;
      `XVM_F3_SLL:  alu_rr = AluSll;
      `XVM_F3_SLT:  alu_rr = AluSlt;
      `XVM_F3_SLTU: alu_rr = AluSltu;
      `XVM_F3_XOR:  alu_rr = AluXor;
      `XVM_F3_SR:   alu_rr = funct7[5] ? AluSra : AluSrl;
      `XVM_F3_OR:   alu_rr = AluOr;
      default:      alu_rr = AluAnd;
    endcase
  end

  wire amo_fn_ok = (amo_op_o == `XVM_AMO_ADD) || (amo_op_o == `XVM_AMO_SWAP) ||
                   (amo_op_o == `XVM_AMO_XOR) || (amo_op_o == `XVM_AMO_AND) ||
                   (amo_op_o == `XVM_AMO_OR)  || (amo_op_o == `XVM_AMO_MIN) ||
                   (amo_op_o == `XVM_AMO_MAX) || (amo_op_o == `XVM_AMO_MINU) ||
                   (amo_op_o == `XVM_AMO_MAXU);

  always @(*) begin
    uses_rs1_o = 1'b0; uses_rs2_o = 1'b0; rd_we_o = 1'b0; imm_o = imm_i;
    alu_op_o = AluAdd; a_pc_o = 1'b0; a_zero_o = 1'b0; b_imm_o = 1'b1;
    branch_o = 1'b0; jal_o = 1'b0; jalr_o = 1'b0; load_o = 1'b0; store_o = 1'b0;
    amo_o = 1'b0; lr_o = 1'b0; sc_o = 1'b0; mul_o = 1'b0; div_o = 1'b0;
    csr_o = 1'b0; ecall_o = 1'b0; ebreak_o = 1'b0; mret_o = 1'b0; sret_o = 1'b0;
    wfi_o = 1'b0; sfence_o = 1'b0; fencei_o = 1'b0; vmsw_o = 1'b0; illegal_o = 1'b0;
    if (insn_i[1:0] != 2'b11) illegal_o = 1'b1;
    else case (opcode)
      `XVM_OPCODE_LUI: begin rd_we_o = 1'b1; imm_o = imm_u; a_zero_o = 1'b1; end
      `XVM_OPCODE_AUIPC: begin rd_we_o = 1'b1; imm_o = imm_u; a_pc_o = 1'b1; end
      `XVM_OPCODE_JAL: begin rd_we_o = 1'b1; imm_o = imm_j; jal_o = 1'b1; end
      `XVM_OPCODE_JALR: begin
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; jalr_o = 1'b1;
        illegal_o = (funct3 != `XVM_F3_JALR);
      end
      `XVM_OPCODE_BRANCH: begin
        uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; imm_o = imm_b; branch_o = 1'b1; b_imm_o = 1'b0;
        alu_op_o = funct3[1] ? AluSltu : AluSlt;
        illegal_o = (funct3 != `XVM_F3_BEQ) && (funct3 != `XVM_F3_BNE) &&
                    (funct3 != `XVM_F3_BLT) && (funct3 != `XVM_F3_BGE) &&
                    (funct3 != `XVM_F3_BLTU) && (funct3 != `XVM_F3_BGEU);
      end
      `XVM_OPCODE_LOAD: begin
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; load_o = 1'b1;
        illegal_o = (funct3 != `XVM_F3_LB) && (funct3 != `XVM_F3_LH) && (funct3 != `XVM_F3_LW) &&
                    (funct3 != `XVM_F3_LBU) && (funct3 != `XVM_F3_LHU);
      end
      `XVM_OPCODE_STORE: begin
        uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; imm_o = imm_s; store_o = 1'b1;
        illegal_o = (funct3 != `XVM_F3_SB) && (funct3 != `XVM_F3_SH) && (funct3 != `XVM_F3_SW);
      end
      `XVM_OPCODE_OP_IMM: begin
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; alu_op_o = alu_rr;
        if (funct3 == `XVM_F3_SLL) illegal_o = (funct7 != `XVM_F7_BASE);
        if (funct3 == `XVM_F3_SR) illegal_o = (funct7 != `XVM_F7_BASE) && (funct7 != `XVM_F7_ALT);
      end
      `XVM_OPCODE_OP: begin
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; b_imm_o = 1'b0;
        alu_op_o = alu_rr;
        if (funct7 == `XVM_F7_MULDIV) begin
          mul_o = !funct3[2];
          div_o = funct3[2];
        end else if (funct7 == `XVM_F7_ALT)
          illegal_o = (funct3 != `XVM_F3_ADD) && (funct3 != `XVM_F3_SR);
        else
          illegal_o = (funct7 != `XVM_F7_BASE);
      end
      `XVM_OPCODE_MISC_MEM: begin
        fencei_o = (funct3 == `XVM_F3_FENCE_I);
        illegal_o = (funct3 != `XVM_F3_FENCE) && (funct3 != `XVM_F3_FENCE_I);
      end
      `XVM_OPCODE_AMO: begin
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; imm_o = 32'd0;
        if (amo_op_o == `XVM_AMO_LR) begin
          lr_o = 1'b1;
          illegal_o = (funct3 != `XVM_F3_AMO_W) || (insn_i[24:20] != 5'd0);
        end else if (amo_op_o == `XVM_AMO_SC) begin
          sc_o = 1'b1; uses_rs2_o = 1'b1;
          illegal_o = (funct3 != `XVM_F3_AMO_W);
        end else begin
          amo_o = 1'b1; uses_rs2_o = 1'b1;
          illegal_o = (funct3 != `XVM_F3_AMO_W) || !amo_fn_ok;
        end
      end
      `XVM_OPCODE_SYSTEM: begin
        if (funct3 == `XVM_F3_PRIV) begin
          if (insn_i == `XVM_INSN_ECALL) ecall_o = 1'b1;
          else if (insn_i == `XVM_INSN_EBREAK) ebreak_o = 1'b1;
          else if (insn_i == `XVM_INSN_MRET) mret_o = 1'b1;
          else if (insn_i == `XVM_INSN_SRET) sret_o = 1'b1;
          else if (insn_i == `XVM_INSN_WFI) wfi_o = 1'b1;
          else if (funct7 == `XVM_F7_SFENCE_VMA && insn_i[11:7] == 5'd0) begin
            sfence_o = 1'b1; uses_rs1_o = 1'b1; uses_rs2_o = 1'b1;
          end else illegal_o = 1'b1;
        end else if (funct3 == `XVM_F3_CSR_IMM) illegal_o = 1'b1;
        else begin
          csr_o = 1'b1; rd_we_o = 1'b1; uses_rs1_o = !funct3[2];
        end
      end
      `XVM_OPCODE_CUSTOM0: begin
        vmsw_o = (insn_i == `XVM_INSN_VMSW0) || (insn_i == `XVM_INSN_VMSW1);
        illegal_o = !vmsw_o;
      end
      default: illegal_o = 1'b1;
    endcase
    if (illegal_o) rd_we_o = 1'b0;
  end
endmodule
