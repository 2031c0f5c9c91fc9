#!/usr/bin/env bash
# Install everything the tests need and run all of them: unit, checks, engine, BDD features
# (in-process and against a live server), server, PostgreSQL and browser tests; then schemathesis
# against a live server (scripts/schemathesis.sh, bounded to about a minute).
# PostgreSQL and Chromium are installed from Debian's packages when missing and bound to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
scripts/browser.sh
REGELWERK_TEST_POSTGRES_URL="$(scripts/postgres.sh start)"
export REGELWERK_TEST_POSTGRES_URL
trap 'scripts/postgres.sh stop' EXIT
.venv/bin/ruff check --select F,E9 policy server tests benchmarks
.venv/bin/mypy
.venv/bin/regelwerk check decision_tables/
.venv/bin/regelwerk test decision_tables/
.venv/bin/python -m pytest -p no:cacheprovider -q "$@"
scripts/schemathesis.sh
