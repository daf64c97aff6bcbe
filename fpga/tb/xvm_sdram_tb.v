// SPDX-License-Identifier: Apache-2.0
// xvm_sdram_tb - unit test of the SDRAM controller (xvm_sdram) and the arbiter
// in front of it (xvm_sdram_arb) against the SDRAM model, whose timing and
// protocol checks run throughout. Two bus masters act as the core does:
// each holds a request until it is granted and requires the response
// exactly one cycle later. The data port writes (random byte enables) and
// reads random words over several banks and rows, the fetch port reads at
// the same time, sometimes withdrawing a request before its grant; every
// read must return what a reference copy holds. The run lasts long enough
// for many refreshes. Prints PASS/FAIL lines for: init, data, fetch,
// withdraw, protocol, model (no timing or protocol violation), and the
// average read latency.
`timescale 1ns / 1ps
module xvm_sdram_tb;
  localparam integer ClkMhz   = `XVM_TB_MHZ;
  localparam real    Half     = 500.0 / ClkMhz;
  localparam integer Words    = 16384;   // 16 rows of each bank (RowBits 4)
  localparam integer Ops      = 6000;

  reg clk = 1'b0, rst_n = 1'b0;
  always #(Half) clk = ~clk;

  reg         i_req = 1'b0, d_req = 1'b0, d_we = 1'b0;
  reg  [31:0] i_addr = 32'd0, d_addr = 32'd0, d_wdata = 32'd0;
  reg  [3:0]  d_be = 4'd0;
  wire        i_gnt, i_rvalid, d_gnt, d_rvalid;
  wire [31:0] i_rdata, d_rdata;

  wire        cmd_valid, cmd_ready, cmd_we, rsp_valid;
  wire [22:0] cmd_addr;
  wire [3:0]  cmd_be;
  wire [31:0] cmd_wdata, rsp_rdata;

  xvm_sdram_arb u_arb (
    .clk_i (clk), .rst_ni (rst_n),
    .rami_addr_i (i_addr), .ramd_addr_i (d_addr),
    .rami_req_i (i_req), .rami_gnt_o (i_gnt), .rami_rvalid_o (i_rvalid), .rami_rdata_o (i_rdata),
    .ramd_req_i (d_req), .ramd_we_i (d_we), .ramd_be_i (d_be), .ramd_wdata_i (d_wdata),
    .ramd_gnt_o (d_gnt), .ramd_rvalid_o (d_rvalid), .ramd_rdata_o (d_rdata),
    .cmd_valid_o (cmd_valid), .cmd_ready_i (cmd_ready), .cmd_we_o (cmd_we),
    .cmd_addr_o (cmd_addr), .cmd_be_o (cmd_be), .cmd_wdata_o (cmd_wdata),
    .rsp_valid_i (rsp_valid), .rsp_rdata_i (rsp_rdata)
  );

  wire        cke, cs_n, ras_n, cas_n, we_n, dq_oe;
  wire [1:0]  ba, dqm;
  wire [12:0] a;
  wire [15:0] dq_out;
  wire [15:0] dq = dq_oe ? dq_out : 16'hzzzz;
  wire        model_error;

  xvm_sdram #(.ClkMhz (ClkMhz)) u_ctl (
    .clk_i (clk), .rst_ni (rst_n),
    .cmd_valid_i (cmd_valid), .cmd_ready_o (cmd_ready), .cmd_we_i (cmd_we),
    .cmd_addr_i (cmd_addr), .cmd_be_i (cmd_be), .cmd_wdata_i (cmd_wdata),
    .rsp_valid_o (rsp_valid), .rsp_rdata_o (rsp_rdata),
    .sd_cke_o (cke), .sd_cs_no (cs_n), .sd_ras_no (ras_n), .sd_cas_no (cas_n),
    .sd_we_no (we_n), .sd_ba_o (ba), .sd_a_o (a), .sd_dqm_o (dqm),
    .sd_dq_o (dq_out), .sd_dq_oe_o (dq_oe), .sd_dq_i (dq)
  );

  // The part is clocked by the inverted controller clock, as on the board.
  xvm_sdram_model #(.RowBits (4)) u_mem (
    .clk_i (~clk), .cke_i (cke), .cs_ni (cs_n), .ras_ni (ras_n), .cas_ni (cas_n),
    .we_ni (we_n), .ba_i (ba), .a_i (a), .dqm_i (dqm), .dq_io (dq),
    .error_o (model_error)
  );

  reg [31:0] ref_mem [0:Words-1];
  integer errors_data = 0, errors_fetch = 0, errors_proto = 0, withdrawn = 0;
  integer d_reads = 0, i_reads = 0, d_wait_sum = 0, k, seed = 14;
  integer init_cycles = 0, refs = 0;
  real    t_init = 0.0;
  reg     init_seen = 1'b0, fetch_on = 1'b0, writes_done = 1'b0;


  always @(posedge clk) begin
    if (!init_seen && rst_n) begin
      init_cycles = init_cycles + 1;
      if (cmd_ready) begin
        init_seen = 1'b1;
        t_init    = $realtime;
      end
    end
    if (!cs_n && !ras_n && !cas_n && we_n) refs = refs + 1;
  end

  // A master sets its request after the falling edge; the grant, settled
  // before the rising edge, is taken there, and the response must be there
  // in the following cycle.
  // The data port: every word is written before it is read. It owns words
  // w * 37 % 8192 for w < 512; the fetch port reads 256 words of the upper
  // half, written once at the start.
  reg [31:0] expect_d;
  reg        g;
  integer    n, w, wait_c;
  initial begin
    repeat (5) @(posedge clk);
    rst_n = 1'b1;
    wait (init_seen);
    for (w = 0; w < 768; w = w + 1) begin
      @(negedge clk);
      d_req = 1'b1; d_we = 1'b1; d_be = 4'hf;
      d_addr = (w < 512 ? w * 37 % 8192 : 8192 + (w - 512) * 29) * 4;
      d_wdata = $random(seed);
      ref_mem[d_addr / 4] = d_wdata;
      g = 1'b0;
      while (!g) begin #1 g = d_gnt; @(posedge clk); if (!g) @(negedge clk); end
      #1 if (!d_rvalid) errors_proto = errors_proto + 1;
    end
    @(negedge clk) d_req = 1'b0;
    writes_done = 1'b1;
    for (n = 0; n < Ops; n = n + 1) begin
      w = (($random(seed) & 32'h7fff_ffff) % 512) * 37 % 8192;
      @(negedge clk);
      d_req   = 1'b1;
      d_addr  = w * 4;
      d_we    = $random(seed) & 1;
      d_be    = $random(seed);
      d_wdata = $random(seed);
      if (!d_we) d_be = 4'hf;
      expect_d = ref_mem[w];
      if (d_we) begin
        if (d_be[0]) ref_mem[w][7:0]   = d_wdata[7:0];
        if (d_be[1]) ref_mem[w][15:8]  = d_wdata[15:8];
        if (d_be[2]) ref_mem[w][23:16] = d_wdata[23:16];
        if (d_be[3]) ref_mem[w][31:24] = d_wdata[31:24];
      end
      wait_c = 0;
      g = 1'b0;
      while (!g) begin
        #1 g = d_gnt;
        @(posedge clk);
        if (!g) begin wait_c = wait_c + 1; @(negedge clk); end
      end
      #1 if (!d_rvalid) errors_proto = errors_proto + 1;
      if (!d_we) begin
        d_reads = d_reads + 1;
        d_wait_sum = d_wait_sum + wait_c;
        if (d_rdata !== expect_d) begin
          if (errors_data < 5)
            $display("data: word %0d read %h, expected %h", w, d_rdata, expect_d);
          errors_data = errors_data + 1;
        end
      end
      if (($random(seed) & 7) == 0) begin
        @(negedge clk) d_req = 1'b0;
        repeat ($random(seed) & 7) @(negedge clk);
      end
    end
    @(negedge clk) d_req = 1'b0;
    repeat (20) @(posedge clk);
    finish_test;
  end

  // The fetch port, now and then giving up on a request before its grant.
  integer fw, fwait;
  reg     fg;
  initial begin
    wait (writes_done);
    fetch_on = 1'b1;
    forever begin
      fw = 8192 + ((($random(seed) & 32'h7fff_ffff) % 256) * 29);
      @(negedge clk);
      i_req  = 1'b1;
      i_addr = fw * 4;
      fwait  = $random(seed) & 15;
      fg = 1'b0;
      while (!fg && fwait >= 0) begin
        #1 fg = i_gnt;
        @(posedge clk);
        fwait = fwait - 1;
        if (!fg) @(negedge clk);
      end
      if (!fg) begin
        i_req = 1'b0;
        withdrawn = withdrawn + 1;
      end else begin
        #1 if (!i_rvalid) errors_proto = errors_proto + 1;
        i_reads = i_reads + 1;
        if (i_rdata !== ref_mem[fw]) begin
          if (errors_fetch < 5)
            $display("fetch: word %0d read %h, expected %h", fw, i_rdata, ref_mem[fw]);
          errors_fetch = errors_fetch + 1;
        end
        @(negedge clk) i_req = 1'b0;
      end
    end
  end

  // rvalid never without a grant in the cycle before
  reg i_gnt_q = 1'b0, d_gnt_q = 1'b0;
  always @(posedge clk) begin
    if (rst_n && (i_rvalid !== i_gnt_q || d_rvalid !== d_gnt_q)) errors_proto = errors_proto + 1;
    i_gnt_q <= i_gnt;
    d_gnt_q <= d_gnt;
  end

  task result(input ok, input [8*16-1:0] name);
    $display("%s sdram/%0s", ok ? "PASS" : "FAIL", name);
  endtask

  task finish_test;
    begin
      result(init_seen && init_cycles >= 200 * ClkMhz, "init");
      result(errors_data == 0 && d_reads > Ops / 3, "data");
      result(fetch_on && errors_fetch == 0 && i_reads > 100, "fetch");
      result(withdrawn > 10, "withdraw");
      result(errors_proto == 0, "protocol");
      // two refreshes of the init sequence, then one per 7.8125 us at least
      result(!model_error && refs - 2 >= ($realtime - t_init) / 7812.5, "model");
      $display("sdram: %0d MHz: init %0d cycles, %0d data reads (%0d cycles to grant on average), %0d fetches, %0d withdrawn, %0d refreshes",
               ClkMhz, init_cycles, d_reads, d_wait_sum / (d_reads + 1), i_reads, withdrawn, refs);
      $finish;
    end
  endtask
endmodule
