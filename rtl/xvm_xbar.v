// SPDX-License-Identifier: Apache-2.0
// xvm_xbar - address decoder and response multiplexer between the core's two
// buses and the platform targets. Fetches may only hit RAM; data accesses
// may hit RAM, the CLINT, the UART or the finisher. Anything else completes
// one cycle later with err set, which the core turns into an access fault.
`include "xvm_defs.vh"

module xvm_xbar (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire [31:0] ram_size_i,
  // core instruction bus
  input  wire        ibus_req_i,
  input  wire [31:0] ibus_addr_i,
  output wire        ibus_gnt_o,
  output wire        ibus_rvalid_o,
  output wire [31:0] ibus_rdata_o,
  output wire        ibus_err_o,
  // core data bus
  input  wire        dbus_req_i,
  input  wire [31:0] dbus_addr_i,
  input  wire        dbus_we_i,
  input  wire [3:0]  dbus_be_i,
  input  wire [31:0] dbus_wdata_i,
  output wire        dbus_gnt_o,
  output wire        dbus_rvalid_o,
  output wire [31:0] dbus_rdata_o,
  output wire        dbus_err_o,
  // RAM instruction port (offsets from the RAM base)
  output wire        rami_req_o,
  output wire [31:0] rami_addr_o,
  input  wire        rami_gnt_i,
  input  wire        rami_rvalid_i,
  input  wire [31:0] rami_rdata_i,
  // RAM data port
  output wire        ramd_req_o,
  output wire [31:0] ramd_addr_o,
  output wire        ramd_we_o,
  output wire [3:0]  ramd_be_o,
  output wire [31:0] ramd_wdata_o,
  input  wire        ramd_gnt_i,
  input  wire        ramd_rvalid_i,
  input  wire [31:0] ramd_rdata_i,
  // devices (shared request fields)
  output wire [15:0] dev_addr_o,   // offset inside the selected device
  output wire        dev_we_o,
  output wire [3:0]  dev_be_o,
  output wire [31:0] dev_wdata_o,
  output wire        clint_req_o,
  input  wire        clint_rvalid_i,
  input  wire [31:0] clint_rdata_i,
  output wire        uart_req_o,
  input  wire        uart_rvalid_i,
  input  wire [31:0] uart_rdata_i,
  output wire        fin_req_o,
  input  wire        fin_rvalid_i,
  input  wire [31:0] fin_rdata_i
);
  localparam [2:0] SelNone  = 3'd0;
  localparam [2:0] SelRam   = 3'd1;
  localparam [2:0] SelClint = 3'd2;
  localparam [2:0] SelUart  = 3'd3;
  localparam [2:0] SelFin   = 3'd4;

  localparam [31:0] RamBase   = `XVM_RAM_BASE;
  localparam [31:0] ClintBase = `XVM_CLINT_BASE;
  localparam [31:0] ClintSize = `XVM_CLINT_SIZE;
  localparam [31:0] UartBase  = `XVM_UART_BASE;
  localparam [31:0] UartSize  = `XVM_UART_SIZE;
  localparam [31:0] FinBase   = `XVM_FINISHER_BASE;

  // ---------------------------------------------------------------------
  // Instruction side
  // ---------------------------------------------------------------------
  // The RAM base is a single bit (2^31) and the size at most the base: an
  // address is in RAM when that bit is set and the offset below it is under
  // the size. Without a subtraction, a constant size (the board's) folds
  // into a test of the offset's top bits, where a carry chain sat on the
  // path from the data address to the RAM request.
  wire [31:0] ibus_off    = ibus_addr_i & ~RamBase;
  wire        ibus_in_ram = (|(ibus_addr_i & RamBase)) && (ibus_off < ram_size_i);

  assign rami_req_o  = ibus_req_i && ibus_in_ram;
  assign rami_addr_o = ibus_off;
  assign ibus_gnt_o  = ibus_in_ram ? rami_gnt_i : 1'b1;

  reg ibus_err_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) ibus_err_q <= 1'b0;
    else ibus_err_q <= ibus_req_i && !ibus_in_ram;
  end

  assign ibus_rvalid_o = rami_rvalid_i || ibus_err_q;
  assign ibus_rdata_o  = rami_rdata_i;
  assign ibus_err_o    = ibus_err_q;

  // ---------------------------------------------------------------------
  // Data side
  // ---------------------------------------------------------------------
  wire [31:0] dbus_off = dbus_addr_i & ~RamBase;
  reg  [2:0]  dbus_sel;
  always @(*) begin
    if ((|(dbus_addr_i & RamBase)) && (dbus_off < ram_size_i))
      dbus_sel = SelRam;
    else if ((dbus_addr_i & ~(ClintSize - 1)) == ClintBase)
      dbus_sel = SelClint;
    else if ((dbus_addr_i & ~(UartSize - 1)) == UartBase)
      dbus_sel = SelUart;
    else if (dbus_addr_i == FinBase)
      dbus_sel = SelFin;
    else
      dbus_sel = SelNone;
  end

  assign ramd_req_o   = dbus_req_i && (dbus_sel == SelRam);
  assign ramd_addr_o  = dbus_off;
  assign ramd_we_o    = dbus_we_i;
  assign ramd_be_o    = dbus_be_i;
  assign ramd_wdata_o = dbus_wdata_i;

  assign dev_addr_o   = dbus_addr_i[15:0];
  assign dev_we_o     = dbus_we_i;
  assign dev_be_o     = dbus_be_i;
  assign dev_wdata_o  = dbus_wdata_i;
  assign clint_req_o  = dbus_req_i && (dbus_sel == SelClint);
  assign uart_req_o   = dbus_req_i && (dbus_sel == SelUart);
  assign fin_req_o    = dbus_req_i && (dbus_sel == SelFin);

  assign dbus_gnt_o   = (dbus_sel == SelRam) ? ramd_gnt_i : 1'b1;

  reg [2:0] dbus_sel_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) dbus_sel_q <= SelNone;
    else if (dbus_req_i && dbus_gnt_o) dbus_sel_q <= dbus_sel;
  end

  reg dbus_err_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) dbus_err_q <= 1'b0;
    else dbus_err_q <= dbus_req_i && (dbus_sel == SelNone);
  end

  reg [31:0] dbus_rdata;
  always @(*) begin
    case (dbus_sel_q)
      SelRam:   dbus_rdata = ramd_rdata_i;
      SelClint: dbus_rdata = clint_rdata_i;
      SelUart:  dbus_rdata = uart_rdata_i;
      SelFin:   dbus_rdata = fin_rdata_i;
      default:  dbus_rdata = 32'd0;
    endcase
  end

  assign dbus_rvalid_o = ramd_rvalid_i || clint_rvalid_i || uart_rvalid_i ||
                         fin_rvalid_i || dbus_err_q;
  assign dbus_rdata_o  = dbus_rdata;
  assign dbus_err_o    = dbus_err_q;
endmodule
