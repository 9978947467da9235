#!/usr/bin/env bash
# Installs the Debian 12 packages CaseDesk needs, only those that are missing.
# Runs apt-get as root directly, or through sudo for a normal user.
#   scripts/install-deps.sh [--fuzz]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  catch2 libsqlite3-dev sqlite3 libsodium-dev libjemalloc-dev
  xvfb xauth poppler-utils fonts-wqy-microhei
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15
  libxlsxwriter-dev libminizip-dev libreoffice-calc-nogui
)
# --fuzz (scripts/fuzz.sh only, not the main build): clang 14 and libFuzzer's runtime.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# PostgreSQL's server programs are for the tests' throwaway clusters (scripts/test-server.sh):
# no cluster of the system's own is created or started by installing them.
if [ ! -e /etc/postgresql-common/createcluster.d/casedesk.conf ]; then
  "${as_root[@]}" mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | "${as_root[@]}" tee /etc/postgresql-common/createcluster.d/casedesk.conf >/dev/null
fi
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
