// SPDX-License-Identifier: Apache-2.0
// xvm_uart_tx - 8N1 serializer for the SoC's transmit byte stream. One byte
// waits in a holding register while the previous one is shifted out, so
// ready (the UART's THRE) drops only while both are busy.
module xvm_uart_tx #(
  parameter integer BitCycles = 260   // clock cycles per bit
) (
  input  wire       clk_i,
  input  wire       rst_ni,
  input  wire       valid_i,
  input  wire [7:0] data_i,
  output wire       ready_o,
  output wire       tx_o
);
  localparam integer CntBits = $clog2(BitCycles);
  localparam integer CntLastI = BitCycles - 1;
  localparam [CntBits-1:0] CntLast = CntLastI[CntBits-1:0];

  reg              hold_full_q;
  reg [7:0]        hold_q;
  reg [9:0]        shift_q;      // stop, data (LSB first), start
  reg [3:0]        bits_q;       // bits left to send, 0 = idle
  reg [CntBits-1:0] cnt_q;

  assign ready_o = !hold_full_q;
  assign tx_o    = (bits_q == 4'd0) ? 1'b1 : shift_q[0];

  wire bit_done = (cnt_q == CntLast);

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      hold_full_q <= 1'b0;
      hold_q      <= 8'd0;
      shift_q     <= 10'h3ff;
      bits_q      <= 4'd0;
      cnt_q       <= {CntBits{1'b0}};
    end else begin
      if (bits_q == 4'd0) begin
        if (hold_full_q) begin
          shift_q     <= {1'b1, hold_q, 1'b0};
          bits_q      <= 4'd10;
          cnt_q       <= {CntBits{1'b0}};
          hold_full_q <= 1'b0;
        end
      end else if (bit_done) begin
        shift_q <= {1'b1, shift_q[9:1]};
        bits_q  <= bits_q - 4'd1;
        cnt_q   <= {CntBits{1'b0}};
      end else begin
        cnt_q <= cnt_q + 1'b1;
      end
      if (valid_i && !hold_full_q) begin
        hold_q      <= data_i;
        hold_full_q <= 1'b1;
      end
    end
  end
endmodule
