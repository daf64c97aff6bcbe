#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `make bench`'s table: every recorded figure (scripts/bench_metric.sh)
# with its target and whether it meets it. Exit status 1 when a figure
# misses its target or is missing.
# Usage: bench_table.sh METRICS_FILE
set -eu
awk 'BEGIN { FS = "\t"; rc = 0
             printf "%-46s %14s %-12s %-14s %s\n", "benchmark", "result", "unit", "target", "" }
     { verdict = ""
       if ($4 != "") {
         split($4, t, " ")
         if ($2 == "" || $2 !~ /^[0-9.]+$/) verdict = "FAIL (no result)"
         else if (t[1] == "<=") verdict = ($2 + 0 <= t[2] + 0) ? "pass" : "FAIL"
         else if (t[1] == ">=") verdict = ($2 + 0 >= t[2] + 0) ? "pass" : "FAIL"
         if (verdict != "pass") rc = 1
       }
       printf "%-46s %14s %-12s %-14s %s\n", $1, $2, $3, $4, verdict }
     END { exit rc }' "$1"
