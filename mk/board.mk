# SPDX-License-Identifier: Apache-2.0
# The board configuration of the core: the sizes the iCEBreaker build uses
# to fit the UP5K (1-entry I- and D-TLBs, no BTB), one definition for the
# FPGA flow (mk/fpga.mk) and for a simulator built the same way, so that the
# configuration that is flashed is also the one verified in lockstep.
#
#   make test-board-core   build/board/xvm-sim (the RTL in this
#                          configuration) runs the instruction, privilege,
#                          Sv32 and Xvm tests and 20 random-program seeds,
#                          each with the reference model in lockstep

BOARD_CORE_DEFINES := XVM_BTB_ENTRIES=0 XVM_ITLB_ENTRIES=1 XVM_DTLB_ENTRIES=1
BOARD_BUILD        := $(BUILD)/board
BOARD_SIM          := $(BOARD_BUILD)/xvm-sim
BOARD_RIG_SEEDS    := 20

# A sub-make with its own build directory: nothing is shared with the
# default simulator but the sources.
$(BOARD_SIM): $(SIM_RTL_DEPS) $(wildcard tb/*) $(wildcard sim/*.c sim/*.h) mk/board.mk mk/sim.mk | $(DEPS_STAMP)
	$(MAKE) --no-print-directory BUILD=$(BOARD_BUILD) VL_DEFINES="$(addprefix -D,$(BOARD_CORE_DEFINES))" $@

.PHONY: test-board-core
test-board-core: $(BOARD_SIM) $(ASM_ELFS) $(PRIV_ELFS) $(SV32_ELFS) $(XVM_TEST_ELFS) $(RIG_BIN)
	@mkdir -p $(RESULTS)
	@rc=0; \
	$(TEST_RUN) board-cosim $(RESULTS)/board-cosim.txt $(BUILD)/tests/board/log 50000000 \
	  "$(BOARD_SIM) --cosim" $(ASM_ELFS) $(PRIV_ELFS) $(SV32_ELFS) $(XVM_TEST_ELFS) || rc=1; \
	RIG_CC="$(RV_CC)" sh tests/rig/run.sh $(BOARD_SIM) $(RIG_BIN) 2001 $$((2000 + $(BOARD_RIG_SEEDS))) 26000 \
	  $(BUILD)/tests/rig/work-board | sed 's|rig/|board-rig/|' > $(RESULTS)/board-rig.txt; \
	grep -v '^PASS' $(RESULTS)/board-rig.txt; grep -q '^FAIL' $(RESULTS)/board-rig.txt && rc=1; \
	echo "board-core: $$(cat $(RESULTS)/board-cosim.txt $(RESULTS)/board-rig.txt | grep -c '^PASS') passed"; \
	exit $$rc

TEST_TARGETS += test-board-core
