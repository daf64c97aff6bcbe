# SPDX-License-Identifier: Apache-2.0
# The project as a whole: its target list, its licence lines, and the
# fresh-machine install.
#
#   make test-help    every target of the Makefiles is in `make help`
#   make test-spdx    every source file starts with an SPDX line
#   make test-make    the Makefiles' user interface (SIM=, make wave)
#   make test-docs    every command of the README and the docs, run
#                     (tests/docs/commands.txt), and the sample output
#   make test-fresh   make run and make test in a debootstrapped Debian 12
#                     (in test-long; FRESH_REV=commit tries another commit)

FRESH_DIR := $(BUILD)/fresh
FRESH_REV ?= HEAD

.PHONY: test-help test-spdx test-make test-docs test-fresh
test-help: | $(DEPS_STAMP)
	@mkdir -p $(RESULTS) $(BUILD)
	@$(MAKE) -pRrq -f $(firstword $(MAKEFILE_LIST)) nothing > $(BUILD)/make-db.txt 2>/dev/null || true
	@sh scripts/check_help.sh $(BUILD)/make-db.txt mk/help.txt > $(RESULTS)/help.txt; rc=$$?; \
	  grep -v '^PASS' $(RESULTS)/help.txt; exit $$rc

test-spdx:
	@mkdir -p $(RESULTS)
	@sh scripts/check_spdx.sh > $(RESULTS)/spdx.txt; rc=$$?; cat $(RESULTS)/spdx.txt; exit $$rc

test-make: $(BUILD)/xvm-sim $(WAVE_FILTER) $(DEBUG_GDB_PROG)
	@mkdir -p $(RESULTS)
	@sh tests/make/run.sh $(DEBUG_GDB_PROG) $(BUILD)/tests/make > $(RESULTS)/make.txt; rc=$$?; \
	  cat $(RESULTS)/make.txt; exit $$rc

# The docs' commands build what they need themselves, as a user's would.
DOC_FILES := README.md $(sort $(wildcard docs/*.md)) $(sort $(wildcard */README.md */*/README.md))
test-docs: all
	@mkdir -p $(RESULTS)
	@$(MAKE) -pRrq -f $(firstword $(MAKEFILE_LIST)) nothing > $(BUILD)/make-db.txt 2>/dev/null || true
	@sh tests/docs/run.sh $(BUILD)/tests/docs $(BUILD)/make-db.txt $(DOC_FILES) > $(RESULTS)/docs.txt; rc=$$?; \
	  grep -v '^PASS' $(RESULTS)/docs.txt; echo "docs: $$(grep -c '^PASS' $(RESULTS)/docs.txt) passed"; exit $$rc

test-fresh: | $(DEPS_STAMP)
	@mkdir -p $(RESULTS)
	@sh scripts/test_fresh.sh $(abspath $(FRESH_DIR)) $(FRESH_REV) > $(RESULTS)/fresh.txt; rc=$$?; \
	  cat $(RESULTS)/fresh.txt; exit $$rc

TEST_TARGETS      += test-help test-spdx test-make test-docs
TEST_LONG_TARGETS += test-fresh
