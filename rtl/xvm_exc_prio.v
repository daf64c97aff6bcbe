// SPDX-License-Identifier: Apache-2.0
// xvm_exc_prio - exception prioritizer of the commit (M) stage. Order:
// interrupt, instruction-fetch fault, illegal instruction (every cause),
// Xvm virtualization fault, misaligned jump target / ecall / ebreak,
// data-access exceptions (already ordered by the LSU: misaligned, VA mask,
// page fault, access fault). Produces the cause and the tval to record;
// the tval candidate of the instruction (pc, instruction bits, jump target,
// data address or 0, whichever its highest possible cause needs) is
// prepared in X, since every cause found later in M takes the same one.
module xvm_exc_prio (
  input             irq_i,
  input      [31:0] irq_cause_i,
  input             fetch_exc_i,
  input      [4:0]  fetch_cause_i,
  input             illegal_i,
  input             virt_i,
  input             jmp_misaligned_i,
  input             ecall_i,
  input      [1:0]  priv_i,
  input             ebreak_i,
  input             mem_exc_i,
  input      [4:0]  mem_cause_i,
  input      [31:0] tval_i,
  output            exc_o,
  output reg [31:0] cause_o,
  output     [31:0] tval_o
);
  `include "xvm_defs.vh"

  assign exc_o = irq_i || fetch_exc_i || illegal_i || virt_i || jmp_misaligned_i ||
                 ecall_i || ebreak_i || mem_exc_i;
  assign tval_o = irq_i ? 32'd0 : tval_i;

  always @(*) begin
    if (irq_i) cause_o = irq_cause_i;
    else if (fetch_exc_i) cause_o = {27'd0, fetch_cause_i};
    else if (illegal_i) cause_o = `XVM_EXC_ILLEGAL_INSN;
    else if (virt_i) cause_o = `XVM_EXC_VIRT_FAULT;
    else if (jmp_misaligned_i) cause_o = `XVM_EXC_INSN_MISALIGNED;
    else if (ecall_i)
      cause_o = (priv_i == `XVM_PRIV_M) ? `XVM_EXC_ECALL_M :
                (priv_i == `XVM_PRIV_S) ? `XVM_EXC_ECALL_S : `XVM_EXC_ECALL_U;
    else if (ebreak_i) cause_o = `XVM_EXC_BREAKPOINT;
    else cause_o = {27'd0, mem_cause_i};
  end
endmodule
