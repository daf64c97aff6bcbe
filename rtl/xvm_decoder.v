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
      3'b000:  alu_rr = (funct7[5] && opcode[5]) ? AluSub : AluAdd;
      3'b001:  alu_rr = AluSll;
      3'b010:  alu_rr = AluSlt;
      3'b011:  alu_rr = AluSltu;
      3'b100:  alu_rr = AluXor;
      3'b101:  alu_rr = funct7[5] ? AluSra : AluSrl;
      3'b110:  alu_rr = AluOr;
      default: alu_rr = AluAnd;
    endcase
  end

  wire amo_fn_ok = (insn_i[31:27] == 5'b00000) || (insn_i[31:27] == 5'b00001) ||
                   (insn_i[31:27] == 5'b00100) || (insn_i[31:27] == 5'b01100) ||
                   (insn_i[31:27] == 5'b01000) || (insn_i[31:27] == 5'b10000) ||
                   (insn_i[31:27] == 5'b10100) || (insn_i[31:27] == 5'b11000) ||
                   (insn_i[31:27] == 5'b11100);

  always @(*) begin
    uses_rs1_o = 1'b0; uses_rs2_o = 1'b0; rd_we_o = 1'b0; imm_o = imm_i;
    alu_op_o = AluAdd; a_pc_o = 1'b0; a_zero_o = 1'b0; b_imm_o = 1'b1;
    branch_o = 1'b0; jal_o = 1'b0; jalr_o = 1'b0; load_o = 1'b0; store_o = 1'b0;
    amo_o = 1'b0; lr_o = 1'b0; sc_o = 1'b0; mul_o = 1'b0; div_o = 1'b0;
    csr_o = 1'b0; ecall_o = 1'b0; ebreak_o = 1'b0; mret_o = 1'b0; sret_o = 1'b0;
    wfi_o = 1'b0; sfence_o = 1'b0; fencei_o = 1'b0; vmsw_o = 1'b0; illegal_o = 1'b0;
    if (insn_i[1:0] != 2'b11) illegal_o = 1'b1;
    else case (opcode)
      7'b0110111: begin rd_we_o = 1'b1; imm_o = imm_u; a_zero_o = 1'b1; end       // LUI
      7'b0010111: begin rd_we_o = 1'b1; imm_o = imm_u; a_pc_o = 1'b1; end         // AUIPC
      7'b1101111: begin rd_we_o = 1'b1; imm_o = imm_j; jal_o = 1'b1; end          // JAL
      7'b1100111: begin                                                            // JALR
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; jalr_o = 1'b1;
        illegal_o = (funct3 != 3'b000);
      end
      7'b1100011: begin                                                            // BRANCH
        uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; imm_o = imm_b; branch_o = 1'b1; b_imm_o = 1'b0;
        alu_op_o = funct3[1] ? AluSltu : AluSlt;
        illegal_o = (funct3 == 3'b010) || (funct3 == 3'b011);
      end
      7'b0000011: begin                                                            // LOAD
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; load_o = 1'b1;
        illegal_o = (funct3 == 3'b011) || (funct3 == 3'b110) || (funct3 == 3'b111);
      end
      7'b0100011: begin                                                            // STORE
        uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; imm_o = imm_s; store_o = 1'b1;
        illegal_o = (funct3[2] || funct3 == 3'b011);
      end
      7'b0010011: begin                                                            // OP-IMM
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; alu_op_o = alu_rr;
        if (funct3 == 3'b001) illegal_o = (funct7 != 7'd0);
        if (funct3 == 3'b101) illegal_o = (funct7 != 7'd0) && (funct7 != 7'b0100000);
      end
      7'b0110011: begin                                                            // OP
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; uses_rs2_o = 1'b1; b_imm_o = 1'b0;
        alu_op_o = alu_rr;
        if (funct7 == 7'b0000001) begin
          mul_o = !funct3[2];
          div_o = funct3[2];
        end else if (funct7 == 7'b0100000)
          illegal_o = (funct3 != 3'b000) && (funct3 != 3'b101);
        else
          illegal_o = (funct7 != 7'd0);
      end
      7'b0001111: begin                                                            // MISC-MEM
        fencei_o = (funct3 == 3'b001);
        illegal_o = (funct3 != 3'b000) && (funct3 != 3'b001);
      end
      7'b0101111: begin                                                            // AMO
        rd_we_o = 1'b1; uses_rs1_o = 1'b1; imm_o = 32'd0;
        if (insn_i[31:27] == 5'b00010) begin
          lr_o = 1'b1;
          illegal_o = (funct3 != 3'b010) || (insn_i[24:20] != 5'd0);
        end else if (insn_i[31:27] == 5'b00011) begin
          sc_o = 1'b1; uses_rs2_o = 1'b1;
          illegal_o = (funct3 != 3'b010);
        end else begin
          amo_o = 1'b1; uses_rs2_o = 1'b1;
          illegal_o = (funct3 != 3'b010) || !amo_fn_ok;
        end
      end
      7'b1110011: begin                                                            // SYSTEM
        if (funct3 == 3'b000) begin
          if (insn_i == 32'h00000073) ecall_o = 1'b1;
          else if (insn_i == 32'h00100073) ebreak_o = 1'b1;
          else if (insn_i == 32'h30200073) mret_o = 1'b1;
          else if (insn_i == 32'h10200073) sret_o = 1'b1;
          else if (insn_i == 32'h10500073) wfi_o = 1'b1;
          else if (funct7 == 7'b0001001 && insn_i[11:7] == 5'd0) begin
            sfence_o = 1'b1; uses_rs1_o = 1'b1; uses_rs2_o = 1'b1;
          end else illegal_o = 1'b1;
        end else if (funct3 == 3'b100) illegal_o = 1'b1;
        else begin
          csr_o = 1'b1; rd_we_o = 1'b1; uses_rs1_o = !funct3[2];
        end
      end
      `XVM_OPCODE_CUSTOM0: begin                                                  // Xvm vmsw
        vmsw_o = (insn_i == `XVM_INSN_VMSW0) || (insn_i == `XVM_INSN_VMSW1);
        illegal_o = !vmsw_o;
      end
      default: illegal_o = 1'b1;
    endcase
    if (illegal_o) rd_we_o = 1'b0;
  end
endmodule
