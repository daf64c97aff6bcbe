# SPDX-License-Identifier: Apache-2.0
# RTL checks: lint (Verilator -Wall), synthesis for the iCE40UP5K (Yosys),
# and the 4-state run of programs under Icarus Verilog.

RTL_SRCS      := $(RTL_CORE_SRCS) $(RTL_SOC_SRCS) $(RTL_SIM_SRCS)
SYNTH_DIR     := $(BUILD)/synth

.PHONY: lint synth test-icarus

lint: $(DEPS_STAMP)
	verilator --lint-only -Wall -Irtl $(RTL_SRCS) --top-module xvm_sim_top
	@echo "lint: clean"

# Synthesis of the core for the UP5K: fails on any inferred latch, prints the
# resource counts (also written to $(SYNTH_DIR)/report.txt).
synth: $(SYNTH_DIR)/report.txt
	@cat $<

$(SYNTH_DIR)/report.txt: $(RTL_CORE_SRCS) rtl/xvm_defs.vh | $(DEPS_STAMP)
	@mkdir -p $(@D)
	yosys -q -l $(SYNTH_DIR)/yosys.log -p "read_verilog -Irtl $(RTL_CORE_SRCS); \
	  synth_ice40 -top xvm_core -dsp; check -assert; tee -o $(SYNTH_DIR)/stat.txt stat" > /dev/null
	@if grep -q '^Latch inferred' $(SYNTH_DIR)/yosys.log; then \
	  grep '^Latch inferred' $(SYNTH_DIR)/yosys.log; echo "synth: latches inferred" >&2; exit 1; fi
	@{ echo "xvm_core on iCE40UP5K (yosys synth_ice40 -dsp)"; \
	  for c in SB_LUT4 SB_CARRY SB_DFF SB_RAM40_4K SB_MAC16; do \
	    n=$$(awk -v c="$$c" '$$1 ~ "^"c { s += $$2 } END { print s + 0 }' $(SYNTH_DIR)/stat.txt); \
	    printf '  %-12s %6d\n' "$$c*" "$$n"; done; } > $@

# 4-state run: every program in ICARUS_PROGS runs on the RTL under Icarus.
# Areas add their directed-test ELFs to ICARUS_PROGS.
ICARUS_DIR   := $(BUILD)/icarus
ICARUS_VVP   := $(ICARUS_DIR)/xvm_tb.vvp
ELF2HEX      := $(ICARUS_DIR)/elf2hex
ICARUS_PROGS ?=

$(ICARUS_VVP): $(RTL_SRCS) tests/icarus/xvm_tb_icarus.v | $(DEPS_STAMP)
	@mkdir -p $(@D)
	iverilog -g2005-sv -DXVM_ICARUS -Irtl -s xvm_tb_icarus -o $@ tests/icarus/xvm_tb_icarus.v $(RTL_SRCS)

$(ELF2HEX): tests/icarus/elf2hex.c $(SIM_COMMON_LIB) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) $< $(SIM_COMMON_LIB) -o $@

test-icarus: $(ICARUS_VVP) $(ELF2HEX) $(ICARUS_PROGS)
	@mkdir -p $(RESULTS); : > $(RESULTS)/icarus.txt; rc=0; \
	for p in $(ICARUS_PROGS); do \
	  n=$$(basename $$p .elf); hex=$(ICARUS_DIR)/$$n.hex; \
	  th=$$($(ELF2HEX) $$p $$hex) || { echo "FAIL icarus/$$n" >> $(RESULTS)/icarus.txt; rc=1; continue; }; \
	  out=$$(vvp -n $(ICARUS_VVP) +ram=$$hex +tohost=$$th +max_cycles=3000000 2>&1); \
	  if echo "$$out" | grep -qx 'XVM_EXIT 0'; then echo "PASS icarus/$$n" >> $(RESULTS)/icarus.txt; \
	  else echo "FAIL icarus/$$n" >> $(RESULTS)/icarus.txt; echo "$$out" | tail -3; rc=1; fi; \
	done; cat $(RESULTS)/icarus.txt; exit $$rc

# make test wrappers: lint and synthesis as one PASS/FAIL line each.
.PHONY: test-lint test-synth
test-lint:
	@mkdir -p $(RESULTS)
	@if $(MAKE) --no-print-directory lint; then echo "PASS rtl/lint" > $(RESULTS)/lint.txt; \
	else echo "FAIL rtl/lint" > $(RESULTS)/lint.txt; exit 1; fi

test-synth:
	@mkdir -p $(RESULTS)
	@if $(MAKE) --no-print-directory synth; then echo "PASS rtl/synth" > $(RESULTS)/synth.txt; \
	else echo "FAIL rtl/synth" > $(RESULTS)/synth.txt; exit 1; fi

TEST_TARGETS += test-lint test-synth test-icarus
