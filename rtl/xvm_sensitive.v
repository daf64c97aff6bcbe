// SPDX-License-Identifier: Apache-2.0
// xvm_sensitive - Xvm sensitive-instruction detector (R4): in S-mode with
// VM=1, S-level CSR accesses, sret, sfence.vma and wfi request a
// virtualization fault; the S trap records that vmctl.GTR gives the guest
// (xvm_csr's guest_rec_o) are exempt (R12). Whether they are illegal
// anyway is decided elsewhere; xvm_exc_prio lets illegal instruction win
// (R6).
module xvm_sensitive (
  input        csr_i,
  input [11:0] csr_addr_i,
  input        sret_i,
  input        sfence_i,
  input        wfi_i,
  input  [1:0] priv_i,
  input        vm_i,
  input        guest_rec_i,
  output       virt_o
);
  `include "xvm_defs.vh"

  wire s_level_csr = csr_i && (csr_addr_i[9:8] == 2'b01);
  assign virt_o = (priv_i == `XVM_PRIV_S) && vm_i &&
                  ((s_level_csr && !guest_rec_i) || sret_i || sfence_i || wfi_i);
  wire unused_ok = &{1'b0, csr_addr_i[11:10], csr_addr_i[7:0]};
endmodule
