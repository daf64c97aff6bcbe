// SPDX-License-Identifier: Apache-2.0
// xvm_uart_rx - 8N1 deserializer feeding the SoC's receive byte stream. The
// start bit is confirmed at its middle and every bit is sampled at its middle;
// a frame whose stop bit is low is dropped. A byte that arrives while the
// UART's RBR is still full is lost (overrun), as on a 16550 without FIFO.
module xvm_uart_rx #(
  parameter integer BitCycles = 260
) (
  input  wire       clk_i,
  input  wire       rst_ni,
  input  wire       rx_i,
  output reg        valid_o,    // one-cycle pulse per received byte
  output reg  [7:0] data_o
);
  localparam integer CntBits = $clog2(BitCycles);
  localparam integer CntLastI = BitCycles - 1;
  localparam [CntBits-1:0] CntLast = CntLastI[CntBits-1:0];
  localparam integer CntHalfI = BitCycles / 2 - 1;
  localparam [CntBits-1:0] CntHalf = CntHalfI[CntBits-1:0];

  // The pin is asynchronous to the core clock.
  reg [2:0] sync_q;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) sync_q <= 3'b111;
    else sync_q <= {sync_q[1:0], rx_i};
  end
  wire rx = sync_q[2];

  reg              busy_q;
  reg [3:0]        bit_q;        // 0 start, 1..8 data, 9 stop
  reg [CntBits-1:0] cnt_q;
  reg [7:0]        shift_q;

  wire sample = busy_q && (bit_q == 4'd0 ? cnt_q == CntHalf : cnt_q == CntLast);

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q  <= 1'b0;
      bit_q   <= 4'd0;
      cnt_q   <= {CntBits{1'b0}};
      shift_q <= 8'd0;
      valid_o <= 1'b0;
      data_o  <= 8'd0;
    end else begin
      valid_o <= 1'b0;
      if (!busy_q) begin
        if (!rx) begin
          busy_q <= 1'b1;
          bit_q  <= 4'd0;
          cnt_q  <= {CntBits{1'b0}};
        end
      end else if (sample) begin
        cnt_q <= {CntBits{1'b0}};
        bit_q <= bit_q + 4'd1;
        if (bit_q == 4'd0) begin
          if (rx) busy_q <= 1'b0;          // a glitch, not a start bit
        end else if (bit_q == 4'd9) begin
          busy_q <= 1'b0;
          if (rx) begin
            valid_o <= 1'b1;
            data_o  <= shift_q;
          end
        end else begin
          shift_q <= {rx, shift_q[7:1]};
        end
      end else begin
        cnt_q <= cnt_q + 1'b1;
      end
    end
  end
endmodule
