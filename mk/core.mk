# SPDX-License-Identifier: Apache-2.0
# The CPU core alone (the core fileset of xvm.core): `make lint-core` runs
# Verilator -Wall with xvm_core as the top, so the core's own lint status is
# visible without the platform around it.

.PHONY: lint-core
lint-core: $(DEPS_STAMP)
	verilator --lint-only -Wall -Irtl $(RTL_CORE_SRCS) --top-module xvm_core
	@echo "lint-core: clean"

# xvm.core serves FuseSoC as it serves the Makefiles: it lists every RTL
# file, and FuseSoC's own lint target of it runs clean.
.PHONY: test-fusesoc
test-fusesoc: | $(DEPS_STAMP)
	@mkdir -p $(RESULTS) $(BUILD)/fusesoc
	@{ missing=$$(for f in rtl/*.v; do case " $(RTL_CORE_SRCS) $(RTL_SOC_SRCS) $(RTL_SIM_SRCS) " in \
	     *" $$f "*) ;; *) echo "$$f" ;; esac; done); \
	  if [ -z "$$missing" ]; then echo "PASS fusesoc/every-rtl-file-listed"; \
	  else echo "FAIL fusesoc/every-rtl-file-listed (not in xvm.core:" $$missing ")"; fi; \
	  if (cd $(BUILD)/fusesoc && $(abspath $(VENV))/bin/fusesoc --cores-root $(CURDIR) \
	        run --target lint xvm:xvm:core) > $(BUILD)/fusesoc/lint.log 2>&1; \
	  then echo "PASS fusesoc/lint"; else echo "FAIL fusesoc/lint ($(BUILD)/fusesoc/lint.log)"; fi; \
	} > $(RESULTS)/fusesoc.txt; cat $(RESULTS)/fusesoc.txt; ! grep -q '^FAIL' $(RESULTS)/fusesoc.txt

TEST_TARGETS += test-fusesoc
