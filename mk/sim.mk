# SPDX-License-Identifier: Apache-2.0
# Simulator front end: the C shared by both simulators (sim/xvm_*.c), the
# Verilator build of the RTL with its C testbench (build/xvm-sim), and their
# unit and command-line tests.

# --- C shared by xvm-sim and xvm-iss: link $(SIM_COMMON_LIB) -------------
SIM_COMMON_SRCS := sim/xvm_elf.c sim/xvm_options.c sim/xvm_commit.c sim/xvm_signal.c \
                   sim/xvm_decode.c sim/xvm_run.c sim/xvm_sv32.c
SIM_COMMON_OBJS := $(patsubst sim/%.c,$(BUILD)/sim/%.o,$(SIM_COMMON_SRCS))
SIM_COMMON_LIB  := $(BUILD)/sim/libxvm-common.a

$(SIM_COMMON_OBJS): $(BUILD)/sim/%.o: sim/%.c sim/%.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -c $< -o $@

$(SIM_COMMON_LIB): $(SIM_COMMON_OBJS)
	rm -f $@
	ar rcs $@ $^

ALL_TARGETS += $(SIM_COMMON_LIB)

# --- build/xvm-sim: the RTL through Verilator, driven by the C testbench --
VERILATOR      := verilator
# VL_ROOT: Verilator's include root, from $(DEPS_MK) (Makefile).
VL_DIR         := $(BUILD)/verilator
SIM_RTL_SRCS   ?= $(RTL_CORE_SRCS) $(RTL_SOC_SRCS) $(RTL_SIM_SRCS)
SIM_RTL_DEPS   := $(SIM_RTL_SRCS) $(RTL_HDRS) xvm.core
VL_MODEL_LIB   := $(VL_DIR)/Vxvm_sim_top__ALL.a
VL_RUNTIME_LIB := $(VL_DIR)/libverilated.a
# Verilator's own default for the generated code is -Os; -O3 measured about
# 10% faster than -O2 on the core; -march=native was not faster.
# VL_DEFINES: -D options for the RTL (a core configuration, see mk/board.mk).
VL_DEFINES     ?=
VL_FLAGS       := --cc --build -O3 --x-assign fast --x-initial fast --trace-fst \
                  --build-jobs 1 -Wno-fatal -CFLAGS -O3 \
                  -MAKEFLAGS "OPT_FAST=-O3 OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
                  --top-module xvm_sim_top -Irtl -Mdir $(VL_DIR)

TB_CXX         := g++
TB_CXXFLAGS    := -std=c++17 -O2 -g -Wall -Wextra -Werror -faligned-new $(DEPFLAGS) \
                  -DVM_COVERAGE=0 -DVM_SC=0 -DVM_TRACE=1 -DVM_TRACE_FST=1 -DVM_TRACE_VCD=0 -Itb -Isim -I$(GEN) -I$(VL_DIR) \
                  -isystem $(VL_ROOT)/include -isystem $(VL_ROOT)/include/vltstd
TB_C_SRCS      := tb/main.c tb/tb_commit_log.c tb/tb_uart.c tb/cosim.c tb/tb_gdb.c
TB_C_OBJS      := $(patsubst tb/%.c,$(BUILD)/tb/%.o,$(TB_C_SRCS))
TB_SHIM_OBJ    := $(BUILD)/tb/xvm_model.o

# Without --exe, Verilator builds only the model; the runtime objects it
# lists in VK_GLOBAL_OBJS are archived by a second run of its makefile.
$(VL_MODEL_LIB): $(SIM_RTL_DEPS) mk/sim.mk | $(DEPS_STAMP)
	@mkdir -p $(VL_DIR)
	$(VERILATOR) $(VL_FLAGS) $(VL_DEFINES) $(SIM_RTL_SRCS) > $(VL_DIR)/build.log 2>&1 || { cat $(VL_DIR)/build.log; exit 1; }
	@touch $@  # Verilator leaves an up-to-date archive untouched
	@grep -E '^%Warning' $(VL_DIR)/build.log | head -5 || true

$(VL_RUNTIME_LIB): $(VL_MODEL_LIB)
	rm -f $@
	$(MAKE) --no-print-directory -s -C $(VL_DIR) -f Vxvm_sim_top.mk OPT_GLOBAL=-O2 \
	  --eval='.SECONDEXPANSION:' --eval='libverilated.a: $$$$(VK_GLOBAL_OBJS); ar rcs $$@ $$^' \
	  libverilated.a

$(TB_SHIM_OBJ): tb/xvm_model.cpp tb/xvm_model.h sim/xvm_commit.h $(VL_MODEL_LIB)
	@mkdir -p $(@D)
	$(TB_CXX) $(TB_CXXFLAGS) -c $< -o $@

