// The work list through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL
// server: a unit's reporter sees and reports only its own items; a quarterly figure with evidence
// goes reporter → head → talent office, is returned once with a reason, resubmitted and accepted,
// and the leaders' view changes the item's status; bad input is refused in Chinese naming the
// field with nothing saved; an accepted figure changes only through a correction that supersedes
// it; the database itself refuses an edit of an accepted figure; targets change only with a
// reason; the briefing names the late unit; reminders go once; every step is in the audit chain.

import ExcelJS from 'exceljs';
import { checkDigit, usccCheckChar } from '@rencai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, verifyAudit } from '@rencai/store';
import { startHarness, multipart, type Client, type Harness } from './harness.js';

let h: Harness;
let reporter: Client, head: Client, eduReporter: Client, clerk: Client, kechengClerk: Client, leader: Client, admin: Client, talent: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  [reporter, head, eduReporter, clerk, kechengClerk, leader, admin, talent] = (await Promise.all(
    ['unit_agri', 'unit_agri_head', 'unit_edu', 'clerk_city', 'clerk_kecheng', 'leader', 'admin', 'talent'].map((u) => h.login(u)),
  )) as [Client, Client, Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
type Err = { error: string; errors: Array<{ path: string; message: string }> };
type Progress = { targets: Array<{ id: string; status: string; statusLabel: string; actual: number | null; late: number; dataPeriod: string }>; overall: Array<{ id: string; computed: unknown; reported: number | null; discrepancy: boolean }>; rule: { text: string } };
type Report = { id: number; state: string; version: number; value: number; files: unknown[]; history: Array<{ action: string; reason: string | null }>; actions: string[]; revisions: Array<{ state: string; value: number }> };
const village = async (c: Client) => (await c.req('GET', '/api/v1/worklist/progress')).json<Progress>().targets.find((t) => t.id === 'village_live_trained')!;
const count = async (table: 'worklist_reports' | 'worklist_report_files' | 'worklist_target_values') => Number((await h.p.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('who sees what', () => {
  it('a unit sees only its own duties; another unit’s report answers 404; a talent does not see the work list', async () => {
    const mine = (await reporter.req('GET', '/api/v1/worklist/duties')).json<Array<{ unit: string; targetId: string }>>();
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((d) => d.unit))).toEqual(new Set(['city_agriculture']));
    const all = (await clerk.req('GET', '/api/v1/worklist/duties')).json<Array<{ unit: string }>>();
    expect(new Set(all.map((d) => d.unit)).size).toBeGreaterThan(10);
    const eduReport = await h.p.db.selectFrom('worklist_reports').select('id').where('unit', '=', 'city_education').executeTakeFirstOrThrow();
    expect((await reporter.req('GET', `/api/v1/worklist/reports/${eduReport.id}`)).statusCode).toBe(404);
    expect((await eduReporter.req('GET', `/api/v1/worklist/reports/${eduReport.id}`)).statusCode).toBe(200);
    expect((await talent.req('GET', '/api/v1/worklist/progress')).statusCode).toBe(404);
    // A county clerk sees the figures of its own county only: the city's units are not theirs.
    const county = (await kechengClerk.req('GET', '/api/v1/worklist/progress')).json<Progress>();
    expect(county.targets.map((t) => t.id)).toEqual(['graduates_attracted']);
    // Another unit's item: as if it did not exist, and nothing saved.
    const before = await count('worklist_reports');
    const res = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'education_graduates', period: '2026Q3', value: 5 });
    expect(res.statusCode).toBe(404);
    expect(await count('worklist_reports')).toBe(before);
  });
});

