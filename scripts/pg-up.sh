#!/usr/bin/env bash
# Makes a PostgreSQL server available to the tests and prints the line to export its URL.
# Uses the one at 127.0.0.1:5432 (database `test`, trust auth) if it answers; otherwise starts a
# throwaway cluster on 127.0.0.1:${SSPR_PG_PORT:-55432} (installing Debian's postgresql if needed).
# SSPR_PG_THROWAWAY=1 skips the server at :5432. Stop the throwaway cluster: scripts/pg-up.sh stop
set -euo pipefail
PORT=${SSPR_PG_PORT:-55432}
D=${SSPR_PG_DIR:-/tmp/sspr-test-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

if [ "${1:-}" = stop ]; then
  [ -n "$BIN" ] && [ -d "$D/data" ] && runuser -u postgres -- "$BIN/pg_ctl" -D "$D/data" -m fast -w stop >&2 || true
  exit 0
fi

if [ -z "${SSPR_PG_THROWAWAY:-}" ] && command -v psql >/dev/null && psql "postgresql://postgres@127.0.0.1:5432/test" -Atc 'select 1' >/dev/null 2>&1; then
  echo "export SSPR_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test"
  exit 0
fi
if psql "postgresql://postgres@127.0.0.1:$PORT/test" -Atc 'select 1' >/dev/null 2>&1; then
  echo "export SSPR_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PORT/test"
  exit 0
fi
if [ -z "$BIN" ]; then
  echo "installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
rm -rf "$D" && mkdir -p "$D" && chmod 755 "$D" && chown postgres "$D"
runuser -u postgres -- "$BIN/initdb" -D "$D/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
runuser -u postgres -- "$BIN/pg_ctl" -D "$D/data" -l "$D/pg.log" -w -t 30 -o "-k $D -p $PORT \
  -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" start >&2
psql -h 127.0.0.1 -p "$PORT" -U postgres -c 'CREATE DATABASE test' >&2
echo "export SSPR_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PORT/test"
