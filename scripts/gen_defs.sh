#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Generate the C/assembly view of rtl/xvm_defs.vh (the single source of truth).
# Usage: gen_defs.sh rtl/xvm_defs.vh > build/gen/xvm_defs.h
set -eu
in=$1
echo "/* Generated from $in by scripts/gen_defs.sh. Do not edit. */"
echo "#ifndef XVM_DEFS_H"
echo "#define XVM_DEFS_H"
sed -n -E \
  -e "s|^\`define (XVM_[A-Z0-9_]+)[[:space:]]+[0-9]+'h([0-9A-Fa-f_]+)[[:space:]]*(//.*)?$|#define \1 0x\2|p" \
  -e "s|^\`define (XVM_[A-Z0-9_]+)[[:space:]]+[0-9]+'d([0-9_]+)[[:space:]]*(//.*)?$|#define \1 \2|p" \
  -e "s|^\`define (XVM_[A-Z0-9_]+)[[:space:]]+([0-9]+)[[:space:]]*(//.*)?$|#define \1 \2|p" \
  "$in"
echo "#endif"
