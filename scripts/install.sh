#!/usr/bin/env bash
# Create .venv and install Regelwerk into it. Usage: scripts/install.sh [test]
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import policy.engine, durable_rules_engine" 2>/dev/null || {
  echo "install.sh: durable-rules did not install (it builds with gcc; python3-dev and gcc are needed)" >&2; exit 1; }
