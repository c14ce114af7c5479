#!/bin/sh
# A throw-away PostgreSQL server for the test suite: the newest installed PostgreSQL 15 or later
# (Debian/Ubuntu's /usr/lib/postgresql/*/bin, the PGDG packages' /usr/pgsql-*/bin, Alpine's
# /usr/libexec/postgresql*, Homebrew's, /usr/local/pgsql/bin, `pg_config --bindir`, initdb on PATH);
# when there is none, the distribution's default `postgresql` package through apt-get; without
# apt-get, a Chinese message saying what to install (or to point DATABASE_URL at an existing server).
# initdb into a temporary folder as a non-root user, listens on a loopback port only.
# Usage (sourced): . scripts/postgres.sh; pg_start; …; pg_stop   — pg_start exports TEST_DATABASE_URL.
# RENCAI_SYSROOT (empty normally) is put before the fixed folders searched, for the scripts' own tests.

PG_MIN=15
PG_BIN=""
PG_MAJOR=""
PG_TOO_OLD=""
. scripts/system-packages.sh

# The major version of the PostgreSQL whose initdb, pg_ctl and postgres are in folder $1, or nothing.
pg_major() {
  [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/postgres" ] || return 0
  "$1/initdb" --version 2>/dev/null | sed -n 's/^initdb (PostgreSQL) \([0-9][0-9]*\).*/\1/p' | head -n 1
}

# Sets PG_BIN to the folder of the newest PostgreSQL >= PG_MIN installed (PG_MAJOR to its version);
# PG_TOO_OLD lists older ones seen ("14（/usr/lib/postgresql/14/bin）").
pg_find() {
  PG_BIN=""
  PG_MAJOR=""
  PG_TOO_OLD=""
  _r="${RENCAI_SYSROOT:-}"
  _cfg=""
  if command -v pg_config >/dev/null 2>&1; then _cfg=$(pg_config --bindir 2>/dev/null || true); fi
  _path=""
  if command -v initdb >/dev/null 2>&1; then _path=$(dirname "$(command -v initdb)"); fi
  for _d in "$_r"/usr/lib/postgresql/*/bin "$_r"/usr/pgsql-*/bin "$_r"/usr/libexec/postgresql* \
    "$_r"/opt/homebrew/opt/postgresql*/bin "$_r"/usr/local/opt/postgresql*/bin "$_r"/usr/local/pgsql/bin "$_cfg" "$_path"; do
    [ -n "$_d" ] || continue
    _v=$(pg_major "$_d")
    [ -n "$_v" ] || continue
    if [ "$_v" -lt "$PG_MIN" ]; then
      case " $PG_TOO_OLD " in *"（$_d）"*) ;; *) PG_TOO_OLD="${PG_TOO_OLD:+$PG_TOO_OLD、}$_v（$_d）" ;; esac
    elif [ -z "$PG_MAJOR" ] || [ "$_v" -gt "$PG_MAJOR" ]; then
      PG_BIN="$_d"
      PG_MAJOR="$_v"
    fi
  done
}

# What to install on a machine without apt-get, by its package manager.
pg_install_hint() {
  case "$(sys_pkg_manager)" in
    dnf | yum) echo "sudo $(sys_pkg_manager) install postgresql-server（RHEL/Rocky/Alma 9 须先运行 sudo dnf module enable postgresql:16）" ;;
    zypper) echo "sudo zypper install postgresql17-server" ;;
    pacman) echo "sudo pacman -S postgresql" ;;
    apk) echo "apk add postgresql17" ;;
    brew) echo "brew install postgresql@17" ;;
    *) echo "PostgreSQL $PG_MIN 或更高版本（须含 initdb、pg_ctl、postgres 三个程序，见 https://www.postgresql.org/download/ ）" ;;
  esac
}

pg_explain_missing() {
  if [ -n "$PG_TOO_OLD" ]; then
    echo "找到的 PostgreSQL 版本过低：$PG_TOO_OLD；测试需要 PostgreSQL $PG_MIN 或更高版本。" >&2
  else
    echo "找不到 PostgreSQL（需要 $PG_MIN 或更高版本的 initdb、pg_ctl、postgres）。" >&2
  fi
  echo "请安装：$1" >&2
  echo "或者设置 DATABASE_URL=postgres://用户@主机:端口/数据库 指向已有的 PostgreSQL $PG_MIN+ 服务器（测试将在其中建表，请用专供测试的数据库），不再启动临时服务器。" >&2
}

# PG_BIN for the newest installed PostgreSQL >= PG_MIN, installing the distribution's default through
# apt-get when there is none; returns 1 after saying in Chinese what to do.
pg_locate() {
  pg_find
  [ -z "$PG_BIN" ] || return 0
  if [ "$(sys_pkg_manager)" != apt-get ]; then
    pg_explain_missing "$(pg_install_hint)"
    return 1
  fi
  echo "==> 安装 PostgreSQL（发行版默认的 postgresql 软件包，apt-get）…"
  if ! sys_apt_install postgresql; then
    pg_explain_missing "sudo apt-get install -y postgresql（发行版默认版本须为 $PG_MIN 或更高，否则用 PostgreSQL 官方软件源 https://apt.postgresql.org 的 postgresql-17）"
    return 1
  fi
  pg_find
  [ -z "$PG_BIN" ] || return 0
  pg_explain_missing "PostgreSQL 官方软件源（https://www.postgresql.org/download/linux/ ）中的 postgresql-17：发行版默认的 postgresql 低于 $PG_MIN"
  return 1
}

pg_start() {
  pg_locate || return 1
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
