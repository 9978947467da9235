#!/usr/bin/env bash
# Proof under load: SESSIONS caseworkers (separate processes, each signed in as its own user)
# work on overlapping cases of one PostgreSQL server for SECONDS: they register, edit, assign,
# move cases, attach evidence and record follow-up visits on finished ones. Halfway through, the
# server is restarted. Afterwards every step a session reported committed must be in the database
# as it wrote it, nothing half written, the audit chain verifying and the statistics summaries
# equal to a full recount. Prints a table per kind of step: tried, committed, conflicts refused,
# refused by the rules, failed (the restart), retries (deadlocks and serialization failures the
# core ran again) and p50/p95 latency.
#   scripts/load-test.sh [SESSIONS=20] [SECONDS=120] [BUILD_DIR=build]
# The server is a throwaway cluster (scripts/test-server.sh): 127.0.0.1 only, removed at the end.
set -euo pipefail

sessions=${1:-20}
seconds=${2:-120}
build=${3:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
helper="$build/tests/casedesk-load-session"
if [ ! -x "$helper" ]; then
  cmake --build "$build" --target casedesk-load-session >/dev/null
fi

work=$(mktemp -d /tmp/casedesk-load.XXXXXX)
state="$work/server"
cleanup() {
  CASEDESK_TEST_SERVER_WATCH=1 "$here/scripts/test-server.sh" stop "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
CASEDESK_TEST_SERVER_WATCH=$$ "$here/scripts/test-server.sh" start "$state" >/dev/null
url=$(cat "$state/url") # the cluster's own database, UTF-8 (C.UTF-8)

"$helper" setup "$url" "$sessions"
mkdir -p "$work/logs"
pids=()
for i in $(seq 1 "$sessions"); do
  user=$(printf '负载%02d' "$i")
  "$helper" run "$url" "$user" "$seconds" "$work/logs/$user.log" "$i" 2>"$work/logs/$user.err" &
  pids+=($!)
done
sleep $((seconds / 2))
echo "restarting the server while $sessions sessions work"
"$here/scripts/test-server.sh" restart "$state"
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "a session could not start or sign in:" >&2
  cat "$work"/logs/*.err >&2
  exit 1
fi
"$helper" check "$url" "$work/logs"
