// xvm_vamask - Xvm R10 VA-mask checker. While VM=1 an address with any bit
// above vmctl.VAMSB set is outside the guest's space; the caller raises the
// access fault of its access type before any translation.
module xvm_vamask (
  input             vm_i,
  input      [4:0]  vamsb_i,
  input      [31:0] va_i,
  output     [31:0] limit_o,   // highest accessible virtual address
  output            fault_o
);
  wire [31:0] mask_limit = 32'hFFFF_FFFF >> (5'd31 - vamsb_i);
  assign limit_o = vm_i ? mask_limit : 32'hFFFF_FFFF;
  assign fault_o = vm_i && ((va_i & ~mask_limit) != 32'd0);
endmodule
