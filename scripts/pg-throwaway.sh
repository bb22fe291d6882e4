#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the tests and print its URL.
# Usage: eval "$(scripts/pg-throwaway.sh [PORT])"   (exports EVENTWIRE_TEST_POSTGRES and _DIR)
#        scripts/pg-throwaway.sh stop DIR            (stops it and removes DIR)
# Needs Debian's postgresql package (initdb, pg_ctl). Runs the server as the `postgres` user
# when started as root, since PostgreSQL refuses to run as root.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "echo 'pg-throwaway: PostgreSQL is not installed' >&2"; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-}" = stop ]; then
  run "$bindir/pg_ctl" -D "$2/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi
port="${1:-55432}"
# A port already taken (another server, or one a killed run left behind) would make pg_ctl fail:
# take the next free one, up to 20 further, so a leftover server never breaks the next run.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 20); do port_taken "$port" || break; port=$((port + 1)); done
if port_taken "$port"; then echo "echo 'pg-throwaway: no free port near ${1:-55432}' >&2; false"; exit 1; fi
dir=$(mktemp -d /tmp/eventwire-pg.XXXXXX)
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
run "$bindir/initdb" -D "$dir/data" -U eventwire --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start >/dev/null
if ! run "$bindir/createdb" -h 127.0.0.1 -p "$port" -U eventwire eventwire_test; then
  # The caller sets its cleanup only after this prints: stop the server here, leave nothing behind.
  run "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  echo "echo 'pg-throwaway: createdb failed on port $port' >&2; false"
  exit 1
fi
echo "export EVENTWIRE_TEST_POSTGRES=postgresql://eventwire@127.0.0.1:$port/eventwire_test"
echo "export EVENTWIRE_TEST_POSTGRES_DIR=$dir"
