// The platform under load (`npm run bench:platform`): two server instances (apps/server/src/main.ts,
// each its own process) on one PostgreSQL database seeded with the demo, and the mixed workload of
// bench/platform-traffic.ts at fixed arrival rates from its own process, alternating between the
// instances. Prints, per rate, achieved rate, errors and p50/p99 overall and per route; then the
// nightly screening of the whole registry on one instance (time, persons/s, peak memory).
// Needs DATABASE_URL (a PostgreSQL server; bench/platform-load.sh starts a throw-away one).
// Environment: BENCH_RATES (default "100,200,300"), BENCH_SECONDS (default 20), BENCH_PERSONS (demo size, default 2000).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverTestDatabase } from '../packages/store/src/testing.js';

const rates = (process.env.BENCH_RATES ?? '100,200,300').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const persons = Number(process.env.BENCH_PERSONS ?? 2000);
const PASSWORD = 'rencai-demo-2026';
if (!process.env.DATABASE_URL) throw new Error('需要 DATABASE_URL（PostgreSQL 服务器）：请用 npm run bench:platform 运行');

const db = (await serverTestDatabase())!;
const keys = mkdtempSync(join(tmpdir(), 'rencai-bench-keys-'));
const env = { ...process.env, DATABASE_URL: db.url, RENCAI_KEY_DIR: keys, RENCAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'rencai-bench-data-')), RENCAI_RATE_LIMIT: '0', RENCAI_TRUST_PROXY: '127.0.0.1', RENCAI_JOBS: '0', PORT: '0' };

/** Seeds the demo (synthetic persons) into the database once, in its own process. */
async function seed(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `const P = await import('@rencai/platform'); const p = await P.createPlatform({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.RENCAI_DATA_DIR }); await P.seedDemo(p, { persons: ${persons} }); await p.database.close();`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`演示数据生成失败（退出码 ${code}）`);
}

/** Starts one instance; resolves with its address once it listens. Its request log is discarded. */
function instance(): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--single-threaded-gc', '--import', 'tsx', 'apps/server/src/main.ts'], { env: { ...env, RENCAI_DEMO: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let head = '';
    const onData = (b: Buffer) => {
      head += b.toString('utf8');
      const m = /已启动：(http:\/\/[^\s]+)/.exec(head);
      if (m) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ base: m[1]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`服务进程退出（${code}）`)));
  });
}

const t0 = performance.now();
await seed();
console.log(`演示数据 demo seeded: ${persons} 人 persons, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const servers = [await instance(), await instance()];
console.log(`两个实例 two instances: ${servers.map((s) => s.base).join(', ')}`);
/** One run of the traffic process; its JSON result. */
async function traffic(rate: number, secs: number) {
  const gen = spawn(process.execPath, ['--import', 'tsx', 'bench/platform-traffic.ts', String(rate), String(secs), PASSWORD, ...servers.map((s) => s.base)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  gen.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  await new Promise((r) => gen.on('exit', r));
  return JSON.parse(out.trim().split('\n').at(-1)!) as { achieved: number; sent: number; errors: number; p50: number; p99: number; routes: Array<{ route: string; count: number; errors: number; p50: number; p99: number; max: number; statuses: Record<string, number> }> };
}
try {
  // Warm-up (not counted): the instances compile their hot paths and fill their pools.
  await traffic(Math.min(...rates), 5);
  for (const rate of rates) {
    const r = await traffic(rate, seconds);
    console.log(`\n### ${rate} req/s × ${seconds} s（混合负载 mixed, 2 instances）: achieved ${r.achieved.toFixed(0)} req/s, sent ${r.sent}, errors ${r.errors}, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
    console.log('| route | count | errors | p50 ms | p99 ms | max ms | statuses |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const x of r.routes) console.log(`| ${x.route} | ${x.count} | ${x.errors} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.max.toFixed(0)} | ${JSON.stringify(x.statuses)} |`);
  }
  // The nightly 免申即享 screening of the whole registry, run by hand on instance A: time, rate, and
  // the instance's peak memory (VmHWM), to set against a 600,000-person registry.
  const login = await fetch(`${servers[0]!.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const t1 = performance.now();
  const run = await fetch(`${servers[0]!.base}/api/v1/admin/jobs/proactive.screen/run`, { method: 'POST', headers: { cookie: session, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: '{}' });
  const secs = (performance.now() - t1) / 1000;
  const outcome = (await run.json()) as Record<string, unknown>;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${servers[0]!.child.pid}/status`, 'utf8'))?.[1];
  const scanned = Number((outcome.result as { scanned?: number } | undefined)?.scanned ?? (outcome as { scanned?: number }).scanned ?? persons);
  console.log(`\n### 免申即享全库筛查 nightly screening（实例 A instance A）: HTTP ${run.status}, ${scanned} 人 persons in ${secs.toFixed(1)} s = ${(scanned / secs).toFixed(0)} persons/s → 600,000 persons ≈ ${(600_000 / (scanned / secs) / 60).toFixed(1)} min; peak RSS (VmHWM) ${hwm ? (Number(hwm) / 1024).toFixed(0) : '?'} MB`);
  console.log(`  ${JSON.stringify(outcome).slice(0, 300)}`);
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.on('exit', r)))));
  await db.drop();
}
