#!/usr/bin/env bash
# Install and start the decision service with the bundled tables on SQLite (var/regelwerk.db).
# Extra arguments go to 'regelwerk serve' (e.g. --port 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
exec .venv/bin/regelwerk serve "$@"
