# SPDX-License-Identifier: Apache-2.0
# Xvm extension: header check, directed tests and benchmark (tests/xvm/).
#
#   make check-xvm-h   vmsw forms of sw/include/xvm.h == XVM_INSN_VMSW0/1
#   make test-xvm      every tests/xvm/r*.S and vmctl_csr.S on SIM
#   make test-xvm-cosim the same on build/xvm-sim --cosim (RTL vs ISS)
#   make test-xvm-harness  the harness reports a failing check (on purpose)
#   make test-xvm-log  the commit log's " vm" marker on both simulators
#   make bench-xvm     vmsw and virtualization-fault latency on SIM
# SIM=iss runs them on the reference model (Makefile).

XVM_BUILD       := $(BUILD)/xvm
XVM_MAX_CYCLES  ?= 20000000
XVM_TEST_NAMES  := $(sort $(basename $(notdir $(wildcard tests/xvm/r[0-9]*_*.S tests/xvm/vmctl_*.S))))
XVM_LOG_ELF     := $(XVM_BUILD)/log_vm.elf
XVM_TEST_ELFS   := $(addprefix $(XVM_BUILD)/,$(addsuffix .elf,$(XVM_TEST_NAMES)))
XVM_HARNESS_OBJ := $(XVM_BUILD)/harness.o
XVM_ASFLAGS     := $(RV_ASFLAGS) -Itests/xvm
XVM_LINK        := $(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles -T$(SW_LDSCRIPT) -Wl,--no-warn-rwx-segments

$(XVM_BUILD)/hdr_check.o: tests/xvm/hdr_check.S sw/include/xvm.h $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -c $< -o $@

$(XVM_BUILD)/hdr_check_c.o: tests/xvm/hdr_check.c sw/include/xvm.h $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_CFLAGS) -c $< -o $@

.PHONY: check-xvm-h test-xvm test-xvm-cosim test-xvm-harness test-xvm-log bench-xvm
check-xvm-h: $(XVM_BUILD)/hdr_check.o $(XVM_BUILD)/hdr_check_c.o
	@mkdir -p $(RESULTS)
	@$(RV_OBJCOPY) -O binary -j .text.macro $(XVM_BUILD)/hdr_check.o $(XVM_BUILD)/hdr_asm.bin
	@$(RV_OBJCOPY) -O binary -j .text.expect $(XVM_BUILD)/hdr_check.o $(XVM_BUILD)/hdr_expect.bin
	@$(RV_OBJCOPY) -O binary -j .text.cfun $(XVM_BUILD)/hdr_check_c.o $(XVM_BUILD)/hdr_c.bin
	@rc=0; out=$(RESULTS)/xvm-h.txt; : > $$out; \
	if [ "$$(wc -c < $(XVM_BUILD)/hdr_expect.bin)" -eq 8 ] && cmp -s $(XVM_BUILD)/hdr_asm.bin $(XVM_BUILD)/hdr_expect.bin; \
	then echo "PASS xvm_h_asm_vmsw" >> $$out; else echo "FAIL xvm_h_asm_vmsw" >> $$out; rc=1; fi; \
	if head -c 8 $(XVM_BUILD)/hdr_c.bin | cmp -s - $(XVM_BUILD)/hdr_expect.bin; \
	then echo "PASS xvm_h_c_vmsw" >> $$out; else echo "FAIL xvm_h_c_vmsw" >> $$out; rc=1; fi; \
	cat $$out; exit $$rc

TEST_TARGETS += check-xvm-h

# --- directed tests ---------------------------------------------------------
# No relaxation: the harness compares addresses computed with la, and the
# guest page's size check needs a constant distance.
$(XVM_HARNESS_OBJ): tests/xvm/harness.S tests/xvm/harness.h sw/include/xvm.h $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(XVM_ASFLAGS) -mno-relax -c $< -o $@

$(XVM_BUILD)/%.elf: tests/xvm/%.S $(XVM_HARNESS_OBJ) tests/xvm/harness.h sw/include/xvm.h $(SW_LDSCRIPT) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(XVM_LINK) -mno-relax $(XVM_ASFLAGS) -o $@ $< $(XVM_HARNESS_OBJ)

ALL_TARGETS += $(XVM_TEST_ELFS) $(XVM_LOG_ELF)

