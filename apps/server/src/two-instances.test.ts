// Two servers on one PostgreSQL database (as behind a load balancer): two platforms and two apps in
// this process over the same database, nothing shared between them but the database. A session
// signed in on one works on the other; failed sign-ins on both add up to the lock-out; a scheduled
// job sent by both schedulers runs once, and a failing one is retried with growing delays; an
// official value confirmed on one is used by the other; only one simulation runs at a time across
// both; and 1,000 concurrent requests to pay one instalment, spread over both, pay it exactly once.
//
// PostgreSQL only: embedded PGlite is one process's database and cannot be opened by a second.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { parseDay } from '@rencai/engine';
import { createPlatform, DEMO_PASSWORD, JOBS, seedDemo, startScheduler, type Platform, type Scheduler } from '@rencai/platform';
import { sql } from '@rencai/store';
import { officialValues, setOfficialValues } from '@rencai/policies';
import { serverTestDatabase } from '@rencai/store/testing';
import { buildApp } from './app.js';
import { TODAY } from './platform/harness.js';

const onServer = !!process.env.DATABASE_URL;

interface Server {
  p: Platform;
  app: FastifyInstance;
}

let created: Awaited<ReturnType<typeof serverTestDatabase>>;
let a: Server;
let b: Server;
const schedulers: Scheduler[] = [];

beforeAll(async () => {
  if (!onServer) return;
  created = await serverTestDatabase();
  const files = mkdtempSync(join(tmpdir(), 'rencai-two-'));
  const today = () => parseDay(TODAY);
  const pa = await createPlatform({ databaseUrl: created!.url, dataDir: 'memory', filesDir: files, today });
  await seedDemo(pa, { persons: 12 });
  // The second server: its own pool, the same data key and evidence folder (shared storage).
  const pb = await createPlatform({ databaseUrl: created!.url, dataDir: 'memory', filesDir: files, today, vault: pa.vault });
  a = { p: pa, app: await buildApp({ platform: pa }) };
  b = { p: pb, app: await buildApp({ platform: pb }) };
}, 120_000);

afterAll(async () => {
  for (const s of schedulers) await s.stop(5000).catch(() => undefined);
  for (const s of [a, b]) {
    await s?.app.close();
    await s?.p.database.close();
  }
  await created?.drop();
});

const login = (s: Server, username: string, password: string, remoteAddress: string) => s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });

