// SPDX-License-Identifier: Apache-2.0
// xvm_uart - the 16550 register subset of platform.md on a byte-stream
// interface: THR writes leave as tx bytes, received bytes wait in RBR. The
// board top serializes the streams; the simulation testbench consumes them
// directly. No interrupt line: IIR reports, as a 16550's does, received
// data (IER bit 0) and the transmitter holding register empty (IER bit 1),
// so that a driver polling IIR (Linux's 8250 without an IRQ) sees both.
// LCR bit 7 (DLAB) puts the divisor latches at offsets 0 and 1; they are
// kept and read back, and the rate they set is not modelled.
// The modem lines are plain pins: MCR's DTR, RTS, OUT1 and OUT2 leave on
// mcr_o and MSR's CTS, DSR, RI and DCD come from msr_i, so that a platform
// can bit-bang a serial bus through them (the board's boot ROM reads the SPI
// flash that way); the simulation top ties msr_i to 0. MSR's delta bits
// (3:0) are not modelled and read 0.
`include "xvm_defs.vh"

module xvm_uart (
  input  wire        clk_i,
  input  wire        rst_ni,
  input  wire        req_i,
  input  wire [7:2]  addr_i,       // word index inside the UART
  input  wire        we_i,
  // Byte 2 of word 0 is FCR on writes: the FIFOs are not modelled, so the
  // write is accepted and ignored.
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [3:0]  be_i,
  input  wire [31:0] wdata_i,
  /* verilator lint_on UNUSEDSIGNAL */
  output reg         rvalid_o,
  output reg  [31:0] rdata_o,
  // transmit stream
  output wire        tx_valid_o,
  output wire [7:0]  tx_data_o,
  input  wire        tx_ready_i,
  // receive stream
  input  wire        rx_valid_i,
  input  wire [7:0]  rx_data_i,
  output wire        rx_ready_o,
  // modem lines: mcr_o = MCR[3:0] {OUT2, OUT1, RTS, DTR}, msr_i = MSR[7:4]
  // {DCD, RI, DSR, CTS}, both active high as the registers hold them
  output wire [3:0]  mcr_o,
  input  wire [3:0]  msr_i
);
  localparam [7:0] IirNoIrq = 8'h01;
  localparam [7:0] IirThre  = 8'h02;
  localparam [7:0] IirRda   = 8'h04;

  reg [7:0] ier_q, lcr_q, mcr_q, scr_q, dll_q, dlm_q;
  reg [7:0] rbr_q;
  reg       rx_full_q;
  // The THR-empty interrupt: pending from the moment THR empties (or
  // IER bit 1 is set while it is empty) until THR is written or an IIR
  // read reports it. A byte the stream takes at once leaves THR empty
  // again in the same cycle; thr_busy_q: THR written while the stream was
  // not ready, not yet seen empty.
  reg       thre_irq_q, thr_busy_q;

  // Registers 0..3 share word 0 and 4..7 word 1; be selects the byte.
  wire word0 = (addr_i == 6'd0);
  wire word1 = (addr_i == 6'd1);
  wire wr    = req_i && we_i;
  wire rd    = req_i && !we_i;
  wire dlab  = lcr_q[7];

  wire thr_write = wr && word0 && be_i[0] && !dlab;
  wire rbr_read  = rd && word0 && be_i[0] && !dlab;
  wire ier_write = wr && word0 && be_i[1] && !dlab;
  wire iir_read  = rd && word0 && be_i[2];

  wire [7:0] iir = (ier_q[0] && rx_full_q)  ? IirRda  :
                   (ier_q[1] && thre_irq_q) ? IirThre : IirNoIrq;

  assign tx_valid_o = thr_write;
  assign tx_data_o  = wdata_i[7:0];
  assign rx_ready_o = !rx_full_q;
  assign mcr_o      = mcr_q[3:0];

  wire [7:0] lsr = {1'b0, tx_ready_i, tx_ready_i, 4'b0000, rx_full_q};

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ier_q <= 8'd0;
      lcr_q <= 8'd0;
      mcr_q <= 8'd0;
      scr_q <= 8'd0;
      dll_q <= 8'd0;
      dlm_q <= 8'd0;
    end else if (wr) begin
      if (ier_write)                 ier_q <= wdata_i[15:8];
      if (word0 && be_i[0] && dlab)  dll_q <= wdata_i[7:0];
      if (word0 && be_i[1] && dlab)  dlm_q <= wdata_i[15:8];
      if (word0 && be_i[3]) lcr_q <= wdata_i[31:24];
      if (word1 && be_i[0]) mcr_q <= wdata_i[7:0];
      if (word1 && be_i[3]) scr_q <= wdata_i[31:24];
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      thre_irq_q <= 1'b0;
      thr_busy_q <= 1'b0;
    end else if (thr_write) begin
      thre_irq_q <= tx_ready_i;
      thr_busy_q <= !tx_ready_i;
    end else if (thr_busy_q && tx_ready_i) begin
      thre_irq_q <= 1'b1;
      thr_busy_q <= 1'b0;
    end else if (ier_write && wdata_i[9] && !ier_q[1] && tx_ready_i) begin
      thre_irq_q <= 1'b1;
    end else if (iir_read && iir == IirThre) begin
      thre_irq_q <= 1'b0;
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rbr_q     <= 8'd0;
      rx_full_q <= 1'b0;
    end else if (rx_valid_i && !rx_full_q) begin
      rbr_q     <= rx_data_i;
      rx_full_q <= 1'b1;
    end else if (rbr_read) begin
      rx_full_q <= 1'b0;
    end
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rvalid_o <= 1'b0;
      rdata_o  <= 32'd0;
    end else begin
      rvalid_o <= req_i;
      if (word0)      rdata_o <= {lcr_q, iir, dlab ? dlm_q : ier_q, dlab ? dll_q : rbr_q};
      else if (word1) rdata_o <= {scr_q, msr_i, 4'b0000, lsr, mcr_q};
      else            rdata_o <= 32'd0;
    end
  end
endmodule
