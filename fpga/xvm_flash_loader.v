// xvm_flash_loader - the boot loader: clears the RAM, then copies the program
// image from the board's SPI flash into it while the core is held in reset.
// A hardware state machine rather than boot-ROM code, so the SoC's address
// map stays the simulation one and the core starts at 0x8000_0000 as usual.
//
// Image at FlashOffset (written by fpga/mkimage.sh):
//   word 0  magic 0x314D5658 ("XVM1", little-endian)
//   word 1  payload length in bytes, a multiple of 4, at most the RAM size
//   then    the payload, copied to the RAM base
// A bad magic or length stops in the error state (the core never starts).
//
// The flash is woken from deep power-down (0xAB) and read with the plain
// READ command (0x03) in SPI mode 0 at half the clock frequency (at most
// 33 MHz), within the READ limit of common serial flashes (50 MHz).
module xvm_flash_loader #(
  parameter [23:0]  FlashOffset = 24'h100000,
  parameter integer RamWords    = 32768,
  parameter integer WakeCycles  = 1024      // > tRES1 (3 us) at 66 MHz
) (
  input  wire        clk_i,
  input  wire        rst_ni,
  output wire        done_o,
  output wire        error_o,
  // RAM write port
  output reg         ram_we_o,
  output reg  [14:0] ram_word_o,
  output reg  [31:0] ram_wdata_o,
  // SPI flash
  output reg         spi_cs_no,
  output reg         spi_sck_o,
  output wire        spi_mosi_o,
  input  wire        spi_miso_i
);
  localparam [31:0] Magic    = 32'h314D5658;
  localparam [31:0] RamBytes  = RamWords * 4;
  localparam [31:0] ClearLast = RamWords - 1;
  localparam [31:0] WaitLast  = WakeCycles - 1;
  localparam [7:0]  CmdWake  = 8'hAB;
  localparam [7:0]  CmdRead  = 8'h03;

  localparam [3:0] SClear = 4'd0;
  localparam [3:0] SWake  = 4'd1;
  localparam [3:0] SWait  = 4'd2;
  localparam [3:0] SCmd   = 4'd3;
  localparam [3:0] SMagic = 4'd4;
  localparam [3:0] SLen   = 4'd5;
  localparam [3:0] SCheck = 4'd6;
  localparam [3:0] SData  = 4'd7;
  localparam [3:0] SDone  = 4'd8;
  localparam [3:0] SError = 4'd9;

  reg [3:0]  state_q;
  reg [15:0] cnt_q;          // RAM words cleared/written, or wait cycles
  reg [15:0] words_q;        // payload words still to copy
  // The length checks are registered (state SCheck) so that the wide
  // comparisons stay off the paths into the bit engine.
  reg        len_ok_q, len_zero_q;

  // Bit engine: one bit per two cycles (SCK low, then high), bits_q counting
  // down. MISO is shifted into in_q as SCK falls: the flash changed it after
  // the previous falling edge, a whole bit time earlier. MOSI is the command
  // word's bit bits_q-1 (MSB first), a constant per state.
  reg [31:0] in_q;
  reg [5:0]  bits_q;
  reg        ph_q;
  reg        xfer_done;      // the cycle after the last bit: in_q complete
  wire       busy = (bits_q != 6'd0);

  wire [31:0] cmd_word = (state_q == SWake) ? {24'd0, CmdWake} :
                        (state_q == SCmd)  ? {CmdRead, FlashOffset} : 32'd0;
  wire [4:0]  bit_idx  = bits_q[4:0] - 5'd1;   // 32 wraps to index 31
  assign spi_mosi_o = busy && cmd_word[bit_idx];
  assign done_o     = (state_q == SDone);
  assign error_o    = (state_q == SError);

  // The flash sends bytes in address order, MSB first: the first byte
  // received ends up in in_q[31:24] but is the lowest byte of the word.
  wire [31:0] rx_word = {in_q[7:0], in_q[15:8], in_q[23:16], in_q[31:24]};
  wire        len_ok  = (rx_word[1:0] == 2'd0) && (rx_word <= RamBytes);

  reg        start;
  reg [5:0]  start_bits;

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      in_q      <= 32'd0;
      bits_q    <= 6'd0;
      ph_q      <= 1'b0;
      spi_sck_o <= 1'b0;
      xfer_done <= 1'b0;
    end else if (start) begin
      xfer_done <= 1'b0;
      bits_q <= start_bits;
      ph_q   <= 1'b0;
    end else begin
      xfer_done <= busy && ph_q && (bits_q == 6'd1);
      if (busy) ph_q <= !ph_q;
      if (busy && !ph_q) spi_sck_o <= 1'b1;
      if (busy && ph_q) begin
        spi_sck_o <= 1'b0;
        in_q      <= {in_q[30:0], spi_miso_i};
        bits_q    <= bits_q - 6'd1;
      end
    end
  end

  always @(*) begin
    start      = 1'b0;
    start_bits = 6'd32;
    case (state_q)
      SClear: if (cnt_q == ClearLast[15:0]) begin
        start      = 1'b1;
        start_bits = 6'd8;
      end
      SWait:  start = (cnt_q == WaitLast[15:0]);
      SCmd, SMagic: start = xfer_done;
      SCheck: start = len_ok_q && !len_zero_q;
      SData:  start = xfer_done && (words_q != 16'd1);
      default: ;
    endcase
  end

  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= SClear;
      cnt_q       <= 16'd0;
      words_q     <= 16'd0;
      len_ok_q    <= 1'b0;
      len_zero_q  <= 1'b0;
      spi_cs_no   <= 1'b1;
      ram_we_o    <= 1'b0;
      ram_word_o  <= 15'd0;
      ram_wdata_o <= 32'd0;
    end else begin
      ram_we_o <= 1'b0;
      case (state_q)
        SClear: begin
          ram_we_o    <= 1'b1;
          ram_word_o  <= cnt_q[14:0];
          ram_wdata_o <= 32'd0;
          cnt_q       <= cnt_q + 16'd1;
          if (start) begin
            spi_cs_no <= 1'b0;
            state_q   <= SWake;
          end
        end
        SWake: if (xfer_done) begin
          spi_cs_no <= 1'b1;
          cnt_q     <= 16'd0;
          state_q   <= SWait;
        end
        SWait: begin
          cnt_q <= cnt_q + 16'd1;
          if (start) begin
            spi_cs_no <= 1'b0;
            state_q   <= SCmd;
          end
        end
        SCmd: if (xfer_done) state_q <= SMagic;
        SMagic: if (xfer_done) begin
          if (rx_word == Magic) begin
            state_q <= SLen;
          end else begin
            spi_cs_no <= 1'b1;
            state_q   <= SError;
          end
        end
        SLen: if (xfer_done) begin
          cnt_q      <= 16'd0;
          words_q    <= rx_word[17:2];
          len_ok_q   <= len_ok;
          len_zero_q <= (rx_word == 32'd0);
          state_q    <= SCheck;
        end
        SCheck: begin
          if (start) begin
            state_q <= SData;
          end else begin
            spi_cs_no <= 1'b1;
            state_q   <= len_zero_q ? SDone : SError;
          end
        end
        SData: if (xfer_done) begin
          ram_we_o    <= 1'b1;
          ram_word_o  <= cnt_q[14:0];
          ram_wdata_o <= rx_word;
          cnt_q       <= cnt_q + 16'd1;
          words_q     <= words_q - 16'd1;
          if (!start) begin
            spi_cs_no <= 1'b1;
            state_q   <= SDone;
          end
        end
        default: ;
      endcase
    end
  end
endmodule
