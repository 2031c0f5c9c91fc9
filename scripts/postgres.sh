#!/usr/bin/env bash
# Install (if needed), initialise and start a throw-away PostgreSQL server on 127.0.0.1 for the
# tests, or stop it. Usage: scripts/postgres.sh start|stop|url
# The server runs as the 'postgres' OS user (PostgreSQL refuses to run as root) with its data
# in a temporary folder that 'stop' removes.
set -euo pipefail

PORT="${REGELWERK_PG_PORT:-54329}"
STATE_DIR="${REGELWERK_PG_DIR:-/tmp/regelwerk-pg-$PORT}"
DB=regelwerk_test
URL="postgresql+psycopg://regelwerk@127.0.0.1:$PORT/$DB"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

install_if_missing() {
  if ! find_bin >/dev/null; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
}

start() {
  install_if_missing
  local bin; bin=$(find_bin)
  if [ -f "$STATE_DIR/data/postmaster.pid" ] && as_pg "$bin/pg_ctl -D $STATE_DIR/data status" >/dev/null 2>&1; then
    echo "$URL"; return 0
  fi
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$STATE_DIR"
  as_pg "$bin/initdb -D $STATE_DIR/data -U postgres --auth=trust -E UTF8 --no-locale" >"$STATE_DIR.init.log" 2>&1
  as_pg "$bin/pg_ctl -D $STATE_DIR/data -l $STATE_DIR/server.log -w -t 60 \
    -o '-c listen_addresses=127.0.0.1 -p $PORT -k $STATE_DIR -c fsync=off -c max_connections=200' start" >/dev/null
  as_pg "$bin/psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -qc \"CREATE ROLE regelwerk LOGIN SUPERUSER\""
  as_pg "$bin/psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -qc \"CREATE DATABASE $DB OWNER regelwerk\""
  echo "$URL"
}

stop() {
  local bin
  if bin=$(find_bin) && [ -d "$STATE_DIR/data" ]; then
    as_pg "$bin/pg_ctl -D $STATE_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$STATE_DIR" "$STATE_DIR.init.log"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
