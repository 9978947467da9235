#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt on this machine, checks the installed
# programs (casedesk-cli --version, casedesk-cli demo into a temporary folder, the window
# offscreen), and removes the package again. Debian 12; run as root or with sudo.
# A separate check, not part of .ci/run: it installs and removes system packages.
#   scripts/package-deb.sh [--keep]     (--keep: leave the package installed)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=no
[ "${1:-}" = "--keep" ] && keep=yes

as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)

scripts/install-deps.sh
if dpkg-query -W -f='${Status}' casedesk 2>/dev/null | grep -q "install ok installed"; then
  echo "package-deb: casedesk is already installed; remove it first (apt-get remove casedesk)." >&2
  exit 1
fi

# Its own tree: /usr as prefix, no tests, the same compiler flags (ccache shares the objects).
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCASEDESK_BUILD_TESTS=OFF "${launcher[@]}"
cmake --build build-deb --parallel "${CASEDESK_JOBS:-2}"
(cd build-deb && cpack -G DEB)
deb=$(ls -t build-deb/casedesk_*.deb | head -n1)
echo "package-deb: built $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
dpkg-deb --contents "$deb" | awk '{print $6}'

work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  if [ "$keep" = no ]; then
    "${as_root[@]}" apt-get remove -y -q casedesk >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -q "$(realpath "$deb")"

fail() { echo "package-deb: FAILED: $*" >&2; exit 1; }
for path in /usr/bin/casedesk /usr/bin/casedesk-cli /usr/share/applications/casedesk.desktop \
            /usr/share/metainfo/casedesk.metainfo.xml /usr/share/icons/hicolor/256x256/apps/casedesk.png \
            /usr/share/icons/hicolor/scalable/apps/casedesk.svg /usr/share/doc/casedesk/wqy-microhei-LICENSE.txt; do
  [ -e "$path" ] || fail "$path is not installed"
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/casedesk.desktop; fi

version=$(/usr/bin/casedesk-cli --version)
echo "package-deb: $version"
[[ "$version" == casedesk-cli\ * ]] || fail "casedesk-cli --version said: $version"
gui_version=$(/usr/bin/casedesk --version)
[[ "$gui_version" == casedesk\ * ]] || fail "casedesk --version said: $gui_version"

export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
/usr/bin/casedesk-cli demo --database "$work/demo.db" --cases 200 || fail "casedesk-cli demo"
[ -s "$work/demo.db" ] || fail "casedesk-cli demo wrote no database"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/casedesk --database "$work/demo.db" \
  --screenshot "$work/window.png" || fail "the window did not start from the installed program"
[ -s "$work/window.png" ] || fail "the window drew no picture"
echo "package-deb: passed (installed with apt, casedesk-cli ran, the window drew itself offscreen; removed again unless --keep)"