$(TB_C_OBJS): $(BUILD)/tb/%.o: tb/%.c $(wildcard tb/*.h) $(wildcard sim/*.h) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Itb -Isim/iss -c $< -o $@

# --cosim links the reference model ($(ISS_LIB), mk/iss.mk); --gdb also the
# GDB server and its ISS adapter (mk/debug.mk). Those come after the model:
# placed before it, they moved the model's code and cost 5% of the speed
# (measured); $(ISS_LIB) and $(SIM_COMMON_LIB) are repeated for them.
TB_GDB_OBJS    := $(BUILD)/tb/tb_gdb.o $(GDB_ISS_OBJ) $(GDB_LIB) $(DISASM_LIB)
TB_MAIN_OBJS   := $(filter-out $(BUILD)/tb/tb_gdb.o,$(TB_C_OBJS))

$(BUILD)/tb/tb_gdb.o: $(wildcard sim/gdb/*.h) $(wildcard sim/iss/*.h)

$(BUILD)/xvm-sim: $(TB_C_OBJS) $(TB_SHIM_OBJ) $(TB_GDB_OBJS) $(ISS_LIB) $(SIM_COMMON_LIB) \
                  $(VL_MODEL_LIB) $(VL_RUNTIME_LIB)
	$(TB_CXX) $(HOST_LDFLAGS) -o $@ $(TB_MAIN_OBJS) $(TB_SHIM_OBJ) $(ISS_LIB) $(SIM_COMMON_LIB) $(VL_MODEL_LIB) \
	  $(VL_RUNTIME_LIB) $(TB_GDB_OBJS) $(ISS_LIB) $(SIM_COMMON_LIB) -lz -pthread

# Until the core exists the simulation top cannot be compiled.
ALL_TARGETS += $(BUILD)/xvm-sim

# --- cmocka unit tests of sim/ (tests/unit/) ------------------------------
UNIT_DIR   := $(BUILD)/tests/unit
UNIT_NAMES := elf options commit run sv32
UNIT_BINS  := $(addprefix $(UNIT_DIR)/test_,$(UNIT_NAMES))

$(UNIT_BINS): $(UNIT_DIR)/test_%: tests/unit/test_%.c $(SIM_COMMON_LIB) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) $< $(SIM_COMMON_LIB) -lcmocka -o $@

# One PASS/FAIL line per test (scripts/cmocka.sh).
.PHONY: test-unit
test-unit: $(UNIT_BINS)
	@sh scripts/cmocka.sh unit $(RESULTS)/unit.txt $(UNIT_DIR) $(UNIT_BINS)

TEST_TARGETS += test-unit

# --- the RTL decoder against the decoder table (tests/decoder/) -----------
DECODER_DIR  := $(BUILD)/tests/decoder
DECODER_TEST := $(DECODER_DIR)/test_decoder

$(DECODER_TEST): tests/decoder/test_decoder.cpp rtl/xvm_decoder.v $(RTL_HDRS) $(SIM_COMMON_LIB) \
                 sim/xvm_decode.h | $(DEPS_STAMP)
	@mkdir -p $(DECODER_DIR)
	$(VERILATOR) --cc --exe --build -O3 --build-jobs 1 --top-module xvm_decoder -Irtl \
	  -Mdir $(DECODER_DIR)/obj -CFLAGS "-std=c++17 -O2 -I$(abspath sim) -I$(abspath $(GEN))" \
	  -o $(abspath $@) rtl/xvm_decoder.v $(abspath tests/decoder/test_decoder.cpp) \
	  $(abspath $(SIM_COMMON_LIB)) > $(DECODER_DIR)/build.log 2>&1 || { cat $(DECODER_DIR)/build.log; exit 1; }

.PHONY: test-decoder
test-decoder: $(DECODER_TEST)
	@mkdir -p $(RESULTS)
	@$(DECODER_TEST) > $(RESULTS)/decoder.txt; rc=$$?; \
	if [ $$rc -ne 0 ] && ! grep -q '^FAIL' $(RESULTS)/decoder.txt; then \
	  echo "FAIL decoder/run" >> $(RESULTS)/decoder.txt; fi; \
	cat $(RESULTS)/decoder.txt; exit $$rc

TEST_TARGETS += test-decoder

# --- command-line tests of the simulators (tests/cli/) --------------------
CLI_DIR     := $(BUILD)/tests/cli
CLI_LD      := tests/cli/link.ld
CLI_RVLINK  := $(RV_CC) $(RV_ASFLAGS) -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments -T $(CLI_LD)
CLI_PLAIN   := loop pass fail uart echo signature
CLI_ELFS    := $(addprefix $(CLI_DIR)/,$(addsuffix .elf,$(CLI_PLAIN) tohost-pass tohost-fail \
                 highdata low elf64 wrong-machine big-endian entry stack-top))

$(addprefix $(CLI_DIR)/,$(addsuffix .elf,$(CLI_PLAIN))): $(CLI_DIR)/%.elf: tests/cli/%.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -o $@ $<

$(CLI_DIR)/tohost-pass.elf: tests/cli/tohost.S $(CLI_LD) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -DTOHOST_VALUE=1 -o $@ $<

# Exit code 5: (5 << 1) | 1.
$(CLI_DIR)/tohost-fail.elf: tests/cli/tohost.S $(CLI_LD) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -DTOHOST_VALUE=11 -o $@ $<

$(CLI_DIR)/highdata.elf: tests/cli/highdata.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -Wl,--section-start=.high=0x80200000 -o $@ $<

# pass.S with an entry point past its first instruction (it still passes:
# execution starts at the reset pc), and with the __stack_top that
# sw/runtime/link.ld defines for a 16 MiB RAM.
$(CLI_DIR)/entry.elf: tests/cli/pass.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -Wl,--entry=0x80000008 -o $@ $<

$(CLI_DIR)/stack-top.elf: tests/cli/pass.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -Wl,--defsym=__stack_top=0x81000000 -o $@ $<

# Linked below RAM: a segment outside RAM.
$(CLI_DIR)/low.elf: tests/cli/loop.S $(CLI_LD) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -Wl,--section-start=.text=0x1000 -o $@ $<

$(CLI_DIR)/elf64.elf: tests/cli/loop.S $(CLI_LD) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) -march=rv64ima -mabi=lp64 -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments \
	  -T $(CLI_LD) -o $@ $<

# Valid RV32 files with one header byte changed: e_machine (offset 18) set
# to EM_386 (3), and EI_DATA (offset 5) set to big-endian (2).
$(CLI_DIR)/wrong-machine.elf: $(CLI_DIR)/loop.elf
	cp $< $@.tmp && printf '\003' | dd of=$@.tmp bs=1 seek=18 conv=notrunc status=none && mv $@.tmp $@

$(CLI_DIR)/big-endian.elf: $(CLI_DIR)/loop.elf
	cp $< $@.tmp && printf '\002' | dd of=$@.tmp bs=1 seek=5 conv=notrunc status=none && mv $@.tmp $@

SIM_RAM_MAX := $(shell printf '%d' 0x$$(sed -n "s/^\`define XVM_SIM_RAM_MAX *32'h//p" rtl/xvm_defs.vh))

.PHONY: test-cli-sim test-cli-iss
test-cli-sim: $(BUILD)/xvm-sim $(CLI_ELFS)
	@mkdir -p $(RESULTS)
	@sh tests/cli/run.sh $(BUILD)/xvm-sim sim $(CLI_DIR) $(RESULTS)/cli-sim.txt $(SIM_RAM_MAX)

test-cli-iss: $(BUILD)/xvm-iss $(CLI_ELFS)
	@mkdir -p $(RESULTS)
	@sh tests/cli/run.sh $(BUILD)/xvm-iss iss $(CLI_DIR) $(RESULTS)/cli-iss.txt

# Same commit log from the RTL and the reference model on every terminating
# CLI program and a short run of the benchmark.
CLI_DIFF_ELFS := $(addprefix $(CLI_DIR)/,pass.elf fail.elf uart.elf signature.elf \
                   tohost-pass.elf tohost-fail.elf highdata.elf bench-short.elf)

$(CLI_DIR)/bench-short.elf: tests/cli/bench.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -DITERATIONS=1000 -o $@ $<

.PHONY: test-commit-diff
test-commit-diff: $(BUILD)/xvm-sim $(BUILD)/xvm-iss $(CLI_DIFF_ELFS)
	@mkdir -p $(RESULTS)
	@sh tests/cli/diff.sh $(BUILD)/xvm-sim $(BUILD)/xvm-iss $(RESULTS)/commit-diff.txt $(CLI_DIFF_ELFS)

TEST_TARGETS += test-cli-iss
TEST_TARGETS += test-cli-sim test-commit-diff

# --- make run-hello, make bench ---------------------------------------------
# `make run` (the monitor demo) is in mk/vmm.mk; this is the smallest program.
.PHONY: run-hello
run-hello: $(BUILD)/xvm-sim $(BUILD)/sw/hello.elf
	$(BUILD)/xvm-sim $(BUILD)/sw/hello.elf

# Simulated cycles per second of the RTL without tracing (about 36M
# instructions).
SIM_BENCH_ELF := $(CLI_DIR)/bench.elf

$(SIM_BENCH_ELF): tests/cli/bench.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -DITERATIONS=3000000 -o $@ $<

.PHONY: bench-sim
bench-sim: $(BUILD)/xvm-sim $(SIM_BENCH_ELF)
	@$(BUILD)/xvm-sim --stats $(SIM_BENCH_ELF) 2> $(BUILD)/sim/bench-stats.txt; \
	  cat $(BUILD)/sim/bench-stats.txt; \
	  sh scripts/bench_metric.sh "CPI, tests/cli/bench.S loop mix" \
	    "$$(awk -F': *' '$$1 == "cpi" { print $$2 }' $(BUILD)/sim/bench-stats.txt)" ""; \
	  sh scripts/bench_metric.sh "xvm-sim speed, no tracing" \
	    "$$(awk -F': *' '$$1 == "cycles-per-cpu-second" { print $$2 }' $(BUILD)/sim/bench-stats.txt)" \
	    "cycles/s" ">= 3000000"

BENCH_TARGETS += bench-sim
