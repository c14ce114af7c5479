// The slowest anonymous requests we know of, each timed in its own server process over loopback
// while a second connection polls /healthz: how long the request takes, how big its answer is, and
// how long the health check waited behind it: bodies just under the calculator's size limit with
// unknown names (closest-name suggestions), thousands of bad list items, over-long strings.
// Usage: tsx bench/worst-request.ts → a Markdown table on stdout.

import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../apps/server/src/schemas.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Just under the calculator's body limit: the largest request it still reads. */
const KB = Math.floor(LIMITS.calculateBodyBytes / 1024) - 6;
const B = KB * 1024;

const cases: Array<{ name: string; path: string; body: unknown }> = [
  { name: '未知参数名（set 列表）unknown parameter name', path: '/api/v1/calculate', body: { profile: { region: 'kecheng' }, set: [`art20.purchase.area.${'9'.repeat(B)}=80`] } },
  { name: '未知参数名（set 对象）unknown parameter key', path: '/api/v1/calculate', body: { profile: { region: 'kecheng' }, set: { [`art19.allowance.${'x'.repeat(B)}`]: 1 } } },
  { name: '未知档案字段 unknown profile field', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', person: { [`qualification${'s'.repeat(B)}`]: [] } } } },
  { name: '未知资格 unknown qualification names', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', person: { qualifications: Array.from({ length: Math.floor(B / 14) }, (_, i) => `博士${i}`) } } } },
  { name: '一个很长的资格名 one long qualification name', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', person: { qualifications: ['全日制博士'.repeat(Math.floor(B / 15))] } } } },
  { name: '100 个未知参数名 100 unknown parameter names (the most a reform holds)', path: '/api/v1/calculate', body: { profile: { region: 'kecheng' }, set: Array.from({ length: LIMITS.reformSettings }, (_, i) => `art20.purchase.area.${'q'.repeat(LIMITS.text - 30)}${i}=80`) } },
  { name: '100 个未知资格名 100 unknown qualification names', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', person: { qualifications: Array.from({ length: LIMITS.qualifications }, (_, i) => `全日制博士研究生${'甲'.repeat(LIMITS.name - 12)}${i}`) } } } },
  { name: '错误类型的列表项 wrong-typed list items', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', enterprise: { experts: Array.from({ length: Math.floor(B / 16) }, () => ({ salary: true })) } } } },
  { name: '500 个错误的专家（列表上限）500 wrong experts (the most a list holds)', path: '/api/v1/calculate', body: { profile: { region: 'kecheng', enterprise: { experts: Array.from({ length: LIMITS.listItems }, () => ({ salary: true, qualified: 'x', yearsSubsidized: 'y' })) } } } },
  { name: '500 个专家的有效档案 a valid profile with 500 experts', path: '/api/v1/calculate', body: { date: '2023-01-01', profile: { region: 'kecheng', enterprise: { sector: 'digital_economy', experts: Array.from({ length: LIMITS.listItems }, (_, i) => ({ name: `专家${i}`, qualified: true, salary: 300000 + i * 1000, yearsSubsidized: i % 3 })) } } } },
  { name: '模拟（未登录）simulate, not signed in', path: '/api/v1/simulate', body: { population: 100, set: [`art19.allowance.${'7'.repeat(B)}=1`] } },
];

function post(port: number, path: string, body: string): Promise<{ status: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function healthz(port: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - t0));
    }).on('error', reject);
  });
}

/** One server process per case, so that one case's garbage does not slow the next. */
async function measure(c: (typeof cases)[number]) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((res, rej) => {
    server.stdout.once('data', (d: Buffer) => res(Number(String(d).trim())));
    server.once('exit', () => rej(new Error('服务未能启动 server did not start')));
  });
  try {
    const body = JSON.stringify(c.body);
    await post(port, '/api/v1/calculate', JSON.stringify({ profile: { region: 'kecheng' } })); // warm-up
    let worstHealth = 0;
    let done = false;
    const poll = (async () => {
      await new Promise((r) => setTimeout(r, 5));
      while (!done) worstHealth = Math.max(worstHealth, await healthz(port));
    })();
    const r = await post(port, c.path, body);
    done = true;
    await poll;
    return { ...r, health: worstHealth, size: Buffer.byteLength(body) };
  } finally {
    server.kill();
  }
}

console.log('| 请求 request | 请求体 body | 状态 status | 耗时 time | 响应 answer | /healthz 最长等待 longest wait |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const r = await measure(c);
  console.log(`| ${c.name} | ${(r.size / 1024).toFixed(0)} KB | ${r.status} | ${r.ms.toFixed(0)} ms | ${(r.bytes / 1024).toFixed(1)} KB | ${r.health.toFixed(0)} ms |`);
}
