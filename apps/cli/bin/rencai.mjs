#!/usr/bin/env node
/* global process, URL, console */
// The `rencai` executable: runs the TypeScript CLI through tsx, so `npx rencai …` works without a
// build step. Paths on the command line stay relative to the directory it is run from.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let tsx;
try {
  tsx = require.resolve('tsx/cli');
} catch {
  console.error('找不到 tsx：请先在仓库根目录运行 npm install（或 npm start / npm test 一次）。');
  process.exit(1);
}
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const r = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.error) {
  console.error(`无法启动 rencai：${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
