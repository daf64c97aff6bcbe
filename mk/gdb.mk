# SPDX-License-Identifier: Apache-2.0
# `--gdb PORT` of the real simulators (tb/tb_gdb.c for build/xvm-sim,
# sim/gdb's ISS adapter for build/xvm-iss), driven by gdb-multiarch and by
# a raw protocol client (tests/debug/). mk/debug.mk (included before this
# file) builds the server library and the test program; its
# test-debug-gdb covers the same session against a test driver.

GDB_TEST_DIR := $(BUILD)/debug/gdb-real
GDB_WFI_ELF  := $(GDB_TEST_DIR)/gdb_wfi.elf
GDB_LOOP_ELF := $(BUILD)/tests/cli/loop.elf
# A guest under the monitor (mk/vmm.mk): the firmware + monitor image with
# one guest kernel, and that kernel's symbols.
GDB_VMM_IMG    := $(BUILD)/vmm/img/vmm-equiv-a.elf
GDB_VMM_KERNEL := $(BUILD)/vmm/guest/a/kernel.elf

$(GDB_WFI_ELF): tests/debug/gdb_wfi.S $(CLI_LD) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLI_RVLINK) -o $@ $<

GDB_TEST_SCRIPTS := tests/debug/gdb_start.sh tests/debug/test_gdb_session.sh \
                    tests/debug/test_gdb_interrupt.sh tests/debug/test_gdb_malformed.sh \
                    tests/debug/gdb_malformed.py tests/debug/test_gdb_guest.sh \
                    tests/debug/test_gdb_detach.sh tests/debug/test_gdb_pipeline.sh

# Every simulator run gets --max-cycles so that a broken server cannot
# leave a simulator running for ever.
GDB_SIM := $(BUILD)/xvm-sim --max-cycles 200000000
GDB_ISS := $(BUILD)/xvm-iss --max-cycles 200000000

# Two runs at once in one tree would share the output directories (and a
# gdb could then connect to the other run's simulator): the lock makes the
# second wait.
.PHONY: test-gdb
test-gdb: $(BUILD)/xvm-sim $(BUILD)/xvm-iss $(DEBUG_GDB_PROG) $(GDB_WFI_ELF) $(GDB_LOOP_ELF) \
          $(GDB_VMM_IMG) $(GDB_VMM_KERNEL) $(GDB_TEST_SCRIPTS)
	@mkdir -p $(RESULTS) $(GDB_TEST_DIR)
	@exec 9> $(GDB_TEST_DIR)/lock; flock 9; \
	{ sh scripts/run_counted.sh gdb/sim-session 1 bash tests/debug/test_gdb_session.sh gdb/sim-session $(GDB_TEST_DIR)/sim-session ro \
	    $(DEBUG_GDB_PROG) $(GDB_SIM); \
	  msg=$$($(GDB_SIM) --cosim --gdb 1 $(DEBUG_GDB_PROG) 2>&1); st=$$?; \
	  if [ $$st = 2 ] && [ "$$msg" = "xvm-sim: --gdb cannot be combined with --cosim" ]; \
	  then echo "PASS gdb/sim-gdb-cosim-usage"; else echo "FAIL gdb/sim-gdb-cosim-usage"; fi; \
	  sh scripts/run_counted.sh gdb/iss-session 1 bash tests/debug/test_gdb_session.sh gdb/iss-session $(GDB_TEST_DIR)/iss-session rw \
	    $(DEBUG_GDB_PROG) $(GDB_ISS); \
	  for s in sim iss; do \
	    sh scripts/run_counted.sh gdb/$$s-interrupt-loop 1 bash tests/debug/test_gdb_interrupt.sh gdb/$$s-interrupt-loop $(GDB_TEST_DIR)/$$s-int-loop \
	      $(GDB_LOOP_ELF) $(BUILD)/xvm-$$s --max-cycles 200000000; \
	    sh scripts/run_counted.sh gdb/$$s-interrupt-wfi 1 bash tests/debug/test_gdb_interrupt.sh gdb/$$s-interrupt-wfi $(GDB_TEST_DIR)/$$s-int-wfi \
	      $(GDB_WFI_ELF) $(BUILD)/xvm-$$s --max-cycles 200000000; \
	    sh scripts/run_counted.sh gdb/$$s-detach 1 bash tests/debug/test_gdb_detach.sh gdb/$$s-detach $(GDB_TEST_DIR)/$$s-detach \
	      $(DEBUG_GDB_PROG) $(BUILD)/xvm-$$s --max-cycles 200000000; \
	    sh scripts/run_counted.sh gdb/$$s-pipeline 1 bash tests/debug/test_gdb_pipeline.sh gdb/$$s-pipeline $(GDB_TEST_DIR)/$$s-pipeline \
	      $(DEBUG_GDB_PROG) $(BUILD)/xvm-$$s --max-cycles 200000000; \
	    sh scripts/run_counted.sh gdb/$$s-guest 1 bash tests/debug/test_gdb_guest.sh gdb/$$s-guest $(GDB_TEST_DIR)/$$s-guest \
	      $(GDB_VMM_IMG) $(GDB_VMM_KERNEL) $(BUILD)/xvm-$$s --max-cycles 200000000; \
	  done; \
	  sh scripts/run_counted.sh gdb/sim-malformed-kill 1 bash tests/debug/test_gdb_malformed.sh gdb/sim-malformed-kill $(GDB_TEST_DIR)/sim-bad-kill \
	    kill $(DEBUG_GDB_PROG) $(GDB_SIM); \
	  sh scripts/run_counted.sh gdb/sim-malformed-drop 1 bash tests/debug/test_gdb_malformed.sh gdb/sim-malformed-drop $(GDB_TEST_DIR)/sim-bad-drop \
	    drop $(DEBUG_GDB_PROG) $(GDB_SIM); } > $(RESULTS)/gdb.txt; \
	cat $(RESULTS)/gdb.txt; ! grep -q '^FAIL' $(RESULTS)/gdb.txt

TEST_TARGETS += test-gdb
