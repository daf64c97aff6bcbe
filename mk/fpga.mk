# SPDX-License-Identifier: Apache-2.0
# The iCEBreaker (iCE40UP5K-SG48) board flow (fpga/, fpga/README.md).
#
#   make fpga                 synthesis, place and route, bitstream and the
#                             resource/Fmax report (build/fpga/report.txt)
#   make flash [PROG=x.elf]   program the bitstream and the program image
#                             (default: the monitor demo, vmm-small)
#   make test-fpga-postsynth  the synthesized netlist runs the board hello
#                             (Verilator on the iCE40 cell models), loaded
#                             by the boot ROM from a flash model, and
#                             refuses bad images
#   make test-fpga-postsynth-demo   the same with the monitor demo (long)
#   make fpga-area            per-module resources (hierarchical synthesis)
#
# FPGA_MHZ is the core clock (a multiple of 3, see fpga/xvm_ice40_pll.v);
# the UART baud rate and the 1 MHz mtime tick are derived from it.

FPGA_DIR          := $(BUILD)/fpga
FPGA_MHZ          ?= 30
FPGA_BAUD         ?= 115200
# Past the UP5K bitstream (104 KiB), on a 64 KiB erase-block boundary.
FPGA_FLASH_OFFSET := 0x100000
FPGA_RAM_BYTES    := 0x20000

FPGA_BOARD_SRCS := fpga/xvm_icebreaker.v fpga/xvm_ice40_pll.v fpga/xvm_ice40_spram.v \
                   fpga/xvm_bootrom.v fpga/xvm_uart_tx.v fpga/xvm_uart_rx.v
