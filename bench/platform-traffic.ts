// The mixed platform workload of the platform benchmark, run as its own process: at a fixed arrival
// rate (one request every 1000/rate ms, open loop — latency counted from when each request was due,
// so a stalled server is charged for the requests it delayed), requests alternate between the
// server instances given and are drawn by weight from the mix below: sign-ins (each from its own
// address through the trusted proxy header), registry searches, application lists and details, the
// work list's progress, the public calculator. Sessions are made once, on the first instance, and
// used on all of them. Prints one JSON line: per route, count, errors, p50, p99 (ms).
// Usage: tsx bench/platform-traffic.ts RATE SECONDS PASSWORD URL [URL …]

import http from 'node:http';

const [rateArg, secondsArg, password, ...bases] = process.argv.slice(2);
if (!rateArg || !secondsArg || !password || !bases.length) throw new Error('usage: platform-traffic.ts RATE SECONDS PASSWORD URL [URL …]');
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: 64 }));

interface Res { status: number; body: string; cookies: string[] }
function send(i: number, method: string, path: string, opts: { body?: unknown; cookie?: string; from?: string } = {}): Promise<Res> {
  const target = new URL(bases[i]!);
  const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method,
        agent: agents[i],
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(opts.from ? { 'x-forwarded-for': opts.from } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies: ([] as string[]).concat(res.headers['set-cookie'] ?? []) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let addr = 0;
const nextAddress = () => `10.${(addr >> 16) & 255}.${(addr >> 8) & 255}.${addr++ & 255}`;

async function signIn(username: string): Promise<{ cookie: string }> {
  const r = await send(0, 'POST', '/api/v1/auth/login', { body: { username, password }, from: nextAddress() });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.body}`);
  const cookie = r.cookies.map((c) => c.split(';')[0]).join('; ');
  return { cookie };
}

const clerk = await signIn('clerk_city');
const leader = await signIn('leader');
const apps = JSON.parse((await send(0, 'GET', '/api/v1/applications?pageSize=50', { cookie: clerk.cookie })).body) as { items: Array<{ id: number }> };
const appIds = apps.items.map((a) => a.id);
const SAMPLE = { profile: { region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2021-03-01', post: 'teacher', serviceAgreementYears: 5, purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false } } }, date: '2023-01-01' };
const NAMES = ['王', '李', '张', '刘', '陈', '林'];

type Shot = { route: string; weight: number; ok: (s: number) => boolean; go: (i: number, n: number) => Promise<Res> };
const MIX: Shot[] = [
  { route: 'POST /api/v1/auth/login', weight: 5, ok: (s) => s === 200, go: (i) => send(i, 'POST', '/api/v1/auth/login', { body: { username: 'clerk_kecheng', password }, from: nextAddress() }) },
  { route: 'GET /api/v1/persons?q=', weight: 20, ok: (s) => s === 200, go: (i, n) => send(i, 'GET', `/api/v1/persons?q=${encodeURIComponent(NAMES[n % NAMES.length]!)}&pageSize=20`, { cookie: clerk.cookie }) },
  { route: 'GET /api/v1/applications', weight: 20, ok: (s) => s === 200, go: (i, n) => send(i, 'GET', `/api/v1/applications?page=${1 + (n % 3)}&pageSize=20`, { cookie: clerk.cookie }) },
  { route: 'GET /api/v1/applications/:id', weight: 20, ok: (s) => s === 200, go: (i, n) => send(i, 'GET', `/api/v1/applications/${appIds[n % appIds.length]}`, { cookie: clerk.cookie }) },
  { route: 'POST /api/v1/calculate', weight: 25, ok: (s) => s === 200, go: (i) => send(i, 'POST', '/api/v1/calculate', { body: SAMPLE }) },
  { route: 'GET /api/v1/worklist/progress', weight: 5, ok: (s) => s === 200, go: (i) => send(i, 'GET', '/api/v1/worklist/progress', { cookie: leader.cookie }) },
];
const total = MIX.reduce((s, m) => s + m.weight, 0);
const pick = (n: number): Shot => {
  // A fixed, evenly spread sequence (no randomness: every run sends the same mix in the same order).
  let x = (n * 7919) % total;
  for (const m of MIX) {
    if (x < m.weight) return m;
    x -= m.weight;
  }
  return MIX[0]!;
};

const samples = new Map<string, { ms: number[]; errors: number; statuses: Record<string, number> }>();
const interval = 1000 / rate;
const count = Math.round(rate * seconds);
const start = performance.now() + 50;
const pending: Promise<void>[] = [];
for (let n = 0; n < count; n++) {
  const due = start + n * interval;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  const shot = pick(n);
  const s = samples.get(shot.route) ?? { ms: [], errors: 0, statuses: {} };
  samples.set(shot.route, s);
  pending.push(
    shot.go(n % bases.length, n).then(
      (res) => {
        s.ms.push(performance.now() - due);
        s.statuses[res.status] = (s.statuses[res.status] ?? 0) + 1;
        if (!shot.ok(res.status)) s.errors++;
      },
      () => {
        s.ms.push(performance.now() - due);
        s.errors++;
      },
    ),
  );
}
await Promise.all(pending);
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const all: number[] = [];
const routes = [...samples].map(([route, s]) => {
  const ms = s.ms.sort((a, b) => a - b);
  all.push(...ms);
  return { route, count: ms.length, errors: s.errors, statuses: s.statuses, p50: q(ms, 0.5), p99: q(ms, 0.99), max: ms.at(-1) ?? 0 };
});
all.sort((a, b) => a - b);
const elapsed = (performance.now() - start) / 1000;
process.stdout.write(`${JSON.stringify({ rate, seconds, sent: count, achieved: count / elapsed, errors: routes.reduce((s, r) => s + r.errors, 0), p50: q(all, 0.5), p99: q(all, 0.99), routes })}\n`);
for (const a of agents) a.destroy();
