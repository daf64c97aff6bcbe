# SPDX-License-Identifier: Apache-2.0
# Xvm - top-level build. Each area adds its rules in mk/<area>.mk and
# registers its outputs in ALL_TARGETS, its test targets in TEST_TARGETS,
# its long tests in TEST_LONG_TARGETS and its benchmarks in BENCH_TARGETS.
# `make help` lists every target (mk/help.txt).

SHELL       := /bin/bash
BUILD_ROOT  := build
# SANITIZE=1: its own build directory, so that no object is shared with
# the normal build (vmm/README.md).
BUILD       := $(BUILD_ROOT)$(if $(filter 1,$(SANITIZE)),/sanitize)
GEN         := $(BUILD)/gen
RESULTS     := $(BUILD)/test-results

# Host C: C11, warnings are errors.
HOST_CC     := gcc
# Every compiler writes its object's header dependencies (-MMD) next to it;
# the Makefile includes them at the end.
DEPFLAGS    := -MMD -MP
HOST_CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$(GEN) -Isim $(DEPFLAGS)
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
HOST_CFLAGS += $(if $(filter 1,$(SANITIZE)),$(SANITIZE_FLAGS))
HOST_LDFLAGS := $(if $(filter 1,$(SANITIZE)),$(SANITIZE_FLAGS))

# Target C/assembly. Plain -march so that Debian's rv32 multilibs are picked.
RV_PREFIX   := riscv64-unknown-elf-
RV_CC       := $(RV_PREFIX)gcc
RV_OBJCOPY  := $(RV_PREFIX)objcopy
RV_OBJDUMP  := $(RV_PREFIX)objdump
RV_ARCH     := -march=rv32ima -mabi=ilp32 -misa-spec=2.2
RV_CFLAGS   := $(RV_ARCH) -std=c11 -O2 -g -Wall -Wextra -Werror -ffreestanding -I$(GEN) -Isw/include $(DEPFLAGS)
RV_ASFLAGS  := $(RV_ARCH) -g -I$(GEN) -Isw/include $(DEPFLAGS)

# SIM: the simulator of every run and test target that takes one: rtl
# (build/xvm-sim, the default) or iss (build/xvm-iss, the reference model).
SIM     ?= rtl
ifeq ($(filter rtl iss,$(SIM)),)
$(error SIM=$(SIM): accepted values are rtl (build/xvm-sim) and iss (build/xvm-iss))
endif
SIM_BIN := $(BUILD)/xvm-$(if $(filter iss,$(SIM)),iss,sim)

# The RTL file lists: the filesets of the FuseSoC core description, the one
# list (xvm.core): the core, the SoC around it, the simulation top.
RTL_CORE_SRCS := $(shell sh scripts/core_files.sh xvm.core core)
RTL_SOC_SRCS  := $(shell sh scripts/core_files.sh xvm.core soc)
RTL_SIM_SRCS  := $(shell sh scripts/core_files.sh xvm.core sim)
RTL_HDRS      := $(wildcard rtl/*.vh)

ALL_TARGETS       :=
TEST_TARGETS      :=
TEST_LONG_TARGETS :=
BENCH_TARGETS     :=

.DEFAULT_GOAL := all

# What the project needs is installed before the Makefiles are read for
# real: $(DEPS_MK) is an included makefile, so when it is missing or older
# than the dependency list, make runs scripts/deps.sh, writes it, and starts
# over. Every value computed from a tool (in it or in a $$(shell) of a
# fragment) is therefore computed after the tool is installed. Goals that
# need no tools do not install anything. They live in build/ whatever
# BUILD is (sub-builds such as build/board and SANITIZE=1 share them).
DEPS_MK      := $(BUILD_ROOT)/deps.mk
DEPS_STAMP   := $(DEPS_MK)
VENV         := $(BUILD_ROOT)/venv
NODEPS_GOALS := clean help
ifneq ($(filter-out $(NODEPS_GOALS),$(or $(MAKECMDGOALS),all)),)
include $(DEPS_MK)
endif

$(DEPS_MK): scripts/deps.sh requirements.txt
	@sh scripts/deps.sh $(BUILD_ROOT)
	@mkdir -p $(@D)
	@{ echo "VL_ROOT := $$(verilator --getenv VERILATOR_ROOT)"; \
	   echo "MULTIARCH := $$(gcc -print-multiarch)"; } > $@.tmp && mv $@.tmp $@

.PHONY: all deps run test test-long lint synth bench clean help
deps:
	@sh scripts/deps.sh $(BUILD_ROOT)

help:
	@sed -e '/^#/d' -e 's/^\([a-z]\)/  make \1/' -e 's/^\([A-Z]\)/       \1/' mk/help.txt

$(GEN)/xvm_defs.h: rtl/xvm_defs.vh scripts/gen_defs.sh | $(DEPS_STAMP)
	@mkdir -p $(@D)
	sh scripts/gen_defs.sh $< > $@.tmp && mv $@.tmp $@

# Fragments that define what others link or depend on come first, in the
# order of their dependencies (prerequisite lists expand when read); the
# rest follow in name order.
MK_FIRST := mk/sw.mk mk/debug.mk mk/iss.mk mk/sim.mk mk/xvm.mk mk/vmm.mk
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

# One progress line per benchmark, its output in $(BENCH_DIR)/NAME.log, then
# the table of every figure against its target (scripts/bench_table.sh).
BENCH_DIR := $(BUILD)/bench
bench: | $(DEPS_STAMP)
	@rm -rf $(BENCH_DIR); mkdir -p $(BENCH_DIR); \
	echo "bench: building (log: $(BENCH_DIR)/build.log)"; \
	$(MAKE) -s --no-print-directory all > $(BENCH_DIR)/build.log 2>&1 || { tail -20 $(BENCH_DIR)/build.log; exit 1; }; \
	rc=0; i=0; n=$(words $(BENCH_TARGETS)); \
	for t in $(BENCH_TARGETS); do i=$$((i + 1)); echo "bench: [$$i/$$n] $$t"; \
	  BENCH_METRICS=$(abspath $(BENCH_DIR))/metrics.txt $(MAKE) -s --no-print-directory $$t \
	    > $(BENCH_DIR)/$$t.log 2>&1 || { rc=1; echo "bench: $$t failed (log: $(BENCH_DIR)/$$t.log)"; }; \
	done; echo; sh scripts/bench_table.sh $(BENCH_DIR)/metrics.txt || rc=1; exit $$rc

clean:
	rm -rf $(BUILD)

# The header dependencies the compilers wrote (DEPFLAGS). The trees of
# other tools' builds (the venv, FuseSoC, Linux, test-fresh's Debian root
# with its /etc/rc2.d) are not ours, nor is any Verilator output directory
# (it holds a *_classes.mk): their .d files name generated sources and
# would rebuild, say, a board netlist.
BUILD_DEPS  := $(shell find $(BUILD) \( -name venv -o -name fusesoc -o -name 'linux*' \
                 -o -path $(BUILD)/fresh \) -prune \
                 -o -type f \( -name '*.d' -o -name '*_classes.mk' \) -print 2>/dev/null)
-include $(filter-out $(addsuffix %,$(dir $(filter %_classes.mk,$(BUILD_DEPS)))),$(filter %.d,$(BUILD_DEPS)))
