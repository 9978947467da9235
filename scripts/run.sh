#!/usr/bin/env bash
# Sets up, builds and launches CaseDesk. With no --database, the application opens the
# database in the user's data folder, creating a demo database there on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/app/casedesk "$@"
