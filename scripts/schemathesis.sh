#!/usr/bin/env bash
# Schemathesis against a live server: every operation that /openapi.json lists, all checks,
# bounded (SCHEMATHESIS_EXAMPLES per operation, default 30) so it fits CI. Exit 1 on any failure.
# The server runs over decision_tables/ with a fresh SQLite log, an admin token and an API key.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export REGELWERK_DATABASE_URL="sqlite:///$scratch/regelwerk.db"
export REGELWERK_TABLES_DIR="$PWD/decision_tables"
export REGELWERK_ADMIN_TOKEN="schemathesis-beheer"
export REGELWERK_API_KEYS="schemathesis-sleutel"
export REGELWERK_WATCH_INTERVAL=0
.venv/bin/regelwerk serve --host 127.0.0.1 --port "$port" --workers 2 > "$scratch/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 1 300); do
  if .venv/bin/python -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$port/ready', timeout=2)" 2>/dev/null; then
    break
  fi
  sleep 0.2
done
# One worker: with two, hypothesis describes filter lambdas by parsing their source in both threads
# at once, and CPython 3.11's ast.parse is not safe for that ("AST constructor recursion depth
# mismatch"): a crash of the tool, not of the service.
.venv/bin/st --config-file scripts/schemathesis.toml run "http://127.0.0.1:$port/openapi.json" \
  --checks all \
  --max-examples "${SCHEMATHESIS_EXAMPLES:-30}" \
  --header "Authorization: Bearer $REGELWERK_ADMIN_TOKEN" \
  --workers 1 \
  --generation-deterministic \
  --no-color \
  "$@" || { status=$?; tail -50 "$scratch/server.log" >&2; exit "$status"; }
