# SPDX-License-Identifier: Apache-2.0
# Debugging tools: the disassembler library and build/xvm-disasm, which
# annotates commit logs (sim/disasm/), the GTKWave
# translate filter and save file (sim/wave/), the GDB remote-protocol server
# library and its simulator adapters (sim/gdb/), and their tests
# (tests/debug/).
#
#   make wave PROG=x.elf [WAVE_START=N] [WAVE_STOP=M]
#       runs build/xvm-sim with a waveform of cycles N..M in build/wave.fst
#       and prints the gtkwave command that opens it with sim/wave/xvm.gtkw
#
# Libraries for other areas:
#   DISASM_LIB  xvm_disasm() and the CSR name table (sim/disasm/*.h); needs
#               libxvm-common (the decoder table, sim/xvm_decode.h)
#   GDB_LIB     xvm_gdb_serve() and helpers (sim/gdb/xvm_gdb.h); needs DISASM_LIB
#   GDB_ISS_OBJ the target adapter for the ISS (sim/gdb/xvm_gdb_iss.h)

DEBUG_BUILD := $(BUILD)/debug

DISASM_SRCS := sim/disasm/xvm_disasm.c sim/disasm/xvm_csr_names.c
DISASM_OBJS := $(patsubst sim/%.c,$(DEBUG_BUILD)/%.o,$(DISASM_SRCS))
DISASM_LIB  := $(DEBUG_BUILD)/libxvm-disasm.a

GDB_SRCS := sim/gdb/xvm_gdb_rsp.c sim/gdb/xvm_gdb_tdesc.c sim/gdb/xvm_gdb_util.c
GDB_OBJS := $(patsubst sim/%.c,$(DEBUG_BUILD)/%.o,$(GDB_SRCS))
GDB_LIB  := $(DEBUG_BUILD)/libxvm-gdb.a

WAVE_FILTER := $(BUILD)/xvm-wave-filter
DISASM_TOOL := $(BUILD)/xvm-disasm

# mk/iss.mk and mk/sim.mk are included after this file: their libraries
# are named here literally.
DEBUG_ISS_LIB    := $(BUILD)/iss/libxvm-iss.a
DEBUG_COMMON_LIB := $(BUILD)/sim/libxvm-common.a
GDB_ISS_OBJ      := $(DEBUG_BUILD)/gdb/xvm_gdb_iss.o

