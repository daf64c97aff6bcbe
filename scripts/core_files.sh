#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The Verilog files of filesets of the FuseSoC core description, in its
# order: the one RTL file list the Makefiles read.
# Usage: core_files.sh CORE_FILE FILESET...
set -eu
core=$1
shift
awk -v want=" $* " '
  /^filesets:/ { in_fs = 1; next }
  /^[^ #]/     { in_fs = 0 }
  in_fs && /^  [A-Za-z_]+:/ { name = $1; sub(/:$/, "", name); next }
  in_fs && /^      - / { f = $2; sub(/:$/, "", f)
                         if (index(want, " " name " ") && f ~ /\.v$/) print f }' "$core"
