// Dependency maintenance (`npm run deps:check`): lists outdated packages — updates within the
// declared semver ranges (safe to take with `npm update` after the tests pass) apart from new major
// versions (a deliberate change) — with where to read what changed, and tries `npm audit`, saying
// plainly when the registry's advisory service cannot be reached. See docs/platform.md「依赖维护」.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args: string[]) {
  const r = spawnSync(npm, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const major = (v: string) => Number(String(v).split('.')[0]);

/** Where to read what changed between two versions: the repository's compare view or releases. */
function changesOf(name: string, from: string, to: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return '';
  const repo = (JSON.parse(readFileSync(file, 'utf8')) as { repository?: string | { url?: string } }).repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  const m = /github\.com[/:]([^/]+\/[^/#.]+)/.exec(url ?? '')?.[1] ?? (/^[\w.-]+\/[\w.-]+$/.test(url ?? '') ? url : undefined);
  if (!m) return url ?? '';
  return `https://github.com/${m}/releases（${from} → ${to}）`;
}

console.log('==> npm outdated（已安装版本、范围内最新、最新版本）');
const outdated = run(['outdated', '--json']);
let list: Record<string, { current?: string; wanted?: string; latest?: string }> = {};
try {
  list = JSON.parse(outdated.stdout || '{}') as typeof list;
} catch {
  console.error(`无法读取 npm outdated 的输出：${outdated.stderr.trim()}`);
  process.exit(2);
}
const rows = Object.entries(list).map(([name, v]) => ({ name, current: v.current ?? '（未安装）', wanted: v.wanted, latest: v.latest }));
const inRange = rows.filter((r) => r.wanted && r.wanted !== r.current);
const majors = rows.filter((r) => r.latest && major(r.latest) > major(r.wanted ?? r.current));
if (rows.length === 0) console.log('全部依赖都是最新版本。');
if (inRange.length) {
  console.log(`\n范围内可更新（npm update 后运行 npm test，再提交 package-lock.json）：`);
  for (const r of inRange) console.log(`  ${r.name.padEnd(28)} ${r.current} → ${r.wanted}   ${changesOf(r.name, r.current, r.wanted!)}`);
}
if (majors.length) {
  console.log(`\n有新的主版本（不兼容的改动，须单独评估、改 package.json 的版本范围）：`);
  for (const r of majors) console.log(`  ${r.name.padEnd(28)} ${r.current} → ${r.latest}   ${changesOf(r.name, r.current, r.latest!)}`);
}

console.log('\n==> npm audit（已知漏洞）');
const audit = run(['audit', '--json']);
let report: { metadata?: { vulnerabilities?: Record<'critical' | 'high' | 'moderate' | 'low' | 'total', number> }; message?: string; error?: { summary?: string } } | undefined;
try {
  report = JSON.parse(audit.stdout) as typeof report;
} catch {
  report = undefined;
}
if (report?.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`漏洞：严重 ${v.critical}、高 ${v.high}、中 ${v.moderate}、低 ${v.low}${v.total ? '（详情：npm audit）' : ''}`);
  process.exitCode = v.critical || v.high ? 1 : 0;
} else {
  const why = report?.message ?? report?.error?.summary ?? audit.stderr.split('\n').find((l) => l.includes('error')) ?? '未知原因';
  console.log(`无法查询漏洞公告：${why}`);
  console.log('请在能访问公告服务的机器上运行 npm audit，或对照 GitHub Advisory Database / OSV（按 package-lock.json 中的版本）核查。');
}

try {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, unknown> };
  console.log(`\npackage-lock.json：${Object.keys(lock.packages ?? {}).length - 1} 个包（含间接依赖）；npm ${execFileSync(npm, ['--version'], { encoding: 'utf8' }).trim()}，Node ${process.version}`);
} catch {
  // no lockfile: nothing more to say
}
