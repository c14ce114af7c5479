#!/bin/sh
# A throw-away PostgreSQL 15 server for the test suite: installs Debian's postgresql-15 when missing,
# initdb into a temporary folder as a non-root user, listens on a loopback port only.
# Usage (sourced): . scripts/postgres.sh; pg_start; …; pg_stop   — pg_start exports TEST_DATABASE_URL.

PG_BIN=""
pg_find() {
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then PG_BIN="$d"; fi
  done
}

pg_start() {
  pg_find
  if [ -z "$PG_BIN" ]; then
    echo "==> 安装 PostgreSQL 15 (apt-get) …"
    if [ "$(id -u)" = "0" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15) >/dev/null
    else
      sudo -n sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15' >/dev/null
    fi
    pg_find
  fi
  if [ -z "$PG_BIN" ]; then echo "找不到 PostgreSQL（initdb）" >&2; return 1; fi
  PG_USER=$(id -un)
  RUN=""
  if [ "$(id -u)" = "0" ]; then
    PG_USER=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    RUN="runuser -u postgres --"
  fi
  PG_DIR=$(mktemp -d /tmp/rencai-pg.XXXXXX)
  chown "$PG_USER" "$PG_DIR" 2>/dev/null || true
  PG_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  $RUN "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  $RUN "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
  TEST_DATABASE_URL="postgres://$PG_USER@127.0.0.1:$PG_PORT/postgres"
  export TEST_DATABASE_URL PG_DIR PG_BIN
  echo "==> PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') 已在 127.0.0.1:$PG_PORT 启动（临时目录 $PG_DIR）"
}

pg_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    $RUN "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