async function signIn(s: Server, username: string, remoteAddress: string) {
  const r = await login(s, username, DEMO_PASSWORD, remoteAddress);
  expect(r.statusCode, r.body).toBe(200);
  const session = r.cookies.find((c) => c.name === 'rencai_session')!.value;
  const csrf = r.json<{ csrfToken: string }>().csrfToken;
  return (on: Server, method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    on.app.inject({ method, url, remoteAddress, cookies: { rencai_session: session }, headers: { 'x-csrf-token': csrf, ...headers }, ...(payload ? { payload } : {}) });
}

describe.skipIf(!onServer)('two servers on one PostgreSQL database', () => {
  it('accepts a session signed in on one server on the other, and signing out on the other ends it on both', async () => {
    const call = await signIn(a, 'leader', '10.9.0.1');
    const me = await call(b, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { role: string } }>().user.role).toBe('leader');
    expect((await call(b, 'POST', '/api/v1/auth/logout', {})).statusCode).toBeLessThan(300);
    expect((await call(a, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('adds up failed sign-ins on both servers to the lock-out', async () => {
    const from = '10.9.0.2';
    for (const [s, n] of [[a, 3], [b, 2]] as const) {
      for (let i = 0; i < n; i++) expect((await login(s, 'clerk_kecheng', 'wrong-password', from)).statusCode).toBe(401);
    }
    // Five failures on record (three on A, two on B): the right password now waits, on either server.
    for (const s of [b, a]) {
      const r = await login(s, 'clerk_kecheng', DEMO_PASSWORD, from);
      expect(r.statusCode).toBe(429);
      expect(r.json<{ error: string }>().error).toContain('登录尝试过于频繁');
    }
  });

  it('runs a scheduled job sent by both servers’ schedulers once (pg-boss)', async () => {
    const sa = await startScheduler(a.p, { databaseUrl: created!.url, pollingSeconds: 0.5, log: () => undefined });
    const sb = await startScheduler(b.p, { databaseUrl: created!.url, pollingSeconds: 0.5, log: () => undefined });
    schedulers.push(sa, sb);
    expect([sa.kind, sb.kind]).toEqual(['pg-boss', 'pg-boss']);
    // Both servers registered the same four schedules, in China time.
    const schedules = await sql<{ name: string; cron: string; timezone: string }>`select name, cron, timezone from pgboss.schedule order by name`.execute(a.p.db);
    expect(schedules.rows).toEqual([
      { name: 'applications.escalate', cron: '30 8 * * *', timezone: 'Asia/Shanghai' },
      { name: 'enterprises.escalate', cron: '50 8 * * *', timezone: 'Asia/Shanghai' },
      { name: 'proactive.screen', cron: '0 2 * * *', timezone: 'Asia/Shanghai' },
      { name: 'worklist.notices', cron: '40 8 * * *', timezone: 'Asia/Shanghai' },
    ]);
    const before = Number((await a.p.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await Promise.all([sa.trigger('worklist.notices', TODAY), sb.trigger('worklist.notices', TODAY)]);
    // Both jobs handled (by whichever worker took each), the run done once.
    const deadline = Date.now() + 20_000;
    let jobs: Array<{ state: string }> = [];
    while (Date.now() < deadline) {
      jobs = (await sql<{ state: string }>`select state from pgboss.job where name = 'worklist.notices' and data->>'slot' = ${TODAY}`.execute(a.p.db)).rows;
      if (jobs.length === 2 && jobs.every((j) => j.state === 'completed')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(jobs.map((j) => j.state)).toEqual(['completed', 'completed']);
    const runs = await a.p.db.selectFrom('job_runs').selectAll().where('job', '=', 'worklist.notices').where('slot', '=', TODAY).execute();
    expect(runs.map((r) => [r.outcome, r.attempts])).toEqual([['ok', 1]]);
    expect(runs[0]!.result).toMatchObject({ overdue: expect.any(Number) });
    const after = Number((await a.p.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(after).toBeGreaterThan(before);
    await Promise.all([sa.stop(5000), sb.stop(5000)]);
    schedulers.length = 0;
  }, 60_000);

  it('retries a failed scheduled run with growing delays until it succeeds (pg-boss)', async () => {
    let calls = 0;
    const flaky = { ...JOBS.find((j) => j.name === 'worklist.notices')!, name: 'test.flaky', run: async () => {
      calls += 1;
      if (calls < 3) throw new Error(`第 ${calls} 次失败`);
      return { calls };
    } };
    const s = await startScheduler(a.p, { databaseUrl: created!.url, pollingSeconds: 0.5, retryDelaySeconds: 1, jobs: [flaky], log: () => undefined });
    schedulers.push(s);
    await s.trigger('test.flaky', TODAY);
    await expect.poll(async () => (await a.p.db.selectFrom('job_runs').select(['outcome', 'attempts', 'error']).where('job', '=', 'test.flaky').executeTakeFirst()) ?? null, { timeout: 20_000, interval: 200 }).toEqual({ outcome: 'ok', attempts: 3, error: null });
    const job = (await sql<{ state: string; retry_count: number }>`select state, retry_count from pgboss.job where name = 'test.flaky'`.execute(a.p.db)).rows;
    expect(job).toEqual([{ state: 'completed', retry_count: 2 }]);
    await s.stop(5000);
    schedulers.length = 0;
  }, 30_000);

  it('uses an official value confirmed on one server in the other’s calculations within about a second', async () => {
    const PRICE = 'housing_price.urban_new_home_avg';
    const price = async (s: Server) => {
      const r = await s.app.inject({ method: 'POST', url: '/api/v1/calculate', remoteAddress: '10.9.0.6', payload: { date: TODAY, profile: { region: 'kecheng', person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2024-01-01', serviceAgreementYears: 5, post: 'other', purchase: { date: '2026-03-15', price: 3_000_000, isFirst: true } } } } });
      expect(r.statusCode).toBe(200);
      return r.json<{ entitlements: Array<{ rule: string; amountFen: number }> }>().entitlements.find((e) => e.rule === 'art20.3')!.amountFen;
    };
    const clerk = await signIn(a, 'clerk_city', '10.9.0.7');
    const admin = await signIn(a, 'admin', '10.9.0.8');
    const proposed = await clerk(a, 'POST', '/api/v1/official-values', { path: PRICE, from: '2026-01-01', value: '12880', source: { doc: '衢州市住房和城乡建设局 2026 年上半年房地产市场运行情况', article: '二、（一）', text: '2026 年上半年市区新建商品住宅成交均价 12,880 元/平方米' } });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json<{ id: number }>().id;
    const token = (await admin(a, 'GET', `/api/v1/official-values/${id}/impact`)).json<{ token: string }>().token;
    expect((await admin(a, 'POST', `/api/v1/official-values/${id}/confirm`, { impactToken: token })).statusCode).toBe(200);
    // Both servers run in this test's one process, which shares the loaded values: put them back to
    // what server B loaded at its start, as B's own process would still hold them.
    const confirmed = officialValues();
    setOfficialValues([], 0);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await price(b)).toBe(60 * 1_288_000);
    expect(officialValues().generation).toBe(confirmed.generation);
  });

  it('runs one simulation at a time across both servers', async () => {
    const onA = await signIn(a, 'leader', '10.9.0.3');
    const onB = await signIn(b, 'admin', '10.9.0.4');
    const body = { population: 100_000, years: '2021-2025' };
    const [ra, rb] = await Promise.all([onA(a, 'POST', '/api/v1/simulate', body), new Promise((r) => setTimeout(r, 100)).then(() => onB(b, 'POST', '/api/v1/simulate', body))]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 429]);
    expect(rb.json<{ error: string }>().error).toBe('已有模拟正在运行，请稍后再试');
    // Once it is done, the other server may run one.
    expect((await onB(b, 'POST', '/api/v1/simulate', { population: 1000, years: '2023' })).statusCode).toBe(200);
  }, 60_000);

  it('pays one instalment exactly once for 1,000 concurrent requests spread over both servers', async () => {
    const grants = await a.p.db
      .selectFrom('ledger as g')
      .select('g.instalment_key')
      .where('g.kind', '=', 'grant')
      .where('g.due_on', '<=', TODAY)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger as x').select('x.id').where('x.kind', '=', 'payment').whereRef('x.instalment_key', '=', 'g.instalment_key'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('batch_items as bi').select('bi.batch_id').whereRef('bi.instalment_key', '=', 'g.instalment_key'))))
      .orderBy('g.id')
      .limit(2)
      .execute();
    expect(grants).toHaveLength(2);
    const [distinct, retried] = grants.map((g) => g.instalment_key) as [string, string];
    const clerk = await signIn(a, 'clerk_city', '10.9.0.5');
    const pay = (i: number, key: string, idem: string) => clerk(i % 2 ? b : a, 'POST', '/api/v1/ledger/payments', { instalmentKey: key }, { 'idempotency-key': idem });

    // 1,000 separate attempts (each its own idempotency key): one payment, 999 refusals.
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => pay(i, distinct, `two-servers-${i}-${distinct}`)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(999);
    // 200 retries of one request (the same key) on both servers: all answered with the same payment.
    const retries = await Promise.all(Array.from({ length: 200 }, (_, i) => pay(i, retried, `two-servers-retry-${retried}`)));
    expect(new Set(retries.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(retries.map((r) => r.json<{ id: number }>().id)).size).toBe(1);
    const rows = await a.p.db.selectFrom('ledger').select(['instalment_key']).where('kind', '=', 'payment').where('instalment_key', 'in', [distinct, retried]).execute();
    expect(rows.map((r) => r.instalment_key).sort()).toEqual([distinct, retried].sort());
    console.log(`two servers: 1,000 concurrent payment requests + 200 retries in ${Date.now() - started} ms`);
  }, 60_000);
});

describe.skipIf(onServer)('two servers on one embedded database', () => {
  it.skip('needs a PostgreSQL server: PGlite is one process’s database and cannot be opened by a second (set DATABASE_URL)', () => undefined);
});
