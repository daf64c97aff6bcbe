// SPDX-License-Identifier: Apache-2.0
// xvm_vamask - Xvm R10 VA-mask checker. While VM=1 an address with any bit
// above vmctl.VAMSB set (any bit outside limit_i = 2^(VAMSB+1)-1) is outside
// the guest's space; the caller raises the access fault of its access type
// before any translation.
module xvm_vamask (
  input         vm_i,
  input  [31:0] limit_i,   // 2^(VAMSB+1) - 1, from xvm_vmstate
  input  [31:0] va_i,
  output        fault_o
);
  assign fault_o = vm_i && ((va_i & ~limit_i) != 32'd0);
endmodule
