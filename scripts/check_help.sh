#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# test-help: every phony target of the Makefiles has its line in
# mk/help.txt and every line names a target that exists.
# Usage: check_help.sh MAKE_DATABASE HELP_FILE  (database: make -pRrq)
set -eu
db=$1 help=$2
# Internal targets (a rule's forcing prerequisite) are not for users.
internal='FORCE_FPGA_IMG'
phony=$(grep '^\.PHONY:' "$db" | tr ' ' '\n' | grep -v -e '^\.PHONY:' -e '^$' -e '\$' \
        | grep -vxF "$internal" | sort -u)
listed=$(sed -e '/^#/d' -e '/^[A-Z_]*=/d' -e 's/ .*//' "$help" | sort -u)
rc=0
for t in $phony; do
  if printf '%s\n' "$listed" | grep -qxF "$t"; then echo "PASS help/$t"
  else echo "FAIL help/$t (not in $help)"; rc=1; fi
done
for t in $listed; do
  printf '%s\n' "$phony" | grep -qxF "$t" || { echo "FAIL help/$t (listed, but no such target)"; rc=1; }
done
exit $rc
