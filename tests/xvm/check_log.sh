#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Usage: check_log.sh SIMULATOR ELF LOG
# Runs tests/xvm/log_vm.S's ELF with --commit-log and requires the exact
# lines its guest must produce: " vm" on what ran with VM=1 only.
set -u
sim=$1 elf=$2 log=$3
if ! "$sim" --max-cycles 1000000 --commit-log "$log" "$elf" > /dev/null 2>&1; then
  echo "check_log.sh: $elf did not pass on $sim" >&2
  exit 1
fi
rc=0
expect() {
  if ! grep -qxF "$1" "$log"; then
    echo "check_log.sh: missing line: $1" >&2
    rc=1
  fi
}
expect "core   0: 1 0x00000000 (0x0010000b)"
expect "core   0: 1 0x00000004 (0x00100513) x10 0x00000001 vm"
expect "core   0: 1 0x00000008 (0x0000000b) vm"
expect "core   0: 1 0x0000000c (0x00200513) x10 0x00000002"
expect "core   0: 1 0x00000010 (0x0010000b)"
expect "core   0: 1 0x00000014 (0x10002573) trap 0x00000018 tval 0x10002573 vm"
exit $rc