$(DEBUG_BUILD)/disasm/%.o: sim/disasm/%.c $(wildcard sim/disasm/*.h) sim/xvm_decode.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -c $< -o $@

$(DEBUG_BUILD)/gdb/%.o: sim/gdb/%.c $(wildcard sim/gdb/*.h) $(wildcard sim/disasm/*.h) \
                        $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -c $< -o $@

$(GDB_ISS_OBJ): sim/gdb/xvm_gdb_iss.c $(wildcard sim/gdb/*.h) $(wildcard sim/iss/*.h) \
                $(wildcard sim/*.h) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Isim/iss -c $< -o $@

$(DISASM_LIB): $(DISASM_OBJS)
	rm -f $@
	ar rcs $@ $^

$(GDB_LIB): $(GDB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(WAVE_FILTER): sim/wave/xvm_wave_filter.c $(DISASM_LIB) $(DEBUG_COMMON_LIB) $(GEN)/xvm_defs.h
	$(HOST_CC) $(HOST_CFLAGS) $< $(DISASM_LIB) $(DEBUG_COMMON_LIB) -o $@

$(DISASM_TOOL): sim/disasm/xvm_disasm_main.c $(DISASM_LIB) $(DEBUG_COMMON_LIB) $(GEN)/xvm_defs.h
	$(HOST_CC) $(HOST_CFLAGS) $< $(DISASM_LIB) $(DEBUG_COMMON_LIB) -o $@

ALL_TARGETS += $(DISASM_LIB) $(GDB_LIB) $(WAVE_FILTER) $(DISASM_TOOL) $(GDB_ISS_OBJ)

# --- tests ---------------------------------------------------------------
DEBUG_TEST_DISASM := $(DEBUG_BUILD)/test_disasm
DEBUG_TEST_RSP    := $(DEBUG_BUILD)/test_gdb_rsp
DEBUG_TEST_UTIL   := $(DEBUG_BUILD)/test_gdb_util

$(DEBUG_TEST_DISASM): tests/debug/test_disasm.c $(DISASM_LIB) $(DEBUG_COMMON_LIB)
	$(HOST_CC) $(HOST_CFLAGS) $< $(DISASM_LIB) $(DEBUG_COMMON_LIB) -o $@

$(DEBUG_TEST_RSP): tests/debug/test_gdb_rsp.c $(GDB_LIB) $(DISASM_LIB) $(DEBUG_COMMON_LIB)
	$(HOST_CC) $(HOST_CFLAGS) $< $(GDB_LIB) $(DISASM_LIB) $(DEBUG_COMMON_LIB) -lcmocka -o $@

$(DEBUG_TEST_UTIL): tests/debug/test_gdb_util.c $(GDB_LIB) $(DEBUG_COMMON_LIB)
	$(HOST_CC) $(HOST_CFLAGS) $< $(GDB_LIB) $(DEBUG_COMMON_LIB) -lcmocka -o $@

# The cmocka binaries write debug.txt first (scripts/cmocka.sh, one
# PASS/FAIL line per test), the other pieces add their lines to it.
.PHONY: test-debug
test-debug: $(DEBUG_TEST_DISASM) $(DEBUG_TEST_RSP) $(DEBUG_TEST_UTIL) $(WAVE_FILTER) \
            $(DISASM_TOOL)
	@mkdir -p $(RESULTS); rc=0; \
	sh scripts/cmocka.sh debug $(RESULTS)/debug.txt $(DEBUG_BUILD) $(DEBUG_TEST_UTIL) \
	  $(DEBUG_TEST_RSP) || rc=1; \
	{ $(DEBUG_TEST_DISASM) debug/disasm-objdump-table tests/debug/disasm_table.txt \
	    debug/disasm-xvm-illegal tests/debug/disasm_extra.txt || rc=1; \
	  bash tests/debug/test_wave_filter.sh $(WAVE_FILTER) tests/debug/disasm_table.txt \
	    tests/debug/disasm_extra.txt tests/debug/wave_filter_cases.txt; \
	  if $(DISASM_TOOL) tests/debug/annotate_in.txt | cmp -s - tests/debug/annotate_out.txt; \
	  then echo "PASS debug/disasm-annotate"; else echo "FAIL debug/disasm-annotate"; fi; \
	} >> $(RESULTS)/debug.txt; \
	cat $(RESULTS)/debug.txt; \
	! grep -q '^FAIL' $(RESULTS)/debug.txt && [ $$rc = 0 ]

TEST_TARGETS += test-debug

# Unit tests of the ISS target adapter; the gdb-multiarch sessions against
# the real simulators are in mk/gdb.mk.
DEBUG_GDB_PROG := $(DEBUG_BUILD)/gdb_prog.elf
DEBUG_TEST_ISS := $(DEBUG_BUILD)/test_gdb_iss_adapter

$(DEBUG_TEST_ISS): tests/debug/test_gdb_iss_adapter.c $(GDB_ISS_OBJ) $(GDB_LIB) $(DISASM_LIB) \
                   $(DEBUG_ISS_LIB) $(DEBUG_COMMON_LIB)
	$(HOST_CC) $(HOST_CFLAGS) -Isim/iss $< $(GDB_ISS_OBJ) $(GDB_LIB) $(DISASM_LIB) \
	  $(DEBUG_ISS_LIB) $(DEBUG_COMMON_LIB) -lcmocka -o $@

# -O0 so that every source line and variable is where the session expects.
$(DEBUG_GDB_PROG): tests/debug/gdb_prog.c $(SW_RT_OBJS) $(SW_LDSCRIPT)
	@mkdir -p $(@D)
	$(SW_LINK) -O0 -g -o $@ $<

.PHONY: test-debug-gdb
test-debug-gdb: $(DEBUG_TEST_ISS)
	@sh scripts/cmocka.sh debug/gdb-iss-adapter $(RESULTS)/debug-gdb.txt $(DEBUG_BUILD) $(DEBUG_TEST_ISS)

TEST_TARGETS += test-debug-gdb

# --- waveforms -------------------------------------------------------------
WAVE_FST   := $(BUILD)/wave.fst
# The save file for this waveform: sim/wave/xvm.gtkw opened on its first
# cycle (cycle N is at time 10 N), at a zoom where instructions read whole.
WAVE_GTKW   = $(basename $(WAVE_FST)).gtkw
WAVE_START ?= 0
WAVE_STOP  ?=
WAVE_MAX_CYCLES ?= 10000000

# PROG must come from the command line (mk/fpga.mk has a default of its own).
.PHONY: wave test-debug-wave
wave: $(BUILD)/xvm-sim $(WAVE_FILTER)
	@if [ -z "$(filter command line environment,$(origin PROG))" ] || [ ! -f "$(PROG)" ]; then \
	  echo "usage: make wave PROG=program.elf [WAVE_START=N] [WAVE_STOP=M]" >&2; exit 2; fi
	@rm -f $(WAVE_FST) $(WAVE_GTKW); rc=0; $(BUILD)/xvm-sim --max-cycles $(WAVE_MAX_CYCLES) --trace $(WAVE_FST) \
	  --trace-start $(WAVE_START) $(if $(WAVE_STOP),--trace-stop $(WAVE_STOP)) $(PROG) || rc=$$?; \
	if [ -f $(WAVE_FST) ]; then \
	  sed -e 's|^\[dumpfile\] .*|[dumpfile] "$(WAVE_FST)"|' \
	      -e 's|^\[timestart\] .*|[timestart] $(WAVE_START)0|' sim/wave/xvm.gtkw > $(WAVE_GTKW); \
	  echo "xvm-sim exit status $$rc; waveform in $(WAVE_FST)"; \
	  echo "open it with:  gtkwave $(WAVE_FST) $(WAVE_GTKW)"; \
	else echo "make wave: $(WAVE_FST): no waveform (xvm-sim exit status $$rc)" >&2; fi; \
	exit $$rc

# `make wave` on the gdb test program (a short window), and the save file's
# signals against that waveform.
DEBUG_WAVE_FST := $(DEBUG_BUILD)/test-wave.fst

test-debug-wave: $(BUILD)/xvm-sim $(WAVE_FILTER) $(DEBUG_GDB_PROG)
	@mkdir -p $(RESULTS); rm -f $(DEBUG_WAVE_FST); \
	out=$$($(MAKE) --no-print-directory wave PROG=$(DEBUG_GDB_PROG) WAVE_START=10 WAVE_STOP=400 \
	  WAVE_FST=$(DEBUG_WAVE_FST) 2>&1); \
	if [ -s $(DEBUG_WAVE_FST) ] && echo "$$out" | grep -qxF \
	    "open it with:  gtkwave $(DEBUG_WAVE_FST) $(basename $(DEBUG_WAVE_FST)).gtkw"; then \
	  echo "PASS debug/make-wave"; else echo "$$out" | tail -3 >&2; echo "FAIL debug/make-wave"; fi \
	  > $(RESULTS)/debug-wave.txt; \
	bash tests/debug/test_gtkw.sh $(DEBUG_WAVE_FST) sim/wave/xvm.gtkw >> $(RESULTS)/debug-wave.txt; \
	cat $(RESULTS)/debug-wave.txt; ! grep -q '^FAIL' $(RESULTS)/debug-wave.txt

TEST_TARGETS += test-debug-wave
