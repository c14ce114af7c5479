#!/bin/sh
# The whole test suite: set-up, generated-type freshness, type-check, lint, then every test.
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
echo "==> 检查生成的类型是否最新"
npx tsx scripts/gen-types.ts --check
echo "==> 类型检查 (tsc)"
npx tsc -p tsconfig.json
echo "==> 代码检查 (eslint)"
npx eslint . --max-warnings=0
echo "==> 测试 (vitest)"
npx vitest run "$@"