FPGA_RTL_SRCS   := $(filter-out rtl/xvm_sim_%,$(sort $(wildcard rtl/*.v)))
FPGA_SRCS       := $(FPGA_BOARD_SRCS) $(FPGA_RTL_SRCS)
FPGA_BOOTROM    := $(FPGA_DIR)/bootrom.hex
FPGA_DEPS       := $(FPGA_SRCS) $(wildcard rtl/*.vh) fpga/icebreaker.pcf $(FPGA_BOOTROM)
# The core is built in the board configuration (BOARD_CORE_DEFINES,
# mk/board.mk, the one test-board-core verifies). FPGA_CORE_PARAMS overrides
# core parameters on top of it for experiments, e.g.
# FPGA_CORE_PARAMS="ItlbEntries=2 DtlbEntries=2" (xvm_soc does not pass
# them through, so they are set on xvm_core's definition).
FPGA_CORE_PARAMS ?=
FPGA_YOSYS_READ := read_verilog $(addprefix -D,$(BOARD_CORE_DEFINES)) -Irtl $(FPGA_SRCS); \
                   $(if $(strip $(FPGA_CORE_PARAMS)),chparam $(foreach p,$(FPGA_CORE_PARAMS),-set $(subst =, ,$(p))) xvm_core;) \
                   chparam -set BootRom \"$(FPGA_BOOTROM)\" xvm_icebreaker; \
                   hierarchy -top xvm_icebreaker -chparam ClkMhz $(FPGA_MHZ) -chparam Baud $(FPGA_BAUD)

# Programs for the board are linked for its 128 KiB of RAM (stack at the top).
# The default program is the monitor demo in its 128 KiB configuration.
FPGA_SW_LINK     = $(SW_LINK) -Wl,--defsym=__ram_size=$(FPGA_RAM_BYTES)
FPGA_HELLO       := $(FPGA_DIR)/sw/hello.elf
PROG             ?= $(BUILD)/vmm/img/vmm-small.elf

.PHONY: fpga fpga-synth fpga-area flash test-fpga-postsynth FORCE_FPGA_IMG
FORCE_FPGA_IMG:

fpga: $(FPGA_DIR)/xvm_icebreaker.bin
	@sh fpga/report.sh $(FPGA_DIR)/stat.txt $(FPGA_DIR)/nextpnr.log $(FPGA_MHZ) | tee $(FPGA_DIR)/report.txt
	@! grep -q '^timing: FAIL' $(FPGA_DIR)/report.txt

fpga-synth: $(FPGA_DIR)/xvm_icebreaker.json

# The build settings, rewritten only when they change, so that changing
# FPGA_MHZ, FPGA_BAUD or FPGA_CORE_PARAMS resynthesizes.
FPGA_CONFIG := $(FPGA_MHZ) $(FPGA_BAUD) $(BOARD_CORE_DEFINES) $(strip $(FPGA_CORE_PARAMS))
$(FPGA_DIR)/config.txt: FORCE_FPGA_IMG
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = "$(FPGA_CONFIG)" ] || echo "$(FPGA_CONFIG)" > $@

$(FPGA_DIR)/xvm_icebreaker.json $(FPGA_DIR)/xvm_icebreaker_syn.v $(FPGA_DIR)/stat.txt &: \
    $(FPGA_DEPS) mk/fpga.mk $(FPGA_DIR)/config.txt | $(DEPS_STAMP)
	@mkdir -p $(FPGA_DIR)
	@m=$(FPGA_MHZ); [ "$$m" -ge 9 ] 2>/dev/null && [ "$$m" -le 66 ] && [ $$((m % 3)) -eq 0 ] || \
	  { echo "fpga: FPGA_MHZ=$(FPGA_MHZ): must be a multiple of 3 from 9 to 66" >&2; exit 2; }
	yosys -q -l $(FPGA_DIR)/yosys.log -p "$(FPGA_YOSYS_READ); \
	  synth_ice40 -top xvm_icebreaker -dsp -abc2 -json $(FPGA_DIR)/xvm_icebreaker.json; check -assert; \
	  tee -q -o $(FPGA_DIR)/stat.txt stat; write_verilog -noattr $(FPGA_DIR)/xvm_icebreaker_syn.v" > /dev/null
	@if grep -q '^Latch inferred' $(FPGA_DIR)/yosys.log; then \
	  grep '^Latch inferred' $(FPGA_DIR)/yosys.log; echo "fpga: latches inferred" >&2; exit 1; fi

# -abc2 (a second ABC pass) saves about 2 % of the LUTs over the default
# flow; -abc9 costs 5 % more.

# One thread, and never more than one place and route at a time (shared CPU).
$(FPGA_DIR)/xvm_icebreaker.asc: $(FPGA_DIR)/xvm_icebreaker.json fpga/icebreaker.pcf
	nextpnr-ice40 --up5k --package sg48 --pcf fpga/icebreaker.pcf --json $< --asc $@.tmp \
	  --freq $(FPGA_MHZ) --threads 1 --seed 1 --timing-allow-fail -q -l $(FPGA_DIR)/nextpnr.log || \
	  { sh fpga/report.sh $(FPGA_DIR)/stat.txt $(FPGA_DIR)/nextpnr.log $(FPGA_MHZ) | tee $(FPGA_DIR)/report.txt; \
	    echo "fpga: place and route failed, see $(FPGA_DIR)/nextpnr.log" >&2; exit 1; }
	mv $@.tmp $@

$(FPGA_DIR)/xvm_icebreaker.bin: $(FPGA_DIR)/xvm_icebreaker.asc
	icepack $< $@

# Per-module LUT/FF/BRAM/DSP counts, to find where the area goes.
fpga-area: $(FPGA_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(FPGA_DIR)
	yosys -q -l $(FPGA_DIR)/yosys-area.log -p "$(FPGA_YOSYS_READ); \
	  synth_ice40 -top xvm_icebreaker -dsp -abc2 -noflatten; tee -q -o $(FPGA_DIR)/area.txt stat" > /dev/null
	@sh fpga/area.sh $(FPGA_DIR)/area.txt

# Verilator -Wall over the board top, its memories and the SoC in the board
# configuration, with Yosys's cell models for the iCE40 primitives. Modules
# without a timescale get that of the models.
FPGA_YOSYS_CELLS = $$(yosys-config --datdir 2>/dev/null || echo /usr/share/yosys)/ice40/cells_sim.v

.PHONY: lint-fpga test-lint-fpga
lint-fpga: | $(DEPS_STAMP)
	verilator --lint-only -Wall --timescale 1ns/1ps $(addprefix -D,$(BOARD_CORE_DEFINES)) \
	  -DNO_ICE40_DEFAULT_ASSIGNMENTS -Irtl fpga/ice40_cells.vlt $(FPGA_SRCS) $(FPGA_YOSYS_CELLS) \
	  --top-module xvm_icebreaker
	@echo "lint-fpga: clean"

test-lint-fpga:
	@mkdir -p $(RESULTS)
	@if $(MAKE) --no-print-directory lint-fpga; then echo "PASS fpga/lint" > $(RESULTS)/lint-fpga.txt; \
	else echo "FAIL fpga/lint" > $(RESULTS)/lint-fpga.txt; exit 1; fi

# --- the boot ROM ----------------------------------------------------------
# fpga/bootrom.S, linked at the RAM base where the board overlays it, as the
# block RAM's $readmemh image: one 32-bit word per line, padded with zeros
# to the ROM's 256 words (xvm_bootrom's AddrBits).
FPGA_BOOTROM_WORDS := 256

$(FPGA_DIR)/bootrom.elf: fpga/bootrom.S $(SW_LDSCRIPT) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -DFLASH_OFFSET=$(FPGA_FLASH_OFFSET) -DRAM_BYTES=$(FPGA_RAM_BYTES) \
	  -nostdlib -nostartfiles -T$(SW_LDSCRIPT) -Wl,--no-warn-rwx-segments -o $@ $<

$(FPGA_BOOTROM): $(FPGA_DIR)/bootrom.elf
	$(RV_OBJCOPY) -O binary $< $@.bin
	@n=$$(( $$(wc -c < $@.bin) / 4 )); [ $$n -le $(FPGA_BOOTROM_WORDS) ] || \
	  { echo "fpga: the boot ROM needs $$n words, more than $(FPGA_BOOTROM_WORDS)" >&2; exit 1; }
	{ od -An -v -tx4 -w4 $@.bin | tr -d ' '; \
	  yes 00000000 | head -n $$(( $(FPGA_BOOTROM_WORDS) - $$(wc -c < $@.bin) / 4 )); } > $@.tmp
	rm -f $@.bin
	mv $@.tmp $@

# --- program images ------------------------------------------------------
# The runtime objects and the link script come in through the simulation
# hello, which depends on the same ones.
$(FPGA_HELLO): sw/hello/hello.c $(BUILD)/sw/hello.elf
	@mkdir -p $(@D)
	$(FPGA_SW_LINK) -o $@ $<

$(FPGA_DIR)/prog.img: $(PROG) fpga/mkimage.sh FORCE_FPGA_IMG
	@mkdir -p $(@D)
	sh fpga/mkimage.sh $(RV_PREFIX) $(PROG) $@


flash: $(FPGA_DIR)/xvm_icebreaker.bin $(FPGA_DIR)/prog.img
	iceprog $(FPGA_DIR)/xvm_icebreaker.bin
	iceprog -o $$(($(FPGA_FLASH_OFFSET))) $(FPGA_DIR)/prog.img

ALL_TARGETS += $(FPGA_HELLO)

# --- post-synthesis simulation ---------------------------------------------
# The netlist runs on Yosys's iCE40 cell models, minus the empty SB_PLL40_PAD
# blackbox that the testbench replaces with a pass-through model. Verilator
# (--timing, for the testbench's flash model and serial receiver) rather
# than Icarus: Icarus simulates the flattened netlist at about 50 cycles/s
# once the core runs, Verilator at about 100k cycles/s after a 75 s build.
FPGA_CELLS_SIM := $(FPGA_DIR)/cells_sim.v
FPGA_PS_DIR    := $(FPGA_DIR)/postsynth
FPGA_PS_BIN    := $(FPGA_PS_DIR)/xvm_icebreaker_tb
FPGA_PS_TB     := fpga/tb/xvm_icebreaker_tb.v fpga/tb/xvm_spi_flash_model.v fpga/tb/sb_pll40_pad_sim.v

$(FPGA_CELLS_SIM): | $(DEPS_STAMP)
	@mkdir -p $(@D)
	awk '/^module SB_PLL40_PAD /{skip=1} !skip{print} skip && /^endmodule/{skip=0}' \
	  $$(yosys-config --datdir 2>/dev/null || echo /usr/share/yosys)/ice40/cells_sim.v > $@

# Netlists are full of vectors whose bits feed each other (UNOPTFLAT) and
# the cell models of lint findings; neither is a design problem here.
$(FPGA_PS_BIN): $(FPGA_DIR)/xvm_icebreaker_syn.v $(FPGA_CELLS_SIM) $(FPGA_PS_TB)
	@mkdir -p $(FPGA_PS_DIR)
	verilator --binary -j 1 --build-jobs 1 -Wno-fatal -Wno-lint -Wno-style -Wno-MULTIDRIVEN -Wno-UNOPTFLAT \
	  -DNO_ICE40_DEFAULT_ASSIGNMENTS -DXVM_CLK_MHZ=$(FPGA_MHZ) -DXVM_BAUD=$(FPGA_BAUD) \
	  "-DXVM_FLASH_OFFSET=24'h$$(printf %x $$(($(FPGA_FLASH_OFFSET))))" \
	  --top-module xvm_icebreaker_tb -Mdir $(FPGA_PS_DIR) -o $(notdir $@) -CFLAGS -O1 \
	  $(FPGA_DIR)/xvm_icebreaker_syn.v $(FPGA_PS_TB) $(FPGA_CELLS_SIM) > $(FPGA_PS_DIR)/build.log 2>&1 || \
	  { grep -E '^%Error' $(FPGA_PS_DIR)/build.log | head; exit 1; }

# Each program's serial output must equal what the RTL simulator prints for
# the same ELF in the board's RAM (fpga/postsynth.sh), and images the boot
# ROM must refuse must end in the LEDs' "no valid image" (fpga/badimage.sh).
# These take seconds; the monitor demo (vmm-small, the 128 KiB
# configuration) 8.5 million cycles, over a minute of CPU, so it is a long
# test.
FPGA_DEMO        := $(BUILD)/vmm/img/vmm-small.elf
FPGA_PS_RUN      := sh fpga/postsynth.sh $(FPGA_PS_BIN) $(BUILD)/xvm-sim $(RV_PREFIX)

.PHONY: test-fpga-postsynth-demo
test-fpga-postsynth: $(FPGA_PS_BIN) $(FPGA_HELLO) $(BUILD)/xvm-sim fpga/postsynth.sh fpga/mkimage.sh \
    fpga/badimage.sh
	@mkdir -p $(RESULTS)
	@rc=0; { $(FPGA_PS_RUN) 3000000 $(FPGA_PS_DIR) $(FPGA_HELLO) || rc=1; \
	  sh fpga/badimage.sh $(FPGA_PS_BIN) $(FPGA_PS_DIR)/bad-image || rc=1; } > $(RESULTS)/fpga-postsynth.txt; \
	  cat $(RESULTS)/fpga-postsynth.txt; exit $$rc

test-fpga-postsynth-demo: $(FPGA_PS_BIN) $(FPGA_DEMO) $(BUILD)/xvm-sim fpga/postsynth.sh fpga/mkimage.sh
	@mkdir -p $(RESULTS)
	@$(FPGA_PS_RUN) 12000000 $(FPGA_PS_DIR) $(FPGA_DEMO) > $(RESULTS)/fpga-postsynth-demo.txt; rc=$$?; \
	  cat $(RESULTS)/fpga-postsynth-demo.txt; exit $$rc

# --- RTL unit tests of the board-only blocks (no core needed, < 1 s) --------
FPGA_UNITS_VVP  := $(FPGA_DIR)/units.vvp
FPGA_UNITS_SRCS := fpga/tb/xvm_fpga_units_tb.v fpga/xvm_uart_tx.v fpga/xvm_uart_rx.v \
                   fpga/xvm_bootrom.v rtl/xvm_uart.v

$(FPGA_UNITS_VVP): $(FPGA_UNITS_SRCS) rtl/xvm_defs.vh $(FPGA_BOOTROM) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	iverilog -g2012 -Irtl '-DXVM_BOOTROM_HEX="$(FPGA_BOOTROM)"' -s xvm_fpga_units_tb -o $@ $(FPGA_UNITS_SRCS)

.PHONY: test-fpga-units
test-fpga-units: $(FPGA_UNITS_VVP)
	@mkdir -p $(RESULTS)
	@vvp -n $< | grep -E '^(PASS|FAIL) ' > $(RESULTS)/fpga-units.txt || true
	@cat $(RESULTS)/fpga-units.txt
	@[ $$(grep -c '^PASS ' $(RESULTS)/fpga-units.txt) -eq 6 ] && ! grep -q '^FAIL ' $(RESULTS)/fpga-units.txt

TEST_TARGETS      += test-lint-fpga test-fpga-units test-fpga-postsynth
TEST_LONG_TARGETS += test-fpga-postsynth-demo
