#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Every command shown in the README and the docs is run by a test: each one
# that tests/docs/extract.sh finds must have a line in tests/docs/commands.txt
# saying how it is checked, and is checked so:
#   run       run here, from the repository root; it must exit 0
#   dry       a board or a long job: `make -n` of it must succeed
#   synopsis  a usage line: every option it shows is in the program's --help
#   target:T  run by the test target T (which must exist) as part of a suite
# A block of sample output preceded by `<!-- output of: COMMAND -->` must
# appear line for line in the output of that command (a `run` command).
# Usage: run.sh WORKDIR MAKE_DATABASE DOC.md...   (PASS/FAIL lines)
set -u
work=$1 db=$2
shift 2
table=tests/docs/commands.txt
rm -rf "$work"; mkdir -p "$work"
rc=0
n=0
sh tests/docs/extract.sh "$@" > "$work/commands" || { echo "FAIL docs/extract"; exit 1; }
targets=$(grep -E '^(TEST_TARGETS|TEST_LONG_TARGETS) :?= ' "$db" | sed 's/^[^=]*= //' | tr ' ' '\n')

tab=$(printf '\t')
while IFS="$tab" read -r file cmd; do
  n=$((n + 1))
  name="docs/$file: $cmd"
  mode=$(awk -v c="$cmd" 'BEGIN { FS = "\t" } $2 == c { print $1; exit }' "$table")
  log=$work/$n.log
  case $mode in
    run)
      if timeout 900 sh -c "$cmd" < /dev/null > "$log" 2>&1; then echo "PASS $name"
      else echo "FAIL $name (exit status $?; $log)"; rc=1; fi
      printf '%s\t%s\n' "$cmd" "$log" >> "$work/outputs" ;;
    dry)
      if sh -c "make -n ${cmd#make }" < /dev/null > "$log" 2>&1; then echo "PASS $name (make -n)"
      else echo "FAIL $name (make -n fails; $log)"; rc=1; fi ;;
    synopsis)
      prog=${cmd%% *} ok=1
      "$prog" --help > "$log" 2>&1 || ok=0
      for o in $(printf '%s\n' "$cmd" | grep -o -- '--[a-z-]*'); do
        grep -q -- "^ *$o\b" "$log" || { echo "docs: $prog --help lacks $o" >&2; ok=0; }
      done
      if [ $ok = 1 ]; then echo "PASS $name (--help)"; else echo "FAIL $name (synopsis)"; rc=1; fi ;;
    target:*)
      t=${mode#target:}
      if printf '%s\n' "$targets" | grep -qxF "$t"; then echo "PASS $name (by $t)"
      else echo "FAIL $name ($t is not a test target)"; rc=1; fi ;;
    *)
      echo "FAIL $name (not in $table: say how it is tested)"; rc=1 ;;
  esac
done < "$work/commands"
[ $n -gt 0 ] || { echo "FAIL docs (no commands found)"; exit 1; }

# Sample output: the fenced block after the marker, each line in the log.
for f in "$@"; do
  awk -v file="$f" '
    /^<!-- output of: .* -->$/ { cmd = $0; sub(/^<!-- output of: /, "", cmd); sub(/ -->$/, "", cmd); want = 1; next }
    want && /^```/ { if (inb) { want = 0; inb = 0 } else inb = 1; next }
    want && inb { print file "\t" cmd "\t" $0 }' "$f"
done > "$work/samples"
bad=0
while IFS="$tab" read -r file cmd line; do
  log=$(awk -v c="$cmd" 'BEGIN { FS = "\t" } $1 == c { print $2; exit }' "$work/outputs" 2>/dev/null)
  if [ -z "$log" ]; then echo "FAIL docs/$file: sample of '$cmd' (the command is not run)"; bad=1
  elif grep -qxF -- "$line" "$log"; then :
  else echo "FAIL docs/$file: sample of '$cmd': not in its output: $line"; bad=1; fi
done < "$work/samples"
if [ $bad = 0 ] && [ -s "$work/samples" ]; then echo "PASS docs/samples ($(wc -l < "$work/samples") lines)"
else echo "FAIL docs/samples"; rc=1; fi
exit $rc
