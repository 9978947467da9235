#!/usr/bin/env bash
# Installs what is missing, then configures and builds CaseDesk into ./build (Release).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ ! -f build/CMakeCache.txt ]; then
  echo "First build of CaseDesk: this takes a while (about 20 minutes on 2 cores, 5 on 8);"
  echo "later builds only rebuild what changed."
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc)"
