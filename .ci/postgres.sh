#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1 for the database tests; prints the URL to use.
# Installs Debian's postgresql when it is missing. Exits non-zero when it cannot start one.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
data=$(mktemp -d /tmp/handoff-pg.XXXXXX)
port=${HANDOFF_PG_PORT:-$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
chown postgres "$data"
su postgres -s /bin/sh -c "$bin/initdb -D $data -A trust -U postgres >/dev/null"
su postgres -s /bin/sh -c "$bin/pg_ctl -D $data -o '-p $port -k $data -c listen_addresses=127.0.0.1' -l $data/log -w start >/dev/null"
su postgres -s /bin/sh -c "$bin/psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE DATABASE handoff_test'"
echo "postgresql+psycopg://postgres@127.0.0.1:$port/handoff_test"
