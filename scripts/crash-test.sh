#!/usr/bin/env bash
# Crash test: kills the bulk writer with SIGKILL at random moments while it writes batches of
# cases (each batch one transaction, with its audit records), then checks the file each time:
# PRAGMA integrity_check, every batch reported as committed is there in full, no batch is there
# in part, and the audit hash chain is intact.
#   scripts/crash-test.sh [KILLS]   (default 120; the build in ./build, or BUILD=dir)
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-120}"
build="${BUILD:-build}"
batch=20
cmake --build "$build" --target casedesk-crash-writer > /dev/null
helper="$build/tests/casedesk-crash-writer"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/crash.db"
log="$work/committed.log"
: > "$log"
"$helper" write "$db" first 1 "$batch" >> "$log"

survived=0
for i in $(seq 1 "$kills"); do
  "$helper" write "$db" "run$i" 1000000 "$batch" >> "$log" 2> /dev/null &
  pid=$!
  # 30–700 ms: sometimes while the file is being opened, mostly in the middle of a batch.
  sleep "$(printf '0.%03d' $((RANDOM % 670 + 30)))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if "$helper" check "$db" "$log" "$batch" > "$work/check.txt"; then
    survived=$((survived + 1))
  else
    echo "after kill $i: $(cat "$work/check.txt")"
  fi
done
committed=$(grep -c '^committed ' "$log" || true)
echo "$(cat "$work/check.txt")"
echo "batches reported committed: $committed"
echo "kills survived: $survived/$kills"
[ "$survived" -eq "$kills" ]
