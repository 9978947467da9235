#!/usr/bin/env bash
# Sets up, builds and launches CaseDesk. With no --database, the application opens the
# database in the user's data folder, creating a demo database there on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f build/CMakeCache.txt ] && [ -f build/build.ninja ]; then
  # Configured before: only what changed is rebuilt (Ninja reruns CMake itself when a
  # CMakeLists.txt changed), so a start takes seconds and configures nothing.
  cmake --build build --parallel "$(nproc)"
else
  scripts/build.sh
fi
exec build/app/casedesk "$@"
