#!/usr/bin/env bash
# Fuzzes the parsers that read what users and other systems hand CaseDesk: the JSON case
# input, the field validators, the holiday-notice importer and the work-order readers (CSV and
# XLSX) (libFuzzer, with AddressSanitizer and UndefinedBehaviorSanitizer). Builds into
# ./build-fuzz with clang 14, runs each target for N seconds (default 60) from the seed corpus in fuzz/corpus, and prints executions and crashes.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
# A crash leaves its input in build-fuzz/artifacts/ (replay: build-fuzz/fuzz/TARGET FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(fuzz_complaint_json fuzz_validators fuzz_holiday_schedule fuzz_work_order_file)

scripts/install-deps.sh --fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="$flags" \
  -DCASEDESK_BUILD_FUZZERS=ON -DCASEDESK_BUILD_TESTS=OFF -DCASEDESK_WARNINGS_AS_ERRORS=OFF > /dev/null
cmake --build build-fuzz -j2 --target "${targets[@]}"

mkdir -p build-fuzz/artifacts
total_runs=0
total_crashes=0
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$target"
  mkdir -p "$corpus"
  cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  log="build-fuzz/$target.log"
  set +e
  ASAN_OPTIONS=detect_leaks=1 "build-fuzz/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" "$corpus" > "$log" 2>&1
  status=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  runs=${runs:-0}
  crashes=$(ls build-fuzz/artifacts/ 2>/dev/null | grep -c "^$target-" || true)
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    crashes=1 # the fuzzer stopped on a problem without leaving an input (e.g. out of memory)
  fi
  echo "$target: ${runs} executions in ${seconds} s, ${crashes} crashes"
  if [ "$crashes" -ne 0 ]; then
    grep -m 5 -E 'ERROR|SUMMARY|runtime error' "$log" || true
  fi
  total_runs=$((total_runs + runs))
  total_crashes=$((total_crashes + crashes))
done
echo "fuzzing: ${total_runs} executions, ${total_crashes} crashes"
[ "$total_crashes" -eq 0 ]
