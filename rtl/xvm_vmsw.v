// SPDX-License-Identifier: Apache-2.0
// xvm_vmsw - Xvm vmsw legality (R2): illegal outside S-mode; otherwise a
// virtualization fault unless the fetch was translated through a leaf PTE
// with X=1, U=0, VG=1, or was not translated and VM=0; otherwise permitted.
module xvm_vmsw (
  input        vmsw_i,         // the instruction is vmsw.0 / vmsw.1
  input  [1:0] priv_i,
  input        vm_i,
  input        translated_i,   // the fetch of the vmsw was translated
  input  [8:0] leaf_flags_i,   // PTE bits 8:0 of the leaf that mapped it
  output       illegal_o,
  output       virt_o,
  output       ok_o
);
  `include "xvm_defs.vh"

  wire gate = leaf_flags_i[`XVM_PTE_X_BIT] && !leaf_flags_i[`XVM_PTE_U_BIT] &&
              leaf_flags_i[`XVM_PTE_VG_BIT];
  wire permitted = translated_i ? gate : !vm_i;
  assign illegal_o = vmsw_i && (priv_i != `XVM_PRIV_S);
  assign virt_o    = vmsw_i && !illegal_o && !permitted;
  assign ok_o      = vmsw_i && !illegal_o && permitted;
  wire unused_ok = &{1'b0, leaf_flags_i[7:5], leaf_flags_i[2:0]};
endmodule