describe('a quarterly figure from draft to the leaders’ view', () => {
  let id: number;
  let afterAccept: number;
  it('is refused in Chinese, naming the field, when the figure is of the wrong kind or the period is wrong', async () => {
    const before = await count('worklist_reports');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ targetId: 'village_live_trained', period: '2026Q3', value: 12.5, unit: '%' }, 'unit', /计量单位为「人」/],
      [{ targetId: 'village_live_trained', period: '2026Q3', value: -3 }, 'value', /负数/],
      [{ targetId: 'village_live_trained', period: '2026Q3', value: 12.5 }, 'value', /整数/],
      [{ targetId: 'village_live_trained', period: '2026Q3', value: 'abc' }, 'value', /数值/],
      [{ targetId: 'village_live_trained', period: '2026Q4', value: 10 }, 'period', /尚未结束/],
      [{ targetId: 'village_live_trained', period: '2026-07', value: 10 }, 'period', /季度/],
      [{ targetId: 'no_such_target', period: '2026Q3', value: 10 }, 'targetId', /未知/],
    ];
    for (const [body, path, message] of cases) {
      const res = await reporter.req('POST', '/api/v1/worklist/reports', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const e = res.json<Err>();
      expect(e.errors[0]!.path).toBe(path);
      expect(e.errors[0]!.message).toMatch(message);
    }
    expect(await count('worklist_reports')).toBe(before);
  });

  it('goes reporter → head → talent office, is returned once with a reason, resubmitted and accepted; the status changes', async () => {
    const was = await village(leader);
    expect(was.dataPeriod).toBe('2026 年第 3 季度');
    expect(was.status).toBe('severe');
    const created = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 2600, unit: '人', narrative: '村播学院第三季度培训 2600 人' });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json<Report>().id;
    const up = await reporter.req('POST', `/api/v1/worklist/reports/${id}/files`, multipart({}, { name: '培训名单.pdf', content: PDF, type: 'application/pdf' }));
    expect(up.statusCode, up.body).toBe(201);
    // Only the head signs; only the reporter submits.
    expect((await head.req('POST', `/api/v1/worklist/reports/${id}/submit`, {})).statusCode).toBe(403);
    expect((await reporter.req('POST', `/api/v1/worklist/reports/${id}/submit`, {})).statusCode).toBe(200);
    const headMessages = (await head.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>();
    expect(headMessages.some((m) => m.text.includes('待签发') && m.text.includes('村播人才培训'))).toBe(true);
    expect((await reporter.req('POST', `/api/v1/worklist/reports/${id}/sign`, {})).statusCode).toBe(403);
    expect((await head.req('POST', `/api/v1/worklist/reports/${id}/sign`, {})).statusCode).toBe(200);
    // Signed: the figure no longer changes under the office.
    expect((await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 1 })).statusCode).toBe(409);
    const noReason = await clerk.req('POST', `/api/v1/worklist/reports/${id}/return`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Err>().errors[0]!.path).toBe('reason');
    expect((await clerk.req('POST', `/api/v1/worklist/reports/${id}/return`, { reason: '请按县分列培训人数' })).statusCode).toBe(200);
    const returned = (await reporter.req('GET', `/api/v1/worklist/reports/${id}`)).json<Report>();
    expect(returned.state).toBe('returned');
    expect(returned.actions).toContain('edit');
    const fixed = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 2650, narrative: '村播学院第三季度培训 2650 人（柯城 900、衢江 650、其余 1100）', version: returned.version });
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect((await reporter.req('POST', `/api/v1/worklist/reports/${id}/submit`, {})).statusCode).toBe(200);
    expect((await head.req('POST', `/api/v1/worklist/reports/${id}/sign`, {})).statusCode).toBe(200);
    // Returned once already: the office accepts (or talks to the unit); it cannot return again.
    const again = await clerk.req('POST', `/api/v1/worklist/reports/${id}/return`, { reason: '再退一次' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Err>().error).toMatch(/已退回过一次/);
    expect((await clerk.req('POST', `/api/v1/worklist/reports/${id}/accept`, {})).statusCode).toBe(200);
    const now = await village(leader);
    expect(now.actual).toBe((was.actual ?? 0) + 2650);
    expect(now.status).not.toBe('severe');
    expect(now.late).toBe(was.late - 1);
    afterAccept = now.actual!;
    const done = (await reporter.req('GET', `/api/v1/worklist/reports/${id}`)).json<Report>();
    expect(done.history.map((e) => e.action)).toEqual(['create', 'submit', 'sign', 'return', 'submit', 'sign', 'accept']);
    expect(done.history.find((e) => e.action === 'return')!.reason).toBe('请按县分列培训人数');
    expect(done.files).toHaveLength(1);
  });

  it('changes an accepted figure only through a correction with a reason, which supersedes it when accepted', async () => {
    const edit = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 2700 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<Err>().error).toMatch(/更正/);
    const blank = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 2700, correctionReason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<Err>().errors[0]!.path).toBe('correctionReason');
    // The database refuses the edit too, whatever the code above it does.
    await expect(sql`update worklist_reports set value_centi = 1 where id = ${id}`.execute(h.p.db)).rejects.toThrow(/已采纳的填报数不能修改/);
    const corr = await reporter.req('POST', '/api/v1/worklist/reports', { targetId: 'village_live_trained', period: '2026Q3', value: 2700, correctionReason: '补录常山县 50 人' });
    expect(corr.statusCode, corr.body).toBe(201);
    const cid = corr.json<Report>().id;
    expect(cid).not.toBe(id);
    for (const [c, step] of [[reporter, 'submit'], [head, 'sign'], [clerk, 'accept']] as const) expect((await c.req('POST', `/api/v1/worklist/reports/${cid}/${step}`, {})).statusCode).toBe(200);
    const after = (await reporter.req('GET', `/api/v1/worklist/reports/${cid}`)).json<Report>();
    expect(after.revisions.map((r) => [r.state, r.value])).toEqual([['superseded', 2650], ['accepted', 2700]]);
    const v = await village(leader);
    expect(v.actual).toBe(afterAccept + 50); // the corrected figure counts, once
  });
});

