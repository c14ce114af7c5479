// Budget envelopes (预算额度) over HTTP, on PGlite and (DATABASE_URL) PostgreSQL: bad input named by
// field, committed counted from approvals, an approval beyond the envelope held for a second
// approver who books it only with a reason, two approvals racing for the last room (the later one held),
// and an envelope outside the caller's regions answering 404.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { cityShare, envelopeExcess, splitShares } from '@rencai/platform';
import { testDatabaseKind } from '@rencai/store/testing';
import { idNumber, multipart, ok, PDF, startHarness, uscc, YUAN, type Client, type Harness } from './harness.js';

let h: Harness;
let clerk: Client;
let leader: Client;
let kaihua: Client;
const members: Record<string, Client> = {};
beforeAll(async () => {
  h = await startHarness({ persons: 4 });
  clerk = await h.login('clerk_city');
  leader = await h.login('leader');
  kaihua = await h.login('clerk_kaihua');
  members.talent_office = clerk;
  for (const [dept, user] of Object.entries({ hrss: 'review_hrss', finance: 'review_finance', housing: 'review_housing', science: 'review_science', sci_assoc: 'review_assoc' })) members[dept] = await h.login(user);
}, 120_000);
afterAll(async () => h?.close());

type Json = Record<string, unknown>;
interface Excess { fund: string; amountFen: number; committedFen: number; thisFen: number; overFen: number }
interface Detail { id: number; state: string; amountFen: number | null; materials: Array<{ code: string; provided: boolean }>; reviews: Array<{ department: string }>; decision: { pending: boolean; secondApproved: boolean; budgetExcess: Excess[]; budgetOverrideReason: string | null } | null; events: Array<{ action: string; label: string }> }
interface Budget { id: number; fund: string; version: number; amountFen: number; committedFen: number; paidFen: number; remainingFen: number; payerLabel: string; versions?: Array<{ version: number; reason: string }> }
const paths = (r: { json: () => unknown }) => (r.json() as { errors: Array<{ path: string }> }).errors.map((e) => e.path);

