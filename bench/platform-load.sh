#!/bin/sh
# `npm run bench:platform`: the platform under a mixed load on two instances (bench/platform-load.ts),
# on the PostgreSQL server in DATABASE_URL, or on a throw-away one started here (scripts/postgres.sh).
set -e
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
sh scripts/ensure-deps.sh
if [ -z "${DATABASE_URL:-}" ]; then
  . scripts/postgres.sh
  trap pg_stop EXIT
  pg_start
  DATABASE_URL="$TEST_DATABASE_URL"
fi
DATABASE_URL="$DATABASE_URL" npx tsx bench/platform-load.ts