describe('targets, the briefing, reminders and the audit chain', () => {
  it('changes a target only with a reason, by the city talent office, keeping the history', async () => {
    const before = await count('worklist_target_values');
    const noReason = await admin.req('POST', '/api/v1/worklist/targets/engineer_centres/value', { value: 12 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Err>().errors.map((e) => e.path)).toEqual(['reason']);
    expect((await reporter.req('POST', '/api/v1/worklist/targets/engineer_centres/value', { value: 12, reason: 'x' })).statusCode).toBe(403);
    expect(await count('worklist_target_values')).toBe(before);
    expect((await admin.req('POST', '/api/v1/worklist/targets/engineer_centres/value', { value: 12, reason: '市委人才工作领导小组 2024 年第 2 次会议调整' })).statusCode).toBe(200);
    const t = (await leader.req('GET', '/api/v1/worklist/targets/engineer_centres')).json<{ target: number; targetChange: { original: number; reason: string }; targetHistory: unknown[] }>();
    expect(t.target).toBe(12);
    expect(t.targetChange).toMatchObject({ original: 10, reason: '市委人才工作领导小组 2024 年第 2 次会议调整' });
    expect(t.targetHistory).toHaveLength(1);
  });

  it('shows the platform’s own count next to a unit’s reported figure and flags the difference', async () => {
    const p = (await leader.req('GET', '/api/v1/worklist/progress')).json<Progress>();
    const lt = p.overall.find((t) => t.id === 'leading_talents')!;
    expect(lt.computed).toMatchObject({ definition: expect.stringContaining('人才库') });
    expect(lt.reported).toBeGreaterThan(0);
    expect(lt.discrepancy).toBe(true);
    expect(p.rule.text).toContain('10 个百分点');
  });

  it('counts a master’s arrival at a digital-economy employer in the registry itself, by county', async () => {
    const digital = async () => (await leader.req('GET', '/api/v1/worklist/targets/digital_phd_master?asOf=2025-12-31')).json<{ actual: number; computed: { definition: string }; byRegion: Array<{ region: string; actual: number | null }> }>();
    const before = await digital();
    expect(before.computed.definition).toContain('数字经济');
    const b = `913308${String(770_001).padStart(11, '0')}`.slice(0, 17);
    const employer = await clerk.req('POST', '/api/v1/employers', { uscc: b + usccCheckChar(b), name: '衢州云数科技有限公司', region: 'longyou', kind: 'enterprise', keyIndustry: true, sector: 'digital_economy' });
    expect(employer.statusCode, employer.body).toBe(201);
    const employerId = employer.json<{ id: number }>().id;
    const id = '33082519920304561';
    const person = await clerk.req('POST', '/api/v1/persons', { idNumber: id + checkDigit(id), name: '周若曦', region: 'longyou', employerId, education: [{ degree: 'master', fullTime: true }], employment: [{ employerId, region: 'longyou', fullTime: true, start: '2024-05-06', post: 'other' }] });
    expect(person.statusCode, person.body).toBe(201);
    const after = await digital();
    expect(after.actual).toBe(before.actual + 1);
    const longyou = (x: typeof after) => x.byRegion.find((r) => r.region === 'longyou')?.actual ?? 0;
    expect(longyou(after)).toBe(longyou(before) + 1);
    // Not yet there on an earlier day.
    expect((await leader.req('GET', '/api/v1/worklist/targets/digital_phd_master?asOf=2024-03-31')).json<{ actual: number }>().actual).toBeLessThan(after.actual);
  });

  it('tracks an item without a figure by dated milestones: set by the office, done by the lead unit, late when past due', async () => {
    type Items = { items: Array<{ itemNo: string; status: string; milestones: Array<{ id: number; overdue: boolean; doneOn: string | null }> }> };
    const items = async (c: Client) => (await c.req('GET', '/api/v1/worklist/items')).json<Items>().items;
    // The demo's 衢籍大学生数据库 is past its date: the item is behind.
    expect((await items(leader)).find((i) => i.itemNo === '13.2')?.status).toBe('lagging');
    // A unit sees its own items only.
    expect((await items(reporter)).map((i) => i.itemNo)).toEqual(['9.2']);
    const bad = await admin.req('POST', '/api/v1/worklist/items/9.2/milestones', { title: ' ', dueOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().errors.map((e) => e.path)).toEqual(['title', 'dueOn']);
    expect((await reporter.req('POST', '/api/v1/worklist/items/9.2/milestones', { title: '评选首批农创客', dueOn: '2026-06-30' })).statusCode).toBe(403);
    const added = await admin.req('POST', '/api/v1/worklist/items/9.2/milestones', { title: '评选首批农创客', dueOn: '2026-06-30' });
    expect(added.statusCode, added.body).toBe(201);
    const mid = added.json<{ id: number }>().id;
    expect((await items(reporter)).find((i) => i.itemNo === '9.2')).toMatchObject({ status: 'lagging', milestones: [{ id: mid, overdue: true }] });
    expect((await eduReporter.req('POST', `/api/v1/worklist/milestones/${mid}/done`, { note: '已评选' })).statusCode).toBe(404);
    const noNote = await reporter.req('POST', `/api/v1/worklist/milestones/${mid}/done`, { doneOn: '2026-12-30' });
    expect(noNote.json<Err>().errors.map((e) => e.path)).toEqual(['doneOn', 'note']);
    expect((await reporter.req('POST', `/api/v1/worklist/milestones/${mid}/done`, { doneOn: '2026-07-15', note: '首批评选农创客 30 名' })).statusCode).toBe(200);
    expect((await reporter.req('POST', `/api/v1/worklist/milestones/${mid}/done`, { doneOn: '2026-07-16', note: '再标一次' })).statusCode).toBe(409);
    expect((await items(leader)).find((i) => i.itemNo === '9.2')).toMatchObject({ status: 'done', milestones: [{ doneOn: '2026-07-15' }] });
  });

  it('names the late unit in the briefing and its workbook', async () => {
    const b = (await leader.req('GET', '/api/v1/worklist/briefing')).json<{ lateReporters: Array<{ unitName: string; count: number }> }>();
    expect(b.lateReporters.find((u) => u.unitName === '市卫健委')?.count).toBeGreaterThanOrEqual(4);
    const x = await leader.req('GET', '/api/v1/worklist/briefing/export');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总体情况', '分单位推进情况', '推进节点', '逾期未报']);
    const late: string[] = [];
    wb.getWorksheet('逾期未报')!.eachRow((r) => late.push(String(r.getCell(1).value)));
    expect(late).toContain('市卫健委');
  });

  it('sends each reminder and overdue notice once however often the sweep runs', async () => {
    const first = (await admin.req('POST', '/api/v1/admin/worklist-notices', {})).json<{ reminders: number; overdue: number }>();
    expect(first.overdue).toBeGreaterThan(0);
    const second = (await admin.req('POST', '/api/v1/admin/worklist-notices', {})).json<{ reminders: number; overdue: number }>();
    expect(second).toEqual({ reminders: 0, overdue: 0 });
    expect((await reporter.req('POST', '/api/v1/admin/worklist-notices', {})).statusCode).toBe(403);
  });

  it('keeps every step in an intact audit chain', async () => {
    const actions = (await h.p.db.selectFrom('audit_log').select('action').where('entity', 'in', ['worklist_report', 'worklist_target', 'worklist_milestone']).execute()).map((r) => r.action);
    for (const a of ['worklist_milestone.add', 'worklist_milestone.done', 'worklist_report.create', 'worklist_report.file', 'worklist_report.submit', 'worklist_report.sign', 'worklist_report.return', 'worklist_report.accept', 'worklist_report.correct', 'worklist_report.import', 'worklist_target.change', 'worklist_target.split']) expect(actions).toContain(a);
    expect((await verifyAudit(h.p.db)).ok).toBe(true);
  });
});
