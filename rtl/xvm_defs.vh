// SPDX-License-Identifier: Apache-2.0
// xvm_defs.vh - architectural constants shared by the RTL, the C reference
// model, the testbench, the firmware, the monitor and the assembly tests.
//
// This file is the single source of truth. build/gen/xvm_defs.h is generated
// from it by scripts/gen_defs.sh (`define NAME VALUE -> #define NAME VALUE),
// so every line that defines a constant must have the form
//   `define XVM_<NAME> <decimal> | <width>'h<hex> | <width>'d<decimal>
// and nothing else may follow the value except a // comment.

`ifndef XVM_DEFS_VH
`define XVM_DEFS_VH

// ---------------------------------------------------------------------------
// Platform memory map (docs/platform.md)
// ---------------------------------------------------------------------------
`define XVM_FINISHER_BASE     32'h00100000
`define XVM_FINISHER_PASS     32'h00005555
`define XVM_FINISHER_FAIL     32'h00003333
`define XVM_FINISHER_RESET    32'h00007777
`define XVM_CLINT_BASE        32'h02000000
`define XVM_CLINT_MSIP        32'h00000000  // offsets from XVM_CLINT_BASE
`define XVM_CLINT_MTIMECMP    32'h00004000
`define XVM_CLINT_MTIME       32'h0000BFF8
`define XVM_CLINT_SIZE        32'h00010000
`define XVM_UART_BASE         32'h10000000
`define XVM_UART_SIZE         32'h00000100
`define XVM_UART_THR          0             // byte offsets from XVM_UART_BASE
`define XVM_UART_RBR          0
`define XVM_UART_IER          1
`define XVM_UART_MCR          4
`define XVM_UART_LSR          5
`define XVM_UART_MSR          6
`define XVM_UART_LSR_DR       32'h00000001
`define XVM_UART_LSR_THRE     32'h00000020
`define XVM_RAM_BASE          32'h80000000
`define XVM_RAM_SIZE_DEFAULT  32'h01000000
// xvm-sim's largest RAM (1 GiB): host memory is taken only as pages are used.
`define XVM_SIM_RAM_MAX       32'h40000000
`define XVM_RESET_PC          32'h80000000
// Where every guest's RAM starts in its guest-physical space: the monitor's
// virtual platform (docs/guest-platform.md), not the SoC's.
`define XVM_GUEST_RAM_BASE    32'h40000000

