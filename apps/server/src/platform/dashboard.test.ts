// The leaders' dashboard through the API, on PGlite or (DATABASE_URL) PostgreSQL: the on-time rate
// counts decided applications only and says how many were late, the open applications past their
// deadline are counted exactly as the queue flags them, a date range (China calendar days) filters
// applications by submission date and money by ledger date with Chinese errors for bad dates, and
// the Excel export is staff-only, scoped like the dashboard, with every text cell formula-safe.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ProblemStats } from '@rencai/platform';
import { startHarness, TODAY, type Client, type Harness } from './harness.js';

interface Keyed { key: string; label: string; fen: number }
interface Dash {
  range: { from?: string; to?: string };
  talentsByRegion: Array<{ region: string; n: number }>;
  money: { grantedFen: number; paidFen: number; grantedByClause: Keyed[]; grantedByPayer: Keyed[] };
  applicationsByState: Array<{ state: string; n: number }>;
  onTime: { decided: number; onTime: number; late: number; rate: number | null; overdue: number };
  problems: ProblemStats | null;
}

let h: Harness;
let leader: Client, cityClerk: Client, kaihuaClerk: Client, talent: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 24 });
  [leader, cityClerk, kaihuaClerk, talent] = (await Promise.all(['leader', 'clerk_city', 'clerk_kaihua', 'talent'].map((u) => h.login(u)))) as [Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const dash = async (c: Client, q = '') => {
  const res = await c.req('GET', `/api/v1/stats/dashboard${q}`);
  expect(res.statusCode).toBe(200);
  return res.json<Dash>();
};

let seq = 0;
/** A grant booked in the ledger at a given instant (the ledger is append-only: rows are only added). */
async function grant(at: string, fen: number, o: { clause?: string; payer?: string; region?: string } = {}) {
  seq += 1;
  await h.p.db
    .insertInto('ledger')
    .values({ kind: 'grant', region: o.region ?? 'kecheng', rule: 'test.rule', benefit: 'test', clause: o.clause ?? '测试条款', payer: o.payer ?? 'shared', year: Number(at.slice(0, 4)), amount_fen: fen, city_fen: fen, county_fen: 0, unit_fen: 0, instalment_key: `test-${seq}`, idempotency_key: `test-${seq}`, created_at: new Date(at) })
    .execute();
}

describe('on-time rate and overdue applications', () => {
  it('counts the open applications past their deadline exactly as the queue flags them', async () => {
    const d = await dash(leader);
    const queue = (await leader.req('GET', '/api/v1/applications?overdue=true')).json<{ total: number; items: Array<{ overdue: boolean; state: string }> }>();
    expect(queue.total).toBeGreaterThan(0); // the demo's application submitted six weeks ago and never accepted
    expect(queue.items.every((a) => a.overdue)).toBe(true);
    expect(d.onTime.overdue).toBe(queue.total);
    // A county clerk sees only the county's: the same count as the county's queue.
    const k = await dash(kaihuaClerk);
    const kQueue = (await kaihuaClerk.req('GET', '/api/v1/applications?overdue=true')).json<{ total: number }>();
    expect(k.onTime.overdue).toBe(kQueue.total);
  });

  it('bases the rate on decided applications and counts a late decision as late', async () => {
    const before = await dash(leader);
    expect(before.onTime.decided).toBeGreaterThan(1);
    expect(before.onTime.onTime + before.onTime.late).toBe(before.onTime.decided);
    // Move one decided application's deadline to before its decision: it was decided late.
    const decided = await h.p.db
      .selectFrom('applications')
      .innerJoin('application_events as e', 'e.application_id', 'applications.id')
      .select('applications.id')
      .where('e.action', '=', 'approve')
      .executeTakeFirstOrThrow();
    await h.p.db.updateTable('applications').set({ due_on: '2020-01-02' }).where('id', '=', decided.id).execute();
    const after = await dash(leader);
    expect(after.onTime.decided).toBe(before.onTime.decided);
    expect(after.onTime.late).toBe(before.onTime.late + 1);
    expect(after.onTime.onTime).toBe(before.onTime.onTime - 1);
    expect(after.onTime.rate).toBeCloseTo(after.onTime.onTime / after.onTime.decided, 10);
    expect(after.onTime.rate).toBeLessThan(1);
  });
});

describe('date range', () => {
  it('filters applications by submission date', async () => {
    const all = await dash(leader);
    // The overdue demo application was submitted 42 days before TODAY; the others on TODAY.
    const early = await dash(leader, '?to=2026-11-01');
    expect(early.range).toEqual({ to: '2026-11-01' });
    expect(early.applicationsByState).toEqual([{ state: 'submitted', label: '已提交（待受理）', n: 1 }]);
    expect(early.onTime).toMatchObject({ decided: 0, overdue: 1, rate: null });
    const late = await dash(leader, `?from=2026-11-02&to=${TODAY}`);
    expect(late.onTime.overdue).toBe(all.onTime.overdue - 1);
    expect(late.onTime.decided).toBe(all.onTime.decided);
    const n = (d: Dash) => d.applicationsByState.reduce((s, x) => s + x.n, 0);
    // Drafts (and drafts withdrawn) have no submission date: in no range.
    const unsubmitted = await h.p.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where('submitted_on', 'is', null).executeTakeFirstOrThrow();
    expect(Number(unsubmitted.n)).toBeGreaterThan(0);
    expect(n(early) + n(late)).toBe(n(all) - Number(unsubmitted.n));
    // The registry's figures are as of today, whatever the range.
    expect(early.talentsByRegion).toEqual(all.talentsByRegion);
  });

  it('filters money by the China calendar day it was booked', async () => {
    // 2019-03-01 16:30 UTC is 2019-03-02 00:30 in China: booked on 2 March.
    await grant('2019-03-01T16:30:00Z', 12_345);
    await grant('2019-03-02T15:59:00Z', 100); // 23:59 on 2 March in China
    await grant('2019-03-02T16:00:00Z', 7); // 00:00 on 3 March in China
    expect((await dash(leader, '?from=2019-03-02&to=2019-03-02')).money.grantedFen).toBe(12_445);
    expect((await dash(leader, '?from=2019-03-01&to=2019-03-01')).money.grantedFen).toBe(0);
    expect((await dash(leader, '?from=2019-03-03&to=2019-03-31')).money.grantedFen).toBe(7);
    expect((await dash(leader, '?from=2019-01-01&to=2019-12-31')).money.grantedByClause).toEqual([{ key: '测试条款', label: '测试条款', fen: 12_452 }]);
    expect((await dash(kaihuaClerk, '?from=2019-01-01&to=2019-12-31')).money.grantedFen).toBe(0); // kecheng's money, not kaihua's
    const all = await dash(leader);
    expect(all.money.grantedFen).toBeGreaterThan(12_452);
  });

  it('refuses bad dates with the field named in Chinese, never echoing them, and a reversed range', async () => {
    const bad = await leader.req('GET', '/api/v1/stats/dashboard?from=2026-02-30&to=<script>');
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ error: string; errors: Array<{ path: string; message: string }> }>();
    expect(body.errors.map((e) => e.path)).toEqual(['from', 'to']);
    expect(body.errors[0]!.message).toBe('开始日期应为有效日期，格式 YYYY-MM-DD（如 2026-01-01）');
    expect(bad.body).not.toContain('<script>');
    expect(bad.body).not.toContain('2026-02-30');
    const reversed = await leader.req('GET', '/api/v1/stats/dashboard?from=2026-06-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ errors: [{ path: 'to', message: '结束日期不能早于开始日期' }] });
    const twice = await leader.req('GET', '/api/v1/stats/dashboard?from=2026-01-01&from=2026-02-01');
    expect(twice.statusCode).toBe(400);
    expect((await leader.req('GET', '/api/v1/stats/dashboard/export?to=2026-13-01')).statusCode).toBe(400);
    // Not staff: refused before the input is looked at.
    expect((await talent.req('GET', '/api/v1/stats/dashboard?from=bad')).statusCode).toBe(403);
  });
});

describe('export', () => {
  const load = async (c: Client, q: string) => {
    const res = await c.req('GET', `/api/v1/stats/dashboard/export${q}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return { wb, res };
  };
  const column = (ws: ExcelJS.Worksheet, col: number) => ws.getColumn(col).values.slice(2);

  it('writes the dashboard’s tables, scoped and filtered like the dashboard', async () => {
    const { wb, res } = await load(leader, '?from=2026-11-02');
    expect(String(res.headers['content-disposition'])).toContain('dashboard_2026-11-02.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '人才按地区', '人才按学历', '核定金额按条款', '核定金额按资金来源', '核定与兑付按地区', '核定金额按年度', '申报件按状态', '企业问题按承办部门', '企业问题按类别', '企业问题按县（市、区）', '企业问题按月份']);
    const d = await dash(leader, '?from=2026-11-02');
    // The enterprises' problems raised in the range, by department: the last row is the total.
    const byDept = wb.getWorksheet('企业问题按承办部门')!;
    expect(column(byDept, 2).at(-1)).toBe(d.problems!.total.raised);
    expect(column(byDept, 1).slice(0, -1)).toEqual(d.problems!.byDepartment.map((r) => r.label));
    const overview = new Map(wb.getWorksheet('概览')!.getSheetValues().slice(2).map((r) => [String((r as ExcelJS.CellValue[])[1]), (r as ExcelJS.CellValue[])[2]]));
    expect(overview.get('日期范围（申报件按提交日，资金按台账记账日）')).toBe('2026-11-02 起');
    expect(overview.get('导出时间（北京时间）')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(overview.get('累计核定（元）')).toBe(d.money.grantedFen / 100);
    expect(overview.get('已办结（件）')).toBe(d.onTime.decided);
    expect(overview.get('在办超期（件）')).toBe(d.onTime.overdue);
    const states = wb.getWorksheet('申报件按状态')!;
    expect(column(states, 2).reduce((s: number, n) => s + Number(n), 0)).toBe(d.applicationsByState.reduce((s, x) => s + x.n, 0));
    // A county clerk's export holds only the county.
    const county = await load(kaihuaClerk, '');
    expect(column(county.wb.getWorksheet('人才按地区')!, 1)).toEqual(['开化县']);
    expect((await cityClerk.req('GET', '/api/v1/stats/dashboard/export')).statusCode).toBe(200); // clerks are staff too
    expect((await talent.req('GET', '/api/v1/stats/dashboard/export')).statusCode).toBe(403);
  });

  it('never lets a spreadsheet run a text cell: = + - @ tab and CR get an apostrophe', async () => {
    const nasty = ['=HYPERLINK("http://example.com","点我")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
    for (const [i, clause] of nasty.entries()) await grant(`2018-05-0${i + 1}T04:00:00Z`, 100 + i, { clause, payer: i === 0 ? '=1+2' : 'shared' });
    const { wb } = await load(leader, '?from=2018-01-01&to=2018-12-31');
    const clauses = wb.getWorksheet('核定金额按条款')!;
    // Largest first; the workbook's XML keeps a CR as a line break.
    const cells = clauses.getColumn(1).values.slice(2);
    expect(cells).toEqual([...nasty].reverse().map((s) => `'${s.replace('\r', '\n')}`));
    clauses.eachRow((row) => {
      for (const cell of [row.getCell(1), row.getCell(2)]) expect(cell.type === ExcelJS.ValueType.Formula || typeof cell.value === 'object').toBe(false);
    });
    expect(column(clauses, 2)).toEqual([1.05, 1.04, 1.03, 1.02, 1.01, 1]);
    expect(column(wb.getWorksheet('核定金额按资金来源')!, 1)).toEqual(expect.arrayContaining(["'=1+2", '按现行财政体制分担']));
  });
});
