# SPDX-License-Identifier: Apache-2.0
# SystemC model of the platform (tb/sc/): the core verilated in SystemC
# mode, with the RAM, CLINT, UART and finisher as TLM-2.0 modules; same
# command line and output as build/xvm-sim (tb/sc/README.md).
#
#   make sim-systemc   build/xvm-sim-sc
#   make test-systemc  xvm-sim-sc against xvm-sim, byte for byte
#   make bench-systemc simulation speed of both on the CLI benchmark

SC_DIR       := $(BUILD)/systemc
SC_VL_DIR    := $(SC_DIR)/verilator
# Debian's SystemC (headers in /usr/include, library in the multiarch dir).
SC_ENV       := SYSTEMC_INCLUDE=/usr/include SYSTEMC_LIBDIR=/usr/lib/$(MULTIARCH)
# The core and its units: the SoC, its devices and the simulation top are
# replaced by the SystemC modules.
SC_RTL_SRCS  := $(RTL_CORE_SRCS)
SC_VL_LIBS   := $(SC_VL_DIR)/Vxvm_core__ALL.a $(SC_VL_DIR)/libverilated.a
SC_SRCS      := $(wildcard tb/sc/*.cpp)
SC_OBJS      := $(patsubst tb/sc/%.cpp,$(SC_DIR)/%.o,$(SC_SRCS))
SC_CXXFLAGS  := -std=c++17 -O2 -g -Wall -Wextra -Werror -faligned-new $(DEPFLAGS) \
                -DVM_COVERAGE=0 -DVM_SC=1 -DVM_TRACE=0 -DVM_TRACE_FST=0 -DVM_TRACE_VCD=0 \
                -Itb/sc -Isim -I$(GEN) -isystem $(SC_VL_DIR) \
                -isystem $(VL_ROOT)/include -isystem $(VL_ROOT)/include/vltstd

# Verilator builds the model with its own makefile (-O3 for the generated
# code, as mk/sim.mk does for xvm-sim), then its runtime objects
# (VK_GLOBAL_OBJS) into libverilated.a. Verilator leaves an up-to-date model
# untouched, hence the touch.
$(SC_VL_LIBS) &: $(SC_RTL_SRCS) $(wildcard rtl/*.vh) mk/systemc.mk | $(DEPS_STAMP)
	@mkdir -p $(SC_VL_DIR)
	$(SC_ENV) verilator --sc --build --build-jobs 1 -O3 --x-assign fast --x-initial fast \
	  -Wno-fatal --top-module xvm_core -Irtl -Mdir $(SC_VL_DIR) \
	  -MAKEFLAGS "OPT_FAST=-O3 OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
	  $(SC_RTL_SRCS) > $(SC_DIR)/verilator.log 2>&1 || { cat $(SC_DIR)/verilator.log; exit 1; }
	rm -f $(SC_VL_DIR)/libverilated.a
	$(SC_ENV) $(MAKE) --no-print-directory -s -C $(SC_VL_DIR) -f Vxvm_core.mk OPT_GLOBAL=-O2 \
	  --eval='.SECONDEXPANSION:' --eval='libverilated.a: $$$$(VK_GLOBAL_OBJS); ar rcs $$@ $$^' \
	  libverilated.a
	touch $(SC_VL_LIBS)

$(SC_OBJS): $(SC_DIR)/%.o: tb/sc/%.cpp $(wildcard tb/sc/*.h) $(wildcard sim/*.h) $(GEN)/xvm_defs.h $(SC_VL_LIBS)
	@mkdir -p $(@D)
	$(SC_ENV) g++ $(SC_CXXFLAGS) -c $< -o $@

$(BUILD)/xvm-sim-sc: $(SC_OBJS) $(SC_VL_LIBS) $(SIM_COMMON_LIB)
	g++ $(HOST_LDFLAGS) -o $@ $(SC_OBJS) $(SC_VL_LIBS) $(SIM_COMMON_LIB) -lsystemc -pthread

.PHONY: sim-systemc
sim-systemc: $(BUILD)/xvm-sim-sc

# --- tests -------------------------------------------------------------------
# Every differential program (tests/diff, mk/sw.mk), every Xvm directed test
# and the commit-log program (tests/xvm, mk/xvm.mk), the assembly, privilege,
# Sv32, benchmark and harness suites (mk/sw.mk), the CLI programs that
# terminate, and tests/systemc/devices.S (device registers, interrupts, bus
# errors): about 150 programs, run on both simulators with a commit log
# (about 60 s).
SC_XVM_ELFS  := $(XVM_LOG_ELF) $(XVM_TEST_ELFS)
SC_DEV_ELF   := $(SC_DIR)/devices.elf
SC_TEST_ELFS := $(DIFF_ELFS) $(SC_XVM_ELFS) $(SC_DEV_ELF) \
                $(ASM_ELFS) $(PRIV_ELFS) $(SV32_ELFS) $(BENCH_ELFS) $(HARNESS_ELFS) \
                $(addprefix $(BUILD)/tests/cli/,pass.elf fail.elf uart.elf signature.elf \
                  tohost-pass.elf tohost-fail.elf highdata.elf bench-short.elf)
SC_MAX_CYCLES := 50000000
# Short programs that end by UART output, the finisher and tohost: every
# --max-cycles limit up to their end (tests/systemc/sweep.sh).
SC_SWEEP_ELFS := $(addprefix $(BUILD)/tests/cli/,uart.elf pass.elf fail.elf tohost-fail.elf)

$(SC_DEV_ELF): tests/systemc/devices.S tests/cli/link.ld $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -o $@ $<

ALL_TARGETS += $(BUILD)/xvm-sim-sc $(SC_DEV_ELF)

# The TLM modules alone (tests/systemc/test_tlm.cpp): payloads and timing
# the core never produces.
SC_TLM_TEST  := $(SC_DIR)/test_tlm
SC_LIB_OBJS  := $(addprefix $(SC_DIR)/,xvm_sc_router.o xvm_sc_memory.o xvm_sc_clint.o \
                  xvm_sc_uart.o xvm_sc_finisher.o xvm_sc_word.o)

$(SC_TLM_TEST): tests/systemc/test_tlm.cpp $(SC_LIB_OBJS) $(wildcard tb/sc/*.h) $(GEN)/xvm_defs.h
	$(SC_ENV) g++ $(SC_CXXFLAGS) -o $@ $< $(SC_LIB_OBJS) -lsystemc -pthread

.PHONY: test-systemc test-cli-systemc test-systemc-tlm bench-systemc
test-systemc: $(BUILD)/xvm-sim-sc $(BUILD)/xvm-sim $(SC_TEST_ELFS)
	@rc=0; sh tests/systemc/run.sh $(RESULTS)/systemc.txt $(SC_DIR)/out $(SC_MAX_CYCLES) \
	  $(RV_PREFIX)nm $(BUILD)/xvm-sim $(BUILD)/xvm-sim-sc $(SC_TEST_ELFS) || rc=1; \
	sh tests/systemc/sweep.sh $(RESULTS)/systemc.txt $(BUILD)/xvm-sim $(BUILD)/xvm-sim-sc \
	  $(SC_SWEEP_ELFS) || rc=1; exit $$rc

test-systemc-tlm: $(SC_TLM_TEST)
	@mkdir -p $(RESULTS)
	@SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1 $(SC_TLM_TEST) > $(RESULTS)/systemc-tlm.txt; rc=$$?; \
	grep -c '^PASS' $(RESULTS)/systemc-tlm.txt | sed 's/^/systemc-tlm: passed /'; \
	grep '^FAIL' $(RESULTS)/systemc-tlm.txt; \
	if [ $$rc -ne 0 ] && ! grep -q '^FAIL' $(RESULTS)/systemc-tlm.txt; then \
	  echo "FAIL systemc-tlm/run" >> $(RESULTS)/systemc-tlm.txt; fi; exit $$rc

# The command-line contract (tests/cli/run.sh, as for xvm-sim and xvm-iss).
# The RAM is allocated lazily, so the largest size is the whole space from
# 0x8000_0000 (2 GiB).
SC_RAM_MAX := 2147483648
test-cli-systemc: $(BUILD)/xvm-sim-sc $(CLI_ELFS)
	@mkdir -p $(RESULTS)
	@sh tests/cli/run.sh $(BUILD)/xvm-sim-sc sc $(BUILD)/tests/cli $(RESULTS)/cli-sc.txt \
	  $(SC_RAM_MAX)

# Both run the loop mix of tests/cli/bench.S, shortened to about 20 M
# cycles, to its end.
SC_BENCH_ELF := $(SC_DIR)/bench.elf
$(SC_BENCH_ELF): tests/cli/bench.S $(CLI_LD) $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -DITERATIONS=1500000 -o $@ $<

bench-systemc: $(BUILD)/xvm-sim-sc $(BUILD)/xvm-sim $(SC_BENCH_ELF)
	@for s in xvm-sim xvm-sim-sc; do \
	  $(BUILD)/$$s --stats $(SC_BENCH_ELF) 2> $(SC_DIR)/bench-$$s.txt || exit 1; \
	  sh scripts/bench_metric.sh "$$s speed, loop mix" \
	    "$$(awk -F': *' '$$1 == "cycles-per-cpu-second" { print $$2 }' $(SC_DIR)/bench-$$s.txt)" "cycles/s"; \
	done

TEST_TARGETS  += test-systemc test-cli-systemc test-systemc-tlm
BENCH_TARGETS += bench-systemc