// ---------------------------------------------------------------------------
// Privilege levels
// ---------------------------------------------------------------------------
`define XVM_PRIV_U            2'd0
`define XVM_PRIV_S            2'd1
`define XVM_PRIV_M            2'd3

// ---------------------------------------------------------------------------
// CSR addresses
// ---------------------------------------------------------------------------
// Unprivileged counters (Zicntr)
`define XVM_CSR_CYCLE         12'hC00
`define XVM_CSR_TIME          12'hC01
`define XVM_CSR_INSTRET       12'hC02
`define XVM_CSR_HPMCOUNTER3   12'hC03
`define XVM_CSR_HPMCOUNTER31  12'hC1F
`define XVM_CSR_CYCLEH        12'hC80
`define XVM_CSR_TIMEH         12'hC81
`define XVM_CSR_INSTRETH      12'hC82
`define XVM_CSR_HPMCOUNTER3H  12'hC83
`define XVM_CSR_HPMCOUNTER31H 12'hC9F
// Supervisor
`define XVM_CSR_SSTATUS       12'h100
`define XVM_CSR_SIE           12'h104
`define XVM_CSR_STVEC         12'h105
`define XVM_CSR_SCOUNTEREN    12'h106
`define XVM_CSR_SENVCFG       12'h10A
`define XVM_CSR_SSCRATCH      12'h140
`define XVM_CSR_SEPC          12'h141
`define XVM_CSR_SCAUSE        12'h142
`define XVM_CSR_STVAL         12'h143
`define XVM_CSR_SIP           12'h144
`define XVM_CSR_STIMECMP      12'h14D
`define XVM_CSR_STIMECMPH     12'h15D
`define XVM_CSR_SATP          12'h180
`define XVM_CSR_VMCTL         12'h5C0       // Xvm: custom S-level read/write
`define XVM_CSR_GSCRATCH      12'h5C4       // Xvm: the guest's sscratch..stval
`define XVM_CSR_GEPC          12'h5C5       // (vmctl.GTR), in their order
`define XVM_CSR_GCAUSE        12'h5C6
`define XVM_CSR_GTVAL         12'h5C7
// Machine
`define XVM_CSR_MVENDORID     12'hF11
`define XVM_CSR_MARCHID       12'hF12
`define XVM_CSR_MIMPID        12'hF13
`define XVM_CSR_MHARTID       12'hF14
`define XVM_CSR_MCONFIGPTR    12'hF15
`define XVM_CSR_MSTATUS       12'h300
`define XVM_CSR_MISA          12'h301
`define XVM_CSR_MEDELEG       12'h302
`define XVM_CSR_MIDELEG       12'h303
`define XVM_CSR_MIE           12'h304
`define XVM_CSR_MTVEC         12'h305
`define XVM_CSR_MCOUNTEREN    12'h306
`define XVM_CSR_MENVCFG       12'h30A
`define XVM_CSR_MSTATUSH      12'h310
`define XVM_CSR_MENVCFGH      12'h31A
`define XVM_CSR_MCOUNTINHIBIT 12'h320
`define XVM_CSR_MHPMEVENT3    12'h323
`define XVM_CSR_MHPMEVENT31   12'h33F
`define XVM_CSR_MSCRATCH      12'h340
`define XVM_CSR_MEPC          12'h341
`define XVM_CSR_MCAUSE        12'h342
`define XVM_CSR_MTVAL         12'h343
`define XVM_CSR_MIP           12'h344
`define XVM_CSR_MTINST        12'h34A
`define XVM_CSR_MTVAL2        12'h34B
`define XVM_CSR_TSELECT       12'h7A0       // trigger CSRs: no trigger module,
`define XVM_CSR_TDATA1        12'h7A1       // they read 0 so that software
`define XVM_CSR_TDATA2        12'h7A2       // (debuggers, riscv-tests) can
`define XVM_CSR_TDATA3        12'h7A3       // probe for triggers
`define XVM_CSR_PMPCFG0       12'h3A0
`define XVM_CSR_PMPCFG15      12'h3AF
`define XVM_CSR_PMPADDR0      12'h3B0
`define XVM_CSR_PMPADDR63     12'h3EF
`define XVM_CSR_MCYCLE        12'hB00
`define XVM_CSR_MINSTRET      12'hB02
`define XVM_CSR_MHPMCOUNTER3  12'hB03
`define XVM_CSR_MHPMCOUNTER31 12'hB1F
`define XVM_CSR_MCYCLEH       12'hB80
`define XVM_CSR_MINSTRETH     12'hB82
`define XVM_CSR_MHPMCOUNTER3H 12'hB83
`define XVM_CSR_MHPMCOUNTER31H 12'hB9F

// ---------------------------------------------------------------------------
// Read-only identification values
// ---------------------------------------------------------------------------
// RV32 (MXL=1), extensions A, I, M, S, U and X (Xvm is non-standard).
`define XVM_MISA_VALUE        32'h40941101
`define XVM_MVENDORID_VALUE   32'h00000000
`define XVM_MARCHID_VALUE     32'h00000000
`define XVM_MIMPID_VALUE      32'h00000001
`define XVM_MHARTID_VALUE     32'h00000000

// ---------------------------------------------------------------------------
// mstatus / sstatus fields (bit positions)
// ---------------------------------------------------------------------------
`define XVM_MSTATUS_SIE_BIT   1
`define XVM_MSTATUS_MIE_BIT   3
`define XVM_MSTATUS_SPIE_BIT  5
`define XVM_MSTATUS_MPIE_BIT  7
`define XVM_MSTATUS_SPP_BIT   8
`define XVM_MSTATUS_MPP_LO    11
`define XVM_MSTATUS_MPRV_BIT  17
`define XVM_MSTATUS_SUM_BIT   18
`define XVM_MSTATUS_MXR_BIT   19
`define XVM_MSTATUS_TVM_BIT   20
`define XVM_MSTATUS_TW_BIT    21
`define XVM_MSTATUS_TSR_BIT   22
`define XVM_MSTATUS_SIE       32'h00000002
`define XVM_MSTATUS_MIE       32'h00000008
`define XVM_MSTATUS_SPIE      32'h00000020
`define XVM_MSTATUS_MPIE      32'h00000080
`define XVM_MSTATUS_SPP       32'h00000100
`define XVM_MSTATUS_MPP       32'h00001800
`define XVM_MSTATUS_MPP_S     32'h00000800
`define XVM_MSTATUS_MPP_M     32'h00001800
`define XVM_MSTATUS_MPRV      32'h00020000
`define XVM_MSTATUS_SUM       32'h00040000
`define XVM_MSTATUS_MXR       32'h00080000
`define XVM_MSTATUS_TVM       32'h00100000
`define XVM_MSTATUS_TW        32'h00200000
`define XVM_MSTATUS_TSR       32'h00400000
// Bits of mstatus that are visible through sstatus.
`define XVM_SSTATUS_MASK      32'h000C0122
// mstatush: Xvm's MPVM (VM before the last trap into M).
`define XVM_MSTATUSH_MPVM_BIT 7
`define XVM_MSTATUSH_MPVM     32'h00000080

