#!/bin/sh
# The whole test suite: set-up, generated-type freshness, type-check, lint, then every test.
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
echo "==> 检查生成的类型是否最新"
npx tsx scripts/gen-types.ts --check
echo "==> 类型检查 (tsc)"
npx tsc -p tsconfig.json
npx tsc -p apps/web/tsconfig.json
echo "==> 代码检查 (eslint)"
npx eslint . --max-warnings=0
sh scripts/ensure-browser.sh
sh scripts/build-web.sh
echo "==> 测试 (vitest)"
mkdir -p .data
status=0
npx vitest run --reporter=default --reporter=json --outputFile=.data/vitest.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".data/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
' || true
exit $status
