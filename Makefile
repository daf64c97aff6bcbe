# SPDX-License-Identifier: Apache-2.0
# Xvm - top-level build. Each area adds its rules in mk/<area>.mk and
# registers its outputs in ALL_TARGETS, its test targets in TEST_TARGETS,
# its long tests in TEST_LONG_TARGETS and its benchmarks in BENCH_TARGETS.
#
#   make            build everything (both simulators, software, tests)
#   make run        the main demo
#   make test       the full test suite (what CI runs)
#   make test-long  long random co-simulation suites (opt-in)
#   make lint       verilator --lint-only -Wall of the RTL
#   make synth      yosys synth_ice40 of the core
#   make bench      benchmarks (cycle counts and simulation speed)
#   make deps       install the Debian packages the project needs
#   make SANITIZE=1 the host tools with ASan and UBSan, in build/sanitize

SHELL       := /bin/bash
BUILD_ROOT  := build
# SANITIZE=1: its own build directory, so that no object is shared with
# the normal build (vmm/README.md).
BUILD       := $(BUILD_ROOT)$(if $(filter 1,$(SANITIZE)),/sanitize)
GEN         := $(BUILD)/gen
RESULTS     := $(BUILD)/test-results

# Host C: C11, warnings are errors.
HOST_CC     := gcc
HOST_CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$(GEN) -Isim
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
HOST_CFLAGS += $(if $(filter 1,$(SANITIZE)),$(SANITIZE_FLAGS))
HOST_LDFLAGS := $(if $(filter 1,$(SANITIZE)),$(SANITIZE_FLAGS))

# Target C/assembly. Plain -march so that Debian's rv32 multilibs are picked.
RV_PREFIX   := riscv64-unknown-elf-
RV_CC       := $(RV_PREFIX)gcc
RV_OBJCOPY  := $(RV_PREFIX)objcopy
RV_OBJDUMP  := $(RV_PREFIX)objdump
RV_ARCH     := -march=rv32ima -mabi=ilp32 -misa-spec=2.2
RV_CFLAGS   := $(RV_ARCH) -std=c11 -O2 -g -Wall -Wextra -Werror -ffreestanding -I$(GEN) -Isw/include
RV_ASFLAGS  := $(RV_ARCH) -g -I$(GEN) -Isw/include

ALL_TARGETS       :=
TEST_TARGETS      :=
TEST_LONG_TARGETS :=
BENCH_TARGETS     :=

DEPS_STAMP := $(BUILD_ROOT)/.deps-ok

.PHONY: all deps run test test-long lint synth bench clean
all: $(DEPS_STAMP)

$(DEPS_STAMP): scripts/deps.sh requirements.txt
	@sh scripts/deps.sh $(BUILD_ROOT)
	@mkdir -p $(@D) && touch $@

deps:
	@sh scripts/deps.sh $(BUILD_ROOT)
	@mkdir -p $(BUILD_ROOT) && touch $(DEPS_STAMP)

$(GEN)/xvm_defs.h: rtl/xvm_defs.vh scripts/gen_defs.sh | $(DEPS_STAMP)
	@mkdir -p $(@D)
	sh scripts/gen_defs.sh $< > $@.tmp && mv $@.tmp $@

# Fragments that define what others link or depend on come first, in the
# order of their dependencies (prerequisite lists expand when read); the
# rest follow in name order.
MK_FIRST := mk/sw.mk mk/debug.mk mk/iss.mk mk/sim.mk mk/xvm.mk
include $(MK_FIRST)
include $(filter-out $(MK_FIRST),$(sort $(wildcard mk/*.mk)))

all: $(ALL_TARGETS)

# Every test target writes "PASS <name>" / "FAIL <name>" lines to a file in
# $(RESULTS); the summary counts them, so one failing test fails `make test`
# while the others still run.
test: $(DEPS_STAMP)
	@rm -rf $(RESULTS); mkdir -p $(RESULTS)
	@rc=0; for t in $(TEST_TARGETS); do \
	  echo "=== $$t"; $(MAKE) --no-print-directory $$t || { rc=1; echo "FAIL $$t (target)" >> $(RESULTS)/targets.txt; }; \
	done; \
	sh scripts/summary.sh $(RESULTS) || rc=1; exit $$rc

test-long: $(DEPS_STAMP)
	@rm -rf $(RESULTS); mkdir -p $(RESULTS)
	@rc=0; for t in $(TEST_LONG_TARGETS); do \
	  echo "=== $$t"; $(MAKE) --no-print-directory $$t || { rc=1; echo "FAIL $$t (target)" >> $(RESULTS)/targets.txt; }; \
	done; \
	sh scripts/summary.sh $(RESULTS) || rc=1; exit $$rc

bench: $(DEPS_STAMP) $(BENCH_TARGETS)

clean:
	rm -rf $(BUILD)