// ---------------------------------------------------------------------------
// Interrupts: bit positions in mip/mie and interrupt cause codes
// ---------------------------------------------------------------------------
`define XVM_IRQ_SSI           1
`define XVM_IRQ_MSI           3
`define XVM_IRQ_STI           5
`define XVM_IRQ_MTI           7
`define XVM_IRQ_SEI           9
`define XVM_IRQ_MEI           11
`define XVM_MIP_SSIP          32'h00000002
`define XVM_MIP_MSIP          32'h00000008
`define XVM_MIP_STIP          32'h00000020
`define XVM_MIP_MTIP          32'h00000080
`define XVM_MIP_SEIP          32'h00000200
`define XVM_MIP_MEIP          32'h00000800
// Interrupts that mideleg can delegate to S (all S-level ones).
`define XVM_MIDELEG_MASK      32'h00000222
// Interrupt enables that exist in mie (the rest read 0).
`define XVM_MIE_MASK          32'h00000AAA
`define XVM_CAUSE_INTERRUPT   32'h80000000

// ---------------------------------------------------------------------------
// Exception cause codes
// ---------------------------------------------------------------------------
`define XVM_EXC_INSN_MISALIGNED   0
`define XVM_EXC_INSN_ACCESS       1
`define XVM_EXC_ILLEGAL_INSN      2
`define XVM_EXC_BREAKPOINT        3
`define XVM_EXC_LOAD_MISALIGNED   4
`define XVM_EXC_LOAD_ACCESS       5
`define XVM_EXC_STORE_MISALIGNED  6
`define XVM_EXC_STORE_ACCESS      7
`define XVM_EXC_ECALL_U           8
`define XVM_EXC_ECALL_S           9
`define XVM_EXC_ECALL_M           11
`define XVM_EXC_INSN_PAGE_FAULT   12
`define XVM_EXC_LOAD_PAGE_FAULT   13
`define XVM_EXC_STORE_PAGE_FAULT  15
`define XVM_EXC_VIRT_FAULT        24    // Xvm virtualization fault (R5)
// Exceptions medeleg can delegate (all implemented causes but ecall from M).
`define XVM_MEDELEG_MASK      32'h0100B3FF

// ---------------------------------------------------------------------------
// menvcfg / senvcfg / counters
// ---------------------------------------------------------------------------
`define XVM_MENVCFG_FIOM      32'h00000001
`define XVM_MENVCFGH_STCE     32'h80000000
`define XVM_COUNTEREN_MASK    32'h00000007  // CY, TM, IR; hpmcounters read 0

// ---------------------------------------------------------------------------
// Sv32
// ---------------------------------------------------------------------------
`define XVM_SATP_MODE_SV32    32'h80000000
`define XVM_SATP_PPN_MASK     32'h003FFFFF
`define XVM_PTE_V             32'h00000001
`define XVM_PTE_R             32'h00000002
`define XVM_PTE_W             32'h00000004
`define XVM_PTE_X             32'h00000008
`define XVM_PTE_U             32'h00000010
`define XVM_PTE_G             32'h00000020
`define XVM_PTE_A             32'h00000040
`define XVM_PTE_D             32'h00000080
`define XVM_PTE_VG            32'h00000100  // Xvm: vmsw gate page (RSW bit 8)
// Bit positions of the same, for the RTL's 9-bit leaf flags.
`define XVM_PTE_V_BIT         0
`define XVM_PTE_R_BIT         1
`define XVM_PTE_W_BIT         2
`define XVM_PTE_X_BIT         3
`define XVM_PTE_U_BIT         4
`define XVM_PTE_G_BIT         5
`define XVM_PTE_A_BIT         6
`define XVM_PTE_D_BIT         7
`define XVM_PTE_VG_BIT        8
`define XVM_PTE_PPN_SHIFT     10
`define XVM_PAGE_SHIFT        12
`define XVM_PAGE_SIZE         32'h00001000
`define XVM_MEGAPAGE_SIZE     32'h00400000

