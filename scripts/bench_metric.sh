#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Record one benchmark figure for `make bench`'s table: appends
# NAME<TAB>VALUE<TAB>UNIT<TAB>TARGET to $BENCH_METRICS (when set) and
# prints the same figure for a benchmark target run on its own.
# Usage: bench_metric.sh NAME VALUE UNIT [TARGET]   (TARGET: "<= N" or ">= N")
set -eu
name=$1 value=$2 unit=$3 target=${4:-}
printf '%s\t%s\t%s\t%s\n' "$name" "$value" "$unit" "$target" >> "${BENCH_METRICS:-/dev/null}"
printf '  %-46s %14s %s%s\n' "$name" "$value" "$unit" "${target:+  (target $target)}"
