#!/bin/sh
# Starts the product: installs dependencies on first run, then serves the API and its docs.
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
sh scripts/build-web.sh
exec npx tsx apps/server/src/main.ts "$@"
