#!/bin/sh
# Installs the npm dependencies on first run (or when package-lock.json changed since).
set -e
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> 安装依赖 (npm ci) …"
  npm ci --no-audit --no-fund --loglevel=error
fi