// ---------------------------------------------------------------------------
// Instruction encodings (unprivileged ISA chapter 34, privileged ISA 2.2):
// opcodes (bits 6:0), funct3 (14:12), funct7 (31:25), the AMO funct5
// (31:27) and the SYSTEM words that have no operands.
// ---------------------------------------------------------------------------
`define XVM_OPCODE_LOAD       7'h03
`define XVM_OPCODE_CUSTOM0    7'h0B         // Xvm vmsw
`define XVM_OPCODE_MISC_MEM   7'h0F
`define XVM_OPCODE_OP_IMM     7'h13
`define XVM_OPCODE_AUIPC      7'h17
`define XVM_OPCODE_STORE      7'h23
`define XVM_OPCODE_AMO        7'h2F
`define XVM_OPCODE_OP         7'h33
`define XVM_OPCODE_LUI        7'h37
`define XVM_OPCODE_BRANCH     7'h63
`define XVM_OPCODE_JALR       7'h67
`define XVM_OPCODE_JAL        7'h6F
`define XVM_OPCODE_SYSTEM     7'h73
`define XVM_F3_JALR           3'd0
`define XVM_F3_BEQ            3'd0
`define XVM_F3_BNE            3'd1
`define XVM_F3_BLT            3'd4
`define XVM_F3_BGE            3'd5
`define XVM_F3_BLTU           3'd6
`define XVM_F3_BGEU           3'd7
`define XVM_F3_LB             3'd0
`define XVM_F3_LH             3'd1
`define XVM_F3_LW             3'd2
`define XVM_F3_LBU            3'd4
`define XVM_F3_LHU            3'd5
`define XVM_F3_SB             3'd0
`define XVM_F3_SH             3'd1
`define XVM_F3_SW             3'd2
`define XVM_F3_ADD            3'd0          // OP and OP-IMM (SUB with F7_ALT)
`define XVM_F3_SLL            3'd1
`define XVM_F3_SLT            3'd2
`define XVM_F3_SLTU           3'd3
`define XVM_F3_XOR            3'd4
`define XVM_F3_SR             3'd5          // SRL, or SRA with F7_ALT
`define XVM_F3_OR             3'd6
`define XVM_F3_AND            3'd7
`define XVM_F3_MUL            3'd0          // OP with F7_MULDIV
`define XVM_F3_MULH           3'd1
`define XVM_F3_MULHSU         3'd2
`define XVM_F3_MULHU          3'd3
`define XVM_F3_DIV            3'd4
`define XVM_F3_DIVU           3'd5
`define XVM_F3_REM            3'd6
`define XVM_F3_REMU           3'd7
`define XVM_F3_FENCE          3'd0
`define XVM_F3_FENCE_I        3'd1
`define XVM_F3_AMO_W          3'd2
`define XVM_F3_PRIV           3'd0          // SYSTEM: ecall .. sfence.vma
`define XVM_F3_CSRRW          3'd1
`define XVM_F3_CSRRS          3'd2
`define XVM_F3_CSRRC          3'd3
`define XVM_F3_CSR_IMM        3'd4          // set in the uimm forms below
`define XVM_F3_CSRRWI         3'd5
`define XVM_F3_CSRRSI         3'd6
`define XVM_F3_CSRRCI         3'd7
`define XVM_F7_BASE           7'h00
`define XVM_F7_MULDIV         7'h01
`define XVM_F7_ALT            7'h20         // SUB, SRA, SRAI
`define XVM_F7_SFENCE_VMA     7'h09
`define XVM_AMO_ADD           5'h00
`define XVM_AMO_SWAP          5'h01
`define XVM_AMO_LR            5'h02
`define XVM_AMO_SC            5'h03
`define XVM_AMO_XOR           5'h04
`define XVM_AMO_OR            5'h08
`define XVM_AMO_AND           5'h0C
`define XVM_AMO_MIN           5'h10
`define XVM_AMO_MAX           5'h14
`define XVM_AMO_MINU          5'h18
`define XVM_AMO_MAXU          5'h1C
`define XVM_INSN_ECALL        32'h00000073
`define XVM_INSN_EBREAK       32'h00100073
`define XVM_INSN_SRET         32'h10200073
`define XVM_INSN_MRET         32'h30200073
`define XVM_INSN_WFI          32'h10500073
`define XVM_INSN_SFENCE_VMA   32'h12000073  // rs1 = rs2 = x0

// ---------------------------------------------------------------------------
// Xvm (docs/xvm.md)
// ---------------------------------------------------------------------------
`define XVM_INSN_VMSW0        32'h0000000B
`define XVM_INSN_VMSW1        32'h0010000B
`define XVM_VMCTL_SPVM_BIT    1
`define XVM_VMCTL_SPVM        32'h00000002
`define XVM_VMCTL_GTR_BIT     2
`define XVM_VMCTL_GTR         32'h00000004
`define XVM_VMCTL_VAMSB_LO    8
`define XVM_VMCTL_VAMSB_MASK  32'h00001F00
`define XVM_VMCTL_MASK        32'h00001F06  // writable bits; the rest read 0
`define XVM_VMCTL_RESET       32'h00001F00  // VAMSB=31, SPVM=0

`endif
