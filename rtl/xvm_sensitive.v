// SPDX-License-Identifier: Apache-2.0
// xvm_sensitive - Xvm sensitive-instruction detector (R4): in S-mode with
// VM=1, S-level CSR accesses, sret, sfence.vma and wfi request a
// virtualization fault; with vmctl.GTR the guest's own trap records
// (sscratch, sepc, scause, stval) are exempt (R12). Whether they are illegal anyway is decided
// elsewhere; xvm_exc_prio lets illegal instruction win (R6).
module xvm_sensitive (
  input        csr_i,
  input [11:0] csr_addr_i,
  input        sret_i,
  input        sfence_i,
  input        wfi_i,
  input  [1:0] priv_i,
  input        vm_i,
  input        gtr_i,
  output       virt_o
);
  `include "xvm_defs.vh"

  localparam [11:0] Rec = `XVM_CSR_SSCRATCH;
  wire s_level_csr = csr_i && (csr_addr_i[9:8] == 2'b01);
  wire guest_rec = gtr_i && (csr_addr_i[11:2] == Rec[11:2]);
  assign virt_o = (priv_i == `XVM_PRIV_S) && vm_i &&
                  ((s_level_csr && !guest_rec) || sret_i || sfence_i || wfi_i);
  wire unused_ok = &{1'b0, csr_addr_i[1:0]};
endmodule