let seq = 0;
/** A recognised full-time PhD arrived 2025-06-01 in 柯城区: one year's allowance, 2万, due 2026-06-01 — reviewed by every department, ready to approve. */
async function ready(): Promise<Detail> {
  const emp = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/employers', { uscc: uscc(), name: `预算测试${++seq}科技有限公司`, region: 'kecheng', kind: 'enterprise', keyIndustry: true, sector: 'digital_economy' }), 201)).id;
  const person = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/persons', { idNumber: idNumber(), name: `预算测试人${seq}`, region: 'kecheng', employerId: emp, employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2025-06-01', post: 'other' }] }), 201)).id;
  const through = async (matter: string, data?: Json) => {
    const app = await ok<Detail>(clerk.req('POST', '/api/v1/applications', { matter, personId: person, ...(data ? { data } : {}) }), 201);
    for (const m of app.materials.filter((x) => !x.provided)) await ok(clerk.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
    await ok(clerk.req('POST', `/api/v1/applications/${app.id}/submit`));
    const accepted = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
    for (const r of accepted.reviews) await ok(members[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
    return accepted;
  };
  const rec = await through('tier_recognition', { qualifications: ['phd_fulltime'] });
  await ok(clerk.req('POST', `/api/v1/applications/${rec.id}/approve`));
  return through('talent_allowance');
}

const ALLOWANCE = 20_000 * YUAN;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** On a PostgreSQL server: waits until some transaction waits for a lock (so the race is really on); PGlite runs one transaction at a time. */
async function untilBlocked(): Promise<void> {
  if (testDatabaseKind() !== 'postgres') return sleep(50);
  for (let i = 0; i < 200; i++) {
    const r = await sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted`.execute(h.p.db);
    if (r.rows[0]!.n > 0) return;
    await sleep(25);
  }
  throw new Error('the approval did not wait for the envelope lock');
}

describe('budget envelopes', () => {
  it('counts approvals against the envelope, holds one beyond it for a second approver with a reason, holds the later of two approvals racing for the last room, and keeps other regions out', async () => {
    const a = await ready();
    const comp = await ok<{ entitlements: Array<{ payer: { code: string }; schedule: { instalments: Array<{ date: string; amountFen: number }> } }> }>(clerk.req('GET', `/api/v1/applications/${a.id}/computation`));
    expect(comp.entitlements[0]!.schedule.instalments.map((i) => [i.date, i.amountFen])).toEqual([['2026-06-01', ALLOWANCE]]);
    const payer = comp.entitlements[0]!.payer.code;

    // Bad input: each field named, in Chinese; nothing written.
    const bad = await clerk.req('POST', '/api/v1/budgets', { fund: '', payer: 'bogus', region: 'kecheng', year: 26, amountFen: -1, source: '' });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad).sort()).toEqual(['amountFen', 'fund', 'payer', 'reason', 'source', 'year']);
    expect(bad.json<{ errors: Array<{ message: string }> }>().errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    expect(paths(await kaihua.req('POST', '/api/v1/budgets', { fund: '人才发展专项资金', payer, region: 'kecheng', year: 2026, amountFen: 0, source: '测试批复', reason: '设立' }))).toEqual(['region']);
    expect((await leader.req('POST', '/api/v1/budgets', { fund: '人才发展专项资金', payer, region: 'kecheng', year: 2026, amountFen: 0, source: '测试批复', reason: '设立' })).statusCode).toBe(403);

    const env = await ok<Budget>(clerk.req('POST', '/api/v1/budgets', { fund: '人才发展专项资金', payer, region: 'kecheng', year: 2026, amountFen: 0, source: '合成数据：测试批复', reason: '年度预算批复' }), 201);
    expect((await clerk.req('POST', '/api/v1/budgets', { fund: '另一资金', payer, region: 'kecheng', year: 2026, amountFen: 1, source: '测试', reason: '重复' })).statusCode).toBe(409);
    const base = env.committedFen; // what the demo data already committed under this payer, region and year
    // Room for one allowance and a half; a change without a reason is refused naming `reason`.
    expect(paths(await clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: base + ALLOWANCE * 1.5 }))).toEqual(['reason']);
    expect(paths(await clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { year: 2025, reason: '改年度' }))).toEqual(['year']);
    const raised = await ok<Budget>(clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: base + ALLOWANCE * 1.5, reason: '追加预算', version: 1 }));
    expect(raised).toMatchObject({ version: 2, remainingFen: ALLOWANCE * 1.5, versions: [{ version: 2, reason: '追加预算' }, { version: 1, reason: '年度预算批复' }] });
    expect((await clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: 1, reason: '过期版本', version: 1 })).statusCode).toBe(409);

    // The demo's envelope from seed document 003 (椒江 2021: 5109万元), seen by an admin, not by a county clerk.
    const admin = await h.login('admin');
    expect((await ok<{ budgets: Budget[] }>(admin.req('GET', '/api/v1/budgets?year=2021&region=jiaojiang'))).budgets).toEqual([expect.objectContaining({ amountFen: 51_090_000 * YUAN, payerLabel: '区（县）财政' })]);
    expect((await ok<{ budgets: Budget[] }>(kaihua.req('GET', '/api/v1/budgets?year=2021'))).budgets).toEqual([]);
    // Outside the caller's regions: 404, also for a change.
    expect((await kaihua.req('GET', `/api/v1/budgets/${env.id}`)).statusCode).toBe(404);
    expect((await kaihua.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: 1, reason: '越权修改' })).statusCode).toBe(404);
    expect((await kaihua.req('GET', '/api/v1/budgets')).json<{ budgets: Budget[] }>().budgets.some((b) => b.id === env.id)).toBe(false);

    // Within the envelope: booked, and counted as committed.
    expect(await ok<Detail>(clerk.req('POST', `/api/v1/applications/${a.id}/approve`))).toMatchObject({ state: 'scheduled', amountFen: ALLOWANCE });
    expect(await ok<Budget>(clerk.req('GET', `/api/v1/budgets/${env.id}`))).toMatchObject({ committedFen: base + ALLOWANCE, remainingFen: ALLOWANCE / 2 });

    // Beyond it: flagged before it is booked, with the figures; the second approver needs a reason.
    const b = await ready();
    const flagged = await ok<Detail>(clerk.req('POST', `/api/v1/applications/${b.id}/approve`));
    expect(flagged).toMatchObject({ state: 'reviewing', decision: { pending: true, budgetExcess: [{ fund: '人才发展专项资金', amountFen: base + ALLOWANCE * 1.5, committedFen: base + ALLOWANCE, thisFen: ALLOWANCE, overFen: ALLOWANCE / 2 }] } });
    expect(flagged.events.at(-1)).toMatchObject({ action: 'budget.flag', label: '超出预算额度（待第二人复核）' });
    expect((await ok<Budget>(clerk.req('GET', `/api/v1/budgets/${env.id}`))).committedFen).toBe(base + ALLOWANCE);
    expect((await clerk.req('POST', `/api/v1/applications/${b.id}/confirm-adjustment`, { reason: '同一人不能复核' })).statusCode).toBe(403);
    expect(paths(await leader.req('POST', `/api/v1/applications/${b.id}/confirm-adjustment`))).toEqual(['reason']);
    const overridden = await ok<Detail>(leader.req('POST', `/api/v1/applications/${b.id}/confirm-adjustment`, { reason: '年中追加预算已报批' }));
    expect(overridden).toMatchObject({ state: 'scheduled', amountFen: ALLOWANCE, decision: { pending: false, secondApproved: true, budgetOverrideReason: '年中追加预算已报批', budgetExcess: [{ overFen: ALLOWANCE / 2 }] } });
    expect((await ok<Budget>(clerk.req('GET', `/api/v1/budgets/${env.id}`))).remainingFen).toBe(-ALLOWANCE / 2);

    // The leaders' dashboard: the year's envelopes summed by fund (柯城's, here, and the demo's 开化 2026 one).
    type Fund = { fund: string; amountFen: number; committedFen: number; paidFen: number; remainingFen: number; envelopes: number };
    const dash = await ok<{ budgets: { year: number; byFund: Fund[] } }>(leader.req('GET', '/api/v1/stats/dashboard'));
    const listed = (await ok<{ budgets: Budget[] }>(leader.req('GET', '/api/v1/budgets?year=2026'))).budgets.filter((x) => x.fund === '人才发展专项资金');
    expect(dash.budgets.year).toBe(2026);
    expect(dash.budgets.byFund.find((f) => f.fund === '人才发展专项资金')).toEqual({
      fund: '人才发展专项资金',
      amountFen: listed.reduce((t, x) => t + x.amountFen, 0),
      committedFen: listed.reduce((t, x) => t + x.committedFen, 0),
      paidFen: listed.reduce((t, x) => t + x.paidFen, 0),
      remainingFen: listed.reduce((t, x) => t + x.remainingFen, 0),
      envelopes: listed.length,
    });
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect((await ok<{ budgets: { byFund: Fund[] } }>(admin.req('GET', '/api/v1/stats/dashboard?to=2021-12-31'))).budgets.byFund.map((f) => f.amountFen)).toEqual([51_090_000 * YUAN]);
    expect((await ok<{ budgets: { byFund: Fund[] } }>(kaihua.req('GET', '/api/v1/stats/dashboard?to=2021-12-31'))).budgets.byFund).toEqual([]);

    // Two approvals racing for the last room: another approval's transaction has booked an allowance
    // under the envelope and checked it (holding its lock), not committed yet; this approval waits
    // for it, then sees its grant, and is held.
    const d = await ready();
    const now = await ok<Budget>(clerk.req('PATCH', `/api/v1/budgets/${env.id}`, { amountFen: base + ALLOWANCE * 3, reason: '再次追加预算' }));
    expect(now.remainingFen).toBe(ALLOWANCE);
    const line = { payer, region: 'kecheng', dueOn: '2026-06-01', year: 2026, amountFen: ALLOWANCE };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let checked!: () => void;
    const held = new Promise<void>((r) => (checked = r));
    const other = h.p.db.transaction().execute(async (trx) => {
      const person = (await trx.selectFrom('persons').select('id').where('region', '=', 'kecheng').orderBy('id').executeTakeFirstOrThrow()).id;
      await trx.insertInto('ledger').values({ kind: 'grant', person_id: person, region: 'kecheng', rule: 'art19.7', benefit: '并发核定测试', clause: '衢委发〔2020〕7号第19条', payer, year: 2026, due_on: line.dueOn, amount_fen: ALLOWANCE, ...splitShares(payer, ALLOWANCE, await cityShare(trx, 'kecheng')), instalment_key: 'budget-race', idempotency_key: 'grant:budget-race' }).execute();
      expect(await envelopeExcess(trx, [line], '2026-11-23')).toEqual([]);
      checked();
      await gate;
    });
    await held;
    const racing = clerk.req('POST', `/api/v1/applications/${d.id}/approve`);
    await untilBlocked();
    release();
    await other;
    expect(await ok<Detail>(racing)).toMatchObject({ state: 'reviewing', decision: { pending: true, budgetExcess: [{ committedFen: base + ALLOWANCE * 3, thisFen: ALLOWANCE, overFen: ALLOWANCE }] } });
    expect(await ok<Budget>(clerk.req('GET', `/api/v1/budgets/${env.id}`))).toMatchObject({ committedFen: base + ALLOWANCE * 3, remainingFen: 0 });
  });
});
