# SPDX-License-Identifier: Apache-2.0
# The C reference model (sim/iss/): library, build/xvm-iss, its cmocka unit
# tests (tests/iss/) and the runs of the assembly test suites under it.

ISS_LIB_SRCS := sim/iss/exec.c sim/iss/priv.c sim/iss/mmu.c \
                sim/iss/devices.c sim/iss/iss.c
ISS_LIB_OBJS := $(patsubst sim/iss/%.c,$(BUILD)/iss/%.o,$(ISS_LIB_SRCS))
ISS_LIB      := $(BUILD)/iss/libxvm-iss.a
ISS_HDRS     := $(wildcard sim/iss/*.h) $(wildcard sim/*.h)
ISS_CFLAGS   := $(HOST_CFLAGS) -O3 -Isim/iss
# mk/sim.mk (included after this file) builds it; named here literally.
ISS_COMMON_LIB := $(BUILD)/sim/libxvm-common.a

$(BUILD)/iss/%.o: sim/iss/%.c $(ISS_HDRS) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(ISS_CFLAGS) -c $< -o $@

$(ISS_LIB): $(ISS_LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

# --gdb: sim/gdb's ISS adapter and libraries (mk/debug.mk, included first).
$(BUILD)/iss/main.o: $(wildcard sim/gdb/*.h)
$(BUILD)/xvm-iss: $(BUILD)/iss/main.o $(GDB_ISS_OBJ) $(GDB_LIB) $(DISASM_LIB) $(ISS_LIB) $(ISS_COMMON_LIB)
	$(HOST_CC) $(HOST_LDFLAGS) -o $@ $^

ALL_TARGETS += $(ISS_LIB) $(BUILD)/xvm-iss

# --- unit tests (cmocka) -------------------------------------------------
ISS_TEST_SRCS := $(wildcard tests/iss/*.c)
ISS_TEST_BIN  := $(BUILD)/tests/iss/test-iss

$(ISS_TEST_BIN): $(ISS_TEST_SRCS) $(wildcard tests/iss/*.h) $(ISS_LIB) $(ISS_COMMON_LIB) $(ISS_HDRS)
	@mkdir -p $(@D)
	$(HOST_CC) $(ISS_CFLAGS) -Itests/iss -o $@ $(ISS_TEST_SRCS) $(ISS_LIB) $(ISS_COMMON_LIB) -lcmocka

# One PASS/FAIL line per test (scripts/cmocka.sh).
.PHONY: test-iss-unit
test-iss-unit: $(ISS_TEST_BIN)
	@sh scripts/cmocka.sh iss $(RESULTS)/iss-unit.txt $(BUILD)/tests/iss $(ISS_TEST_BIN)

TEST_TARGETS += test-iss-unit

# --- directed programs on the model alone and, when the RTL exists, in
# co-simulation ------------------------------------------------------------
ISS_ASM_NAMES := va_split smc
ISS_ASM_ELFS  := $(addprefix $(BUILD)/tests/iss/,$(addsuffix .elf,$(ISS_ASM_NAMES)))

$(ISS_ASM_ELFS): $(BUILD)/tests/iss/%.elf: tests/iss/%.S tests/cli/link.ld $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments -T tests/cli/link.ld -o $@ $<

ALL_TARGETS += $(ISS_ASM_ELFS)

.PHONY: test-iss-asm
test-iss-asm: $(ISS_ASM_ELFS) $(BUILD)/xvm-iss $(BUILD)/xvm-sim
	@rc=0; $(TEST_RUN) iss-asm $(RESULTS)/iss-asm.txt $(BUILD)/tests/iss/log 100000 $(BUILD)/xvm-iss \
	  $(ISS_ASM_ELFS) || rc=1; \
	$(TEST_RUN) iss-asm-cosim $(RESULTS)/iss-asm-cosim.txt $(BUILD)/tests/iss/log-cosim 100000 \
	  "$(BUILD)/xvm-sim --cosim" $(ISS_ASM_ELFS) || rc=1; exit $$rc

TEST_TARGETS += test-iss-asm

# --- benchmark: instructions per second without a commit log -------------
ISS_BENCH_ELF := $(BUILD)/tests/iss/bench.elf

$(ISS_BENCH_ELF): tests/iss/bench.S tests/cli/link.ld $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments -T tests/cli/link.ld -o $@ $<

.PHONY: bench-iss
bench-iss: $(BUILD)/xvm-iss $(ISS_BENCH_ELF)
	@$(BUILD)/xvm-iss --stats $(ISS_BENCH_ELF) 2> $(BUILD)/iss/bench-stats.txt; \
	  cat $(BUILD)/iss/bench-stats.txt; \
	  sh scripts/bench_metric.sh "xvm-iss speed" \
	    "$$(awk -F': *' '$$1 == "cycles-per-cpu-second" { print $$2 }' $(BUILD)/iss/bench-stats.txt)" \
	    "insns/s" ">= 50000000"

BENCH_TARGETS += bench-iss

# --- random instruction streams (tests/rig/) through --cosim -------------
RIG_BIN := $(BUILD)/tests/rig/rig
RIG_SEEDS ?= 50
RIG_LONG_SEEDS ?= 3000
# rig --smc: stores over the code ahead, with and without fence.i.
RIG_SMC_SEEDS ?= 10
RIG_SMC_LONG_SEEDS ?= 500

$(RIG_BIN): $(wildcard tests/rig/*.c) $(wildcard tests/rig/*.h) $(ISS_LIB) $(ISS_COMMON_LIB) $(ISS_HDRS) \
            $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(ISS_CFLAGS) -Itests/rig -o $@ $(wildcard tests/rig/*.c) $(ISS_LIB) $(ISS_COMMON_LIB)

ALL_TARGETS += $(RIG_BIN)

# The random programs cannot check themselves (they end with "pass" whatever
# they computed): they are checked only in lockstep, against the RTL.
.PHONY: test-rig test-rig-long
test-rig: $(RIG_BIN) $(BUILD)/xvm-sim
	@mkdir -p $(RESULTS)
	@RIG_CC="$(RV_CC)" sh tests/rig/run.sh $(BUILD)/xvm-sim $(RIG_BIN) 1 $(RIG_SEEDS) \
	  > $(RESULTS)/rig.txt; rc=$$?; grep -v '^PASS' $(RESULTS)/rig.txt; \
	  echo "rig: $$(grep -c '^PASS' $(RESULTS)/rig.txt) seeds passed"; exit $$rc

test-rig-long: $(RIG_BIN) $(BUILD)/xvm-sim
	@mkdir -p $(RESULTS)
	@RIG_CC="$(RV_CC)" sh tests/rig/run.sh $(BUILD)/xvm-sim $(RIG_BIN) 1001 \
	  $$((1000 + $(RIG_LONG_SEEDS))) > $(RESULTS)/rig-long.txt; rc=$$?; \
	  grep -v '^PASS' $(RESULTS)/rig-long.txt; exit $$rc

# Seeds 1..N of --smc in make test, 1001.. in make test-long.
.PHONY: test-rig-smc test-rig-smc-long
test-rig-smc test-rig-smc-long: $(RIG_BIN) $(BUILD)/xvm-sim
	@mkdir -p $(RESULTS)
	@if [ $@ = test-rig-smc ]; then first=1 last=$(RIG_SMC_SEEDS); \
	else first=1001 last=$$((1000 + $(RIG_SMC_LONG_SEEDS))); fi; \
	RIG_FLAGS=--smc RIG_CC="$(RV_CC)" sh tests/rig/run.sh $(BUILD)/xvm-sim $(RIG_BIN) $$first $$last \
	  26000 $(BUILD)/tests/rig/work-smc > $(BUILD)/tests/rig/$@.out; rc=$$?; \
	sed 's|rig/|rig-smc/|' $(BUILD)/tests/rig/$@.out > $(RESULTS)/$(@:test-%=%).txt; \
	rm -f $(BUILD)/tests/rig/$@.out; grep -v '^PASS' $(RESULTS)/$(@:test-%=%).txt; \
	echo "$@: $$(grep -c '^PASS' $(RESULTS)/$(@:test-%=%).txt) seeds passed"; exit $$rc

TEST_TARGETS += test-rig test-rig-smc
TEST_LONG_TARGETS += test-rig-long test-rig-smc-long
