#!/bin/sh
# The whole test suite, on the supported Node.js (scripts/ensure-node.sh brings it when the machine's
# is older): set-up, generated-type freshness, type-check, lint, then every test.
set -e
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
echo "==> Node.js $(node --version)（$(command -v node)）"
sh scripts/ensure-deps.sh
echo "==> 检查生成的类型是否最新"
npx tsx scripts/gen-types.ts --check
# The type-checks, lint and the web build are independent and each uses one core: two lanes side by
# side (about 50 s and 40 s alone). Each lane stops at its first failure; both are waited for, their
# output printed in order, and the run stops if either failed — as when they ran one after another.
checks=$(mktemp -d "${TMPDIR:-/tmp}/rencai-checks-XXXXXXXX")
(
  set -e
  echo "==> 类型检查 (tsc)"
  npx tsc -p tsconfig.json
  echo "==> 代码检查 (eslint)"
  npx eslint . --max-warnings=0
) > "$checks/1.log" 2>&1 &
lane1=$!
(
  set -e
  echo "==> 类型检查 (tsc，网页)"
  npx tsc -p apps/web/tsconfig.json
  sh scripts/build-web.sh
) > "$checks/2.log" 2>&1 &
lane2=$!
ok=0
wait $lane1 || ok=$?
wait $lane2 || ok=$?
cat "$checks/1.log" "$checks/2.log"
rm -rf "$checks"
[ "$ok" -eq 0 ] || exit "$ok"
sh scripts/ensure-browser.sh
echo "==> 测试 (vitest，数据库：内嵌 PGlite)"
mkdir -p .data
rm -f .data/vitest.json .data/vitest-web.json .data/vitest-pg.json
status=0
SERVER_URL="${DATABASE_URL:-}"
# One folder of prepared PGlite databases (packages/store/src/testing.ts) for the embedded-database
# pass and the browser pass: the demo databases the first pass builds are not built again for the second.
snapshots=$(mktemp -d "${TMPDIR:-/tmp}/rencai-snap-XXXXXXXX")
cleanup() { rm -rf "$snapshots"; }
trap cleanup EXIT
if [ "$#" -eq 0 ]; then
  # Two test files at a time (vitest.config.ts), except the browser files: those run after the rest, their
  # tests one file at a time. Side by side on two cores a page's answer can come later than the waits:
  # measured, with the e2e harness's chooseOption handling Ant Design's animated lists, pairs passed once
  # (345 s) and failed two waits in each of two later runs (an approval's answer, a form's redirect).
  # One worker: with two, the next file's start (process, imports, platform, Chromium) overlapping a
  # file's tests (apps/web/e2e/one-at-a-time.ts keeps their tests apart) saved about a minute but made
  # two waits fail in one of four full runs (a budget approval's message, a card revocation's field).
  # The projects of vitest.config.ts: every file but the browser files (a CLI --exclude does not reach projects).
  RENCAI_TEST_SNAPSHOTS="$snapshots" env -u DATABASE_URL npx vitest run --project api --project other --reporter=default --reporter=json --outputFile=.data/vitest.json || status=$?
  echo "==> 测试 (vitest，浏览器：Chromium，逐个文件运行测试)"
  # --no-isolate: the one worker runs every browser file in one process, importing the server, the platform
  # and playwright once instead of once per file (each file still starts its own platform and server, and
  # closes them in afterAll; Chromium is launched once, each file with contexts of its own: harness.ts).
  # Measured on the 24 files: import 39 s → 5 s, 633 s → 574 s.
  RENCAI_TEST_SNAPSHOTS="$snapshots" env -u DATABASE_URL npx vitest run apps/web/e2e --maxWorkers=1 --no-isolate --reporter=default --reporter=json --outputFile=.data/vitest-web.json || status=$?
else
  env -u DATABASE_URL npx vitest run --reporter=default --reporter=json --outputFile=.data/vitest.json "$@" || status=$?
fi

# The tests that touch the database run a second time against a real PostgreSQL server: the one in
# DATABASE_URL when given, otherwise a throw-away PostgreSQL (the newest installed, 15 or later; scripts/postgres.sh) started here on a loopback port.
DB_TESTS="packages/store apps/server/src/two-instances.test.ts packages/platform/src/at-rest/at-rest.test.ts apps/server/src/platform apps/cli/src/money-safety.test.ts apps/cli/src/audit-tamper.test.ts apps/cli/src/accounts-cli.test.ts apps/server/src/first-run.test.ts apps/server/src/sweep.test.ts apps/server/src/routes/simulation.test.ts apps/server/src/security-headers.test.ts apps/server/src/supervise.test.ts apps/server/src/ops.test.ts apps/cli/src/backup.test.ts apps/server/src/oidc.test.ts"
if [ "$#" -eq 0 ]; then
  . scripts/postgres.sh
  if [ -z "$SERVER_URL" ]; then
    trap 'pg_stop; cleanup' EXIT
    pg_start
    SERVER_URL="$TEST_DATABASE_URL"
  fi
  echo "==> 测试 (vitest，数据库：PostgreSQL 服务器)"
  # The backup drill uses pg_dump and pg_restore: those of the newest installed PostgreSQL (also when
  # DATABASE_URL names a server started elsewhere), else the ones on PATH.
  [ -n "${PG_BIN:-}" ] || pg_find
  [ -z "${PG_BIN:-}" ] || export RENCAI_PG_BIN="$PG_BIN"
  DATABASE_URL="$SERVER_URL" npx vitest run --reporter=default --reporter=json --outputFile=.data/vitest-pg.json $DB_TESTS || status=$?
fi
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of [".data/vitest.json", ".data/vitest-web.json", ".data/vitest-pg.json"]) {
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  // The names of what failed come last, so that the end of a long log says what to look at.
  for (const f of [".data/vitest.json", ".data/vitest-web.json", ".data/vitest-pg.json"]) {
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    const pass = f.includes("-pg") ? "PostgreSQL" : "PGlite";
    for (const file of r.testResults) {
      const where = file.name.replace(process.cwd() + "/", "");
      const bad = file.assertionResults.filter((a) => a.status === "failed");
      if (file.status === "failed" && bad.length === 0) console.log(`FAILED [${pass}] ${where}: ${(file.message || "").split("\n")[0]}`);
      for (const a of bad) console.log(`FAILED [${pass}] ${where} > ${a.fullName}: ${(a.failureMessages[0] || "").split("\n")[0].slice(0, 300)}`);
    }
  }
' || true
exit $status
