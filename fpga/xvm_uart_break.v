// SPDX-License-Identifier: Apache-2.0
// xvm_uart_break - detects a break on the serial input: the line held low
// for longer than Cycles (set to about two character times, far longer than
// any byte of zeros, whose stop bit is high). break_o is high from then
// until the line returns high; the board uses it as a reset and to ask its
// boot ROM for a serial boot (make load sends the break).
module xvm_uart_break #(
  parameter integer Cycles = 8680
) (
  input  wire clk_i,
  input  wire rst_ni,
  input  wire rx_i,       // already synchronized
  output reg  break_o
);
  localparam integer Bits = $clog2(Cycles + 1);

  reg [Bits-1:0] low_q;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      low_q   <= {Bits{1'b0}};
      break_o <= 1'b0;
    end else if (rx_i) begin
      low_q   <= {Bits{1'b0}};
      break_o <= 1'b0;
    end else if (low_q == Cycles[Bits-1:0]) begin
      break_o <= 1'b1;
    end else begin
      low_q <= low_q + 1'b1;
    end
  end
endmodule
