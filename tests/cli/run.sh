#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Command-line behaviour of a simulator (docs/platform.md).
# Usage: run.sh SIM TAG ELFDIR RESULTS [RAM_MAX]
#   SIM     the simulator (build/xvm-sim or build/xvm-iss)
#   TAG     name used in the result lines: "PASS cli/TAG/<test>"
#   ELFDIR  where the test programs of tests/cli were built
#   RESULTS file to write the PASS/FAIL lines to
#   RAM_MAX the simulator's largest --ram-size in bytes, if it has one
# Every run is bounded by `timeout`, so a hang is a failure, not a stall.
set -u
sim=$1 tag=$2 elfs=$3 results=$4 ram_max=${5:-}
prog=$(basename "$sim")
work=$(mktemp -d /tmp/xvm-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT
: > "$results"
failed=0

pass() { echo "PASS cli/$tag/$1" >> "$results"; }
fail() {
  echo "FAIL cli/$tag/$1" >> "$results"
  echo "FAIL cli/$tag/$1: $2" >&2
  failed=1
}

# run NAME STDIN ARGS...: runs the simulator; sets rc, out, err.
run() {
  name=$1 input=$2
  shift 2
  timeout 60 "$sim" "$@" < "$input" > "$work/out" 2> "$work/err"
  rc=$?
}

# The contract for bad usage: status 2, exactly one line on stderr that
# names the simulator, nothing on stdout.
expect_usage_error() {
  name=$1
  shift
  run "$name" /dev/null "$@"
  lines=$(wc -l < "$work/err")
  if [ "$rc" -ne 2 ]; then fail "$name" "exit $rc, expected 2"
  elif [ "$lines" -ne 1 ]; then fail "$name" "$lines lines on stderr, expected 1"
  elif [ -s "$work/out" ]; then fail "$name" "output on stdout"
  else pass "$name"; fi
}

# expect_message NAME STATUS MESSAGE ARGS...: exact status, nothing on
# stdout and stderr exactly "PROGRAM: MESSAGE" (file errors are
# "PROGRAM: FILE: reason", the reason strerror's when there is one).
expect_message() {
  name=$1 want=$2 msg=$3
  shift 3
  run "$name" /dev/null "$@"
  if [ "$rc" -ne "$want" ]; then fail "$name" "exit $rc, expected $want"
  elif [ "$(cat "$work/err")" != "$prog: $msg" ]; then fail "$name" "stderr '$(cat "$work/err")'"
  elif [ -s "$work/out" ]; then fail "$name" "output on stdout"
  else pass "$name"; fi
}

# expect_exit NAME STATUS STDOUT STDIN ARGS...: exact status and stdout.
expect_exit() {
  name=$1 want=$2 want_out=$3 input=$4
  shift 4
  run "$name" "$input" "$@"
  got_out=$(cat "$work/out"; echo x)
  if [ "$rc" -ne "$want" ]; then fail "$name" "exit $rc, expected $want: $(head -c 200 "$work/err")"
  elif [ "$got_out" != "${want_out}x" ]; then fail "$name" "stdout '$(cat "$work/out")'"
  else pass "$name"; fi
}

printf 'this is not an ELF file\n' > "$work/text.elf"
head -c 30 "$elfs/loop.elf" > "$work/truncated.elf"
: > "$work/empty.elf"

# --- bad usage and unusable ELF files: exit 2, one line ---------------------
expect_usage_error missing-file "$work/does-not-exist.elf"
expect_usage_error empty-file "$work/empty.elf"
expect_usage_error not-elf "$work/text.elf"
expect_usage_error truncated "$work/truncated.elf"
expect_usage_error elf64 "$elfs/elf64.elf"
expect_usage_error wrong-machine "$elfs/wrong-machine.elf"
expect_usage_error big-endian "$elfs/big-endian.elf"
expect_usage_error segment-outside-ram "$elfs/low.elf"
expect_usage_error segment-beyond-ram-size --ram-size 1M "$elfs/highdata.elf"
expect_usage_error unknown-option --frobnicate "$elfs/loop.elf"
expect_usage_error bad-ram-size --ram-size 12Q "$elfs/loop.elf"
expect_usage_error ram-size-too-large --ram-size 4096M "$elfs/loop.elf"
expect_usage_error bad-max-cycles --max-cycles ten "$elfs/loop.elf"
expect_usage_error missing-argument "$elfs/loop.elf" --max-cycles
expect_usage_error missing-elf --stats
expect_usage_error extra-elf "$elfs/loop.elf" "$elfs/loop.elf"
expect_usage_error signature-without-symbols --signature "$work/sig" "$elfs/loop.elf"
expect_usage_error commit-log-unwritable --commit-log "$work/no/such/dir/log" "$elfs/loop.elf"
# An unusable output file is found before the run (loop.elf would run until
# --max-cycles).
expect_usage_error signature-unwritable --max-cycles 100000000 --signature "$work/no/such/dir/sig" \
  "$elfs/signature.elf"

# --- the exact format of file errors ------------------------------------------
enoent="No such file or directory"
expect_message format-missing-elf 2 "$work/does-not-exist.elf: $enoent" "$work/does-not-exist.elf"
expect_message format-elf-directory 2 "$work: Is a directory" "$work"
expect_message format-not-elf 2 "$work/text.elf: not an ELF file" "$work/text.elf"
expect_message format-commit-log 2 "$work/no/such/dir/log: $enoent" \
  --commit-log "$work/no/such/dir/log" "$elfs/pass.elf"
expect_message format-signature 2 "$work/no/such/dir/sig: $enoent" \
  --signature "$work/no/such/dir/sig" "$elfs/signature.elf"
expect_message format-signature-symbols 2 \
  "$elfs/loop.elf: no begin_signature/end_signature symbols for --signature" \
  --signature "$work/sig" "$elfs/loop.elf"
if [ "$tag" = sim ]; then
  expect_message format-trace 2 "$work/no/such/dir/t.fst: $enoent" \
    --trace "$work/no/such/dir/t.fst" "$elfs/pass.elf"
fi
if [ -w /dev/full ]; then
  expect_message format-commit-log-write 1 "/dev/full: No space left on device" \
    --max-cycles 100000 --commit-log /dev/full "$elfs/pass.elf"
  expect_message format-signature-write 1 "/dev/full: No space left on device" \
    --max-cycles 100000 --signature /dev/full "$elfs/signature.elf"
fi

if [ -n "$ram_max" ]; then
  expect_usage_error ram-size-above-max --ram-size $((ram_max + 4)) "$elfs/loop.elf"
  expect_exit ram-size-max 0 "" /dev/null --ram-size "$ram_max" --max-cycles 100000 \
    "$elfs/pass.elf"
fi

run help /dev/null --help
if [ "$rc" -eq 0 ] && grep -q -- '--max-cycles' "$work/out"; then pass help
else fail help "exit $rc"; fi

# --- warnings: one line on stderr, the run goes on ----------------------------
expect_message warn-entry 0 \
  "$elfs/entry.elf: warning: entry point 0x80000008 ignored, execution starts at 0x80000000" \
  --max-cycles 100000 "$elfs/entry.elf"
expect_message warn-stack-top 0 \
  "$elfs/stack-top.elf: warning: __stack_top 0x81000000 is beyond the end of RAM 0x80100000 (--ram-size 0x100000)" \
  --max-cycles 100000 --ram-size 1M "$elfs/stack-top.elf"
expect_exit no-warn-stack-top 0 "" /dev/null --max-cycles 100000 "$elfs/stack-top.elf"
if [ -s "$work/err" ]; then fail no-warn-stack-top-message "stderr '$(cat "$work/err")'"; fi

# --- running programs --------------------------------------------------------
expect_exit max-cycles 124 "" /dev/null --max-cycles 5000 "$elfs/loop.elf"
if [ "$(wc -l < "$work/err")" -eq 1 ]; then pass max-cycles-message
else fail max-cycles-message "expected one line on stderr"; fi
# A pipe that stays open without data must not block the simulation.
mkfifo "$work/fifo"
sleep 60 > "$work/fifo" &
writer=$!
expect_exit stdin-open-pipe 124 "" "$work/fifo" --max-cycles 5000 "$elfs/loop.elf"
kill "$writer" 2> /dev/null

expect_exit finisher-pass 0 "" /dev/null --max-cycles 100000 "$elfs/pass.elf"
expect_exit finisher-fail 7 "" /dev/null --max-cycles 100000 "$elfs/fail.elf"
expect_exit uart-output 0 "hello from cli
" /dev/null --max-cycles 1000000 "$elfs/uart.elf"
printf 'typed\n' > "$work/line"
# A regular file on stdin is not input (never read, never waited for).
expect_exit uart-input-file 124 "" "$work/line" --max-cycles 100000 "$elfs/echo.elf"
name=uart-input-from-pipe
out=$(printf 'piped\n' | timeout 60 "$sim" --max-cycles 1000000 "$elfs/echo.elf" 2>/dev/null)
rc=$?
if [ "$rc" -eq 0 ] && [ "$out" = piped ]; then pass "$name"; else fail "$name" "exit $rc '$out'"; fi
expect_exit tohost-pass 0 "" /dev/null --max-cycles 100000 "$elfs/tohost-pass.elf"
expect_exit tohost-fail 5 "" /dev/null --max-cycles 100000 "$elfs/tohost-fail.elf"
expect_exit high-data 0 "" /dev/null --max-cycles 100000 "$elfs/highdata.elf"

expect_exit signature 0 "" /dev/null --max-cycles 100000 --signature "$work/sig" \
  "$elfs/signature.elf"
if [ "$rc" -eq 0 ] && [ "$(cat "$work/sig" 2>/dev/null)" = "$(printf '11111111\ndeadbeef\ncafef00d')" ]
then pass signature-content; else fail signature-content "$(head -3 "$work/sig" 2>/dev/null)"; fi

# The first lines of the commit log of pass.elf are fixed by the program.
expect_exit commit-log 0 "" /dev/null --max-cycles 100000 --commit-log "$work/log" \
  "$elfs/pass.elf"
want_log="core   0: 3 0x80000000 (0x001002b7) x5 0x00100000
core   0: 3 0x80000004 (0x00005337) x6 0x00005000
core   0: 3 0x80000008 (0x55530313) x6 0x00005555
core   0: 3 0x8000000c (0x0062a023) mem 0x00100000 0x00005555"
if [ "$(head -4 "$work/log" 2>/dev/null)" = "$want_log" ]; then pass commit-log-content
else fail commit-log-content "$(head -4 "$work/log" 2>/dev/null)"; fi

# A commit log that cannot be written (a full device) fails a run that
# would pass, with status 1 and one line on stderr.
if [ -w /dev/full ]; then
  expect_exit commit-log-write-error 1 "" /dev/null --max-cycles 100000 --commit-log /dev/full \
    "$elfs/pass.elf"
  if [ "$rc" -eq 1 ] && [ "$(wc -l < "$work/err")" -ne 1 ]; then
    fail commit-log-write-error-message "$(wc -l < "$work/err") lines on stderr, expected 1"
  fi
fi

expect_exit stats 0 "" /dev/null --stats --max-cycles 100000 "$elfs/pass.elf"
if grep -q '^cycles: [0-9]' "$work/err" && grep -q '^instructions: 4$' "$work/err"
then pass stats-content; else fail stats-content "$(cat "$work/err")"; fi

exit $failed