test-xvm: $(XVM_TEST_ELFS) $(SIM_BIN)
	@$(TEST_RUN) xvm $(RESULTS)/xvm.txt $(XVM_BUILD)/log $(XVM_MAX_CYCLES) $(SIM_BIN) $(XVM_TEST_ELFS)

# The RTL in lockstep with the reference model: any difference fails.
test-xvm-cosim: $(XVM_TEST_ELFS) $(BUILD)/xvm-sim
	@$(TEST_RUN) xvm-cosim $(RESULTS)/xvm-cosim.txt $(XVM_BUILD)/log-cosim $(XVM_MAX_CYCLES) \
	  "$(BUILD)/xvm-sim --cosim" $(XVM_TEST_ELFS)

# The harness's own failure path: tests/xvm/harness_fail.S fails check 3 on
# purpose, and must say so and end with status 3.
XVM_FAIL_LINE := xvm-test: FAIL check 0x00000003 item 0x00000000 assertion 0x00000002 got 0x00000005 expected 0x00000006
test-xvm-harness: $(XVM_BUILD)/harness_fail.elf $(SIM_BIN)
	@mkdir -p $(RESULTS)
	@out=$$($(SIM_BIN) --max-cycles $(XVM_MAX_CYCLES) $< 2>&1); st=$$?; \
	if [ $$st = 3 ] && [ "$$out" = "$(XVM_FAIL_LINE)" ]; then echo "PASS xvm/harness-fail-reports"; \
	else echo "FAIL xvm/harness-fail-reports (status $$st: $$out)"; fi > $(RESULTS)/xvm-harness.txt; \
	cat $(RESULTS)/xvm-harness.txt; ! grep -q '^FAIL' $(RESULTS)/xvm-harness.txt

# The commit log's " vm" marker, on both simulators.
test-xvm-log: $(XVM_LOG_ELF) tests/xvm/check_log.sh $(BUILD)/xvm-sim $(BUILD)/xvm-iss
	@mkdir -p $(RESULTS)
	@out=$(RESULTS)/xvm-log.txt; : > $$out; rc=0; \
	for s in xvm-sim xvm-iss; do \
	  if sh tests/xvm/check_log.sh $(BUILD)/$$s $(XVM_LOG_ELF) $(XVM_BUILD)/log_vm.$$s.log; \
	  then echo "PASS xvm-log/$$s" >> $$out; else echo "FAIL xvm-log/$$s" >> $$out; rc=1; fi; \
	done; cat $$out; exit $$rc

TEST_TARGETS += test-xvm test-xvm-cosim test-xvm-harness test-xvm-log

# --- benchmark --------------------------------------------------------------
$(XVM_BUILD)/bench_xvm.elf: tests/xvm/bench_xvm.S $(XVM_HARNESS_OBJ) tests/xvm/harness.h sw/include/xvm.h $(SW_LDSCRIPT) $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(XVM_LINK) -mno-relax $(XVM_ASFLAGS) -o $@ $< $(XVM_HARNESS_OBJ)

ALL_TARGETS += $(XVM_BUILD)/bench_xvm.elf

bench-xvm: $(XVM_BUILD)/bench_xvm.elf $(SIM_BIN)
	@set -o pipefail; $(SIM_BIN) --max-cycles $(XVM_MAX_CYCLES) $< | tee $(XVM_BUILD)/bench.txt; \
	  sh scripts/bench_metric.sh "vmsw" \
	    "$$(sed -n 's/.* = \([0-9.]*\) cycles per vmsw.*/\1/p' $(XVM_BUILD)/bench.txt)" cycles "<= 3"; \
	  sh scripts/bench_metric.sh "sensitive instruction to its handler" \
	    "$$(sed -n "s/.*handler's first instruction \([0-9]*\) cycles.*/\1/p" $(XVM_BUILD)/bench.txt)" cycles "<= 5"

BENCH_TARGETS += bench-xvm

# The short directed tests also run on the 4-state simulation (mk/rtl.mk).
XVM_ICARUS_NAMES := r1_vmsw_encoding r2_vmsw_legality r3_vmsw_immediate r3_vmsw_pipeline \
                    r4_sensitive_vm0 r5_virt_fault r6_priority r7_async_interrupts \
                    r7_traps_clear_vm r8_returns_restore_vm r9_interrupt_enable \
                    r10_va_mask_bare r10_va_mask_split r11_monitor_high vmctl_csr
ICARUS_PROGS += $(addprefix $(XVM_BUILD)/,$(addsuffix .elf,$(XVM_ICARUS_NAMES)))
