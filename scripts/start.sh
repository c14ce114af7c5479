#!/bin/sh
# Starts the product on the supported Node.js (scripts/ensure-node.sh brings it when the machine's is
# older): installs dependencies and builds the web app on first run, then serves the
# API, its docs and the web app under a supervisor (apps/server/src/supervise.ts: restarts the server
# after a crash, stops gracefully on SIGTERM). Young-generation GC runs on the main thread
# (--single-threaded-gc): on small shared machines this keeps request latency tails short
# (see docs/simulation.md).
set -e
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
sh scripts/ensure-deps.sh
sh scripts/build-web.sh
exec node --single-threaded-gc --import tsx apps/server/src/supervise.ts "$@"
