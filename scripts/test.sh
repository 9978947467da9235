#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (Catch2 through CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
# UI tests choose the offscreen platform themselves; no display is needed.
ctest --test-dir build --output-on-failure --no-tests=error --timeout 300 -j2
