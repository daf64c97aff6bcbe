# SPDX-License-Identifier: Apache-2.0
# The CPU core alone (rtl/xvm_core.v and its units): `make lint-core` runs
# Verilator -Wall with xvm_core as the top, so the core's own lint status is
# visible without the platform around it.
CORE_SRCS := rtl/xvm_core.v rtl/xvm_decoder.v rtl/xvm_alu.v rtl/xvm_muldiv.v rtl/xvm_regfile.v rtl/xvm_ram.v \
             rtl/xvm_csr.v rtl/xvm_bpu.v rtl/xvm_tlb.v rtl/xvm_ptw.v rtl/xvm_mmu.v rtl/xvm_lsu.v \
             rtl/xvm_vmstate.v rtl/xvm_vmsw.v rtl/xvm_sensitive.v rtl/xvm_exc_prio.v rtl/xvm_vamask.v

.PHONY: lint-core
lint-core: $(DEPS_STAMP)
	verilator --lint-only -Wall -Irtl $(CORE_SRCS) --top-module xvm_core
	@echo "lint-core: clean"
