#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Print every command shown in the project's documentation, one per line as
# FILE<TAB>COMMAND: the lines of code blocks (fenced, or indented by four
# spaces) that start with a command the project's users type, with
# continuation lines joined and trailing "# comments" removed.
# Usage: extract.sh FILE.md...
set -eu
for f in "$@"; do
  awk -v file="$f" '
    function flush() { if (cmd != "") { gsub(/[ \t]+/, " ", cmd); sub(/ $/, "", cmd); print file "\t" cmd }; cmd = "" }
    /^[ \t]*```/ { fenced = !fenced; next }
    {
      line = $0
      code = fenced || line ~ /^    /
      sub(/^[ \t]+/, "", line)
      if (cont) { cont = 0; }
      else {
        if (!code || line !~ /^(for|make|build\/[a-z-]+|riscv64-unknown-elf-gcc|sh|gtkwave|gdb-multiarch|openFPGALoader|qemu-system-riscv32|git)( |$)/) next
        flush()
      }
      sub(/[ \t]+#.*$/, "", line)
      if (line ~ /\\$/) { cont = 1; sub(/\\$/, "", line) }
      cmd = (cmd == "") ? line : cmd " " line
      if (!cont) flush()
    }
    END { flush() }' "$f"
done
