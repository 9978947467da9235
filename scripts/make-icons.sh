#!/usr/bin/env bash
# Draws the application icon's PNG sizes and the Windows ICO from resources/icons/casedesk.svg.
# Run after changing the SVG (needs rsvg-convert: Debian package librsvg2-bin); the results
# are kept in git so a build needs neither tool.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" casedesk.svg -o "casedesk-$size.png"
done
# An ICO is a small header and a directory of PNG images (Windows Vista and later read PNG entries).
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"casedesk-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries = b""
for size, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("casedesk.ico", "wb").write(header + entries + b"".join(images))
PY
