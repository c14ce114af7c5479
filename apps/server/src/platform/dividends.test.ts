// 天台 和盈模式 shareholding dividends through the API, against PGlite in memory or (DATABASE_URL) a
// real PostgreSQL server: the low-income list entered and imported (bad input refused by field, a
// village not under its township named, nothing half-saved), the selection steps (a household not
// on the list at the selection date refused; filing only after the notice period), the public-notice
// export masked and formula-safe, a round paid through the ledger once per household and year (a
// second dividend refused by name, a retried request answering the same run), the round's figures
// per village, the full read audited, and everyone but 天台's clerks and the administrator 404.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkDigit } from '@rencai/domain';
import type * as P from '@rencai/platform';
import { multipart, ok, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let tiantai: Client, jiaojiang: Client, talent: Client, admin: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 5 });
  [tiantai, jiaojiang, talent, admin] = (await Promise.all(['clerk_tiantai', 'clerk_jiaojiang', 'talent', 'admin'].map((u) => h.login(u)))) as [Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

type Errors = { errors: Array<{ path: string; message: string }> };
let seq = 500;
const ttId = () => {
  const body = `331023197${(seq % 10).toString()}0612${String(++seq).padStart(3, '0').slice(-3)}`;
  return body + checkDigit(body);
};
const household = (over: Record<string, unknown> = {}) => ({ headName: '李四明', idNumber: ttId(), townshipCode: '331023203', villageCode: '331023203201', villageName: '状塘村', members: 3, listedFrom: '2024-01-01', ...over });
const count = async (table: 'dividend_households' | 'ledger' | 'dividend_payouts') => Number((await h.p.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const step = (id: number, action: string, body: Record<string, unknown>) => tiantai.req('POST', `/api/v1/dividends/households/${id}/steps/${action}`, body);

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['户主姓名', '身份证号', '乡镇代码', '村代码', '村名', '家庭人口', '列入名单日期', '退出名单日期']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the low-income list', () => {
  it('refuses bad input by field, names a village not under its township, and saves nothing', async () => {
    const before = await count('dividend_households');
    const bad = await tiantai.req('POST', '/api/v1/dividends/households', household({ headName: 'X', idNumber: '331023197001011234', townshipCode: '330802001', villageCode: '12', members: 0, listedFrom: '2024-02-30', listedTo: 'soon' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Errors>().errors.map((e) => e.path)).toEqual(['headName', 'idNumber', 'townshipCode', 'villageCode', 'members', 'listedFrom', 'listedTo']);
    const village = await tiantai.req('POST', '/api/v1/dividends/households', household({ villageCode: '331023202203' }));
    expect(village.statusCode).toBe(400);
    expect(village.json<Errors>().errors).toEqual([{ path: 'villageCode', message: '村代码 331023202203 不属于所填乡镇（雷峰乡，331023203）：村代码应以所属乡镇的代码开头' }]);
    expect(await count('dividend_households')).toBe(before);
  });

  it('keeps the head masked, refuses the same head twice, reveals the full values only with a purpose (audited)', async () => {
    const idNumber = ttId();
    const v = await ok<P.HouseholdView>(tiantai.req('POST', '/api/v1/dividends/households', household({ headName: '李四明', idNumber })), 201);
    expect(v).toMatchObject({ headName: '李*明', idNumber: `331023${'*'.repeat(8)}${idNumber.slice(-4)}`, townshipName: '雷峰乡', state: 'listed', stateLabel: '在册（待村级核实）' });
    expect(JSON.stringify(await ok(tiantai.req('GET', '/api/v1/dividends/households')))).not.toContain(idNumber);
    const twice = await tiantai.req('POST', '/api/v1/dividends/households', household({ idNumber }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Errors>().errors[0]).toEqual({ path: 'idNumber', message: `该户主已在低收入名单中（编号 ${v.id}），不能重复登记` });
    expect((await tiantai.req('POST', `/api/v1/dividends/households/${v.id}/reveal`, {})).json<Errors>().errors[0]!.path).toBe('purpose');
    expect(await ok(tiantai.req('POST', `/api/v1/dividends/households/${v.id}/reveal`, { purpose: '核对银行代发户名' }))).toEqual({ headName: '李四明', idNumber });
    const audit = await h.p.db.selectFrom('audit_log').select(['actor_id', 'detail']).where('action', '=', 'dividend_household.reveal').where('entity_id', '=', String(v.id)).execute();
    expect(audit).toEqual([{ actor_id: tiantai.user.userId, detail: { fields: ['headName', 'idNumber'], purpose: '核对银行代发户名' } }]);
  });

  it('imports a table all or nothing, errors by row and field', async () => {
    const before = await count('dividend_households');
    const good = ['赵一红', ttId(), '331023202', '331023202203', '龙溪村', 2, '2023-03-01', ''];
    const bad = await tiantai.req('POST', '/api/v1/dividends/households/import', multipart({}, { name: '名单.xlsx', content: await xlsx([good, ['钱二', ttId(), '331023202', '331023203201', '状塘村', 2, '2023-03-01', '']]) }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Errors>().errors).toEqual([{ path: 'rows[3].villageCode', message: '第 3 行：村代码 331023203201 不属于所填乡镇（龙溪乡，331023202）：村代码应以所属乡镇的代码开头' }]);
    expect(await count('dividend_households')).toBe(before);
    const res = await ok(tiantai.req('POST', '/api/v1/dividends/households/import', multipart({}, { name: '名单.xlsx', content: await xlsx([good, ['钱二', ttId(), '331023203', '331023203202', '=HYPERLINK("http://x","点")', 2, '2023-03-01', '']]) })));
    expect(res).toEqual({ imported: 2 });
    expect(await count('dividend_households')).toBe(before + 2);
  });
});

describe('selection and dividends', () => {
  let filed: P.HouseholdView;
  it('goes through the stated steps: not on the list at the selection date refused, filing only after the notice', async () => {
    const a = await ok<P.HouseholdView>(tiantai.req('POST', '/api/v1/dividends/households', household({ headName: '孙小梅', listedTo: '2026-06-30' })), 201);
    expect((await step(a.id, 'review', { note: '联审同意' })).statusCode).toBe(409);
    const off = await step(a.id, 'verify', { selectionDate: '2026-08-01', note: '村干部核实' });
    expect(off.statusCode).toBe(400);
    expect(off.json<Errors>().errors).toEqual([{ path: 'selectionDate', message: '该户在遴选日期 2026-08-01 不在民政低收入在册名单内（在册期间 2024-01-01 至 2026-06-30），不能列为持股对象' }]);
    expect((await ok<P.HouseholdView>(step(a.id, 'verify', { selectionDate: '2026-05-01', note: '村干部王某核实，家庭劳动力弱' }))).state).toBe('verified');
    expect((await ok<P.HouseholdView>(step(a.id, 'review', { note: '民政、农业农村部门联审同意' }))).state).toBe('reviewed');
    const notice = await ok<P.HouseholdView>(step(a.id, 'publicize', { noticeFrom: '2026-11-20' }));
    expect(notice).toMatchObject({ state: 'notice', noticeDays: 7, noticeTo: '2026-11-26' });
    const early = await step(a.id, 'file', { company: '浙江和盈畜牧科技有限公司', shares: 2 });
    expect(early.json<Errors>().errors).toEqual([{ path: 'noticeFrom', message: '公示期至 2026-11-26 结束，期满后方可审定备案' }]);

    const b = (await ok<P.HouseholdView[]>(tiantai.req('GET', '/api/v1/dividends/households?state=listed'))).find((x) => x.villageName.startsWith('=HYPERLINK'))!;
    await ok(step(b.id, 'verify', { selectionDate: '2026-05-01', note: '村干部核实' }));
    await ok(step(b.id, 'review', { note: '联审同意' }));
    await ok(step(b.id, 'publicize', { noticeFrom: '2026-11-01', noticeDays: 10 }));
    filed = await ok<P.HouseholdView>(step(b.id, 'file', { company: '浙江和盈畜牧科技有限公司', shares: 2 }));
    expect(filed).toMatchObject({ state: 'filed', shares: 2, filedOn: '2026-11-23' });
    const history = (await ok<P.HouseholdView>(tiantai.req('GET', `/api/v1/dividends/households/${b.id}`))).history!;
    expect(history.map((x) => x.label)).toEqual(['列入低收入名单', '登记村干部调查核实', '登记相关部门联审', '乡镇确认并公示', '审定备案']);
  });

  it('exports the public-notice list masked (张*明, no ID number) and formula-safe', async () => {
    const res = await tiantai.req('GET', '/api/v1/dividends/notice/export');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const names = rows.slice(2).map((r) => r[3]).filter(Boolean);
    expect(names).toEqual(expect.arrayContaining(['张*明', '孙*梅']));
    expect(JSON.stringify(rows)).not.toMatch(/331023\d{8}/);
    const filedWb = new ExcelJS.Workbook();
    await filedWb.xlsx.load((await tiantai.req('GET', '/api/v1/dividends/notice/export?state=filed')).rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    filedWb.worksheets[0]!.eachRow((r) => (r.values as unknown[]).forEach((v) => cells.push(v)));
    expect(cells).toContain('\'=HYPERLINK("http://x","点")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('pays a round through the ledger once per household and year; a second is refused by name, a retry answers the same run', async () => {
    const round = (await ok<P.RoundView[]>(tiantai.req('GET', '/api/v1/dividends/rounds'))).find((r) => r.year === 2026)!;
    expect(round).toMatchObject({ company: '浙江和盈畜牧科技有限公司', basis: 'per_household', amountFen: 100_000, paidHouseholds: 0, unpaidHouseholds: 4 });
    const again = await tiantai.req('POST', '/api/v1/dividends/rounds', { year: 2026, company: '浙江和盈畜牧科技有限公司', basis: 'per_share', amountFen: 50_000, paidOn: '2026-12-31' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Errors>().errors).toEqual([{ path: 'year', message: '天台县 2026 年度的分红已设立：每户每年只分红一次' }]);
    const badRound = await tiantai.req('POST', '/api/v1/dividends/rounds', { year: 2027, company: '和', basis: 'yearly', amountFen: -1, paidOn: '2030-01-01' });
    expect(badRound.json<Errors>().errors.map((e) => e.path)).toEqual(['company', 'basis', 'amountFen', 'paidOn']);

    const ledgerBefore = await count('ledger');
    const pay = () => tiantai.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, { householdIds: [filed.id] }, { 'idempotency-key': 'dividend-pay-0001' });
    const first = await ok<P.PayRunView>(pay());
    expect(first).toMatchObject({ year: 2026, totalFen: 100_000, households: [{ householdId: filed.id, headName: '钱*', shares: 2, amountFen: 100_000 }] });
    expect(await ok<P.PayRunView>(pay())).toEqual(first);
    expect(await count('ledger')).toBe(ledgerBefore + 2);
    const lines = await h.p.db.selectFrom('ledger').select(['kind', 'payer', 'amount_fen', 'unit_fen', 'year', 'region']).where('household_id', '=', filed.id).orderBy('id').execute();
    expect(lines.map((l) => [l.kind, l.payer, Number(l.amount_fen), Number(l.unit_fen), l.year, l.region])).toEqual([
      ['grant', 'platform_company', 100_000, 100_000, 2026, 'tiantai'],
      ['payment', 'platform_company', 100_000, 100_000, 2026, 'tiantai'],
    ]);

    const second = await tiantai.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, { householdIds: [filed.id] }, { 'idempotency-key': 'dividend-pay-0002' });
    expect(second.statusCode).toBe(409);
    expect(second.json<Errors>().errors).toEqual([{ path: 'householdIds', message: '钱*户（=HYPERLINK("http://x","点")）2026 年度的分红已发放：每户每年只发放一次，不能重复发放' }]);
    const rest = await ok<P.PayRunView>(tiantai.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, {}, { 'idempotency-key': 'dividend-pay-0003' }));
    expect(rest.households.map((x) => x.villageName)).toEqual(['状塘村（合成）', '状塘村（合成）', '状塘村（合成）']);
    const none = await tiantai.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, {}, { 'idempotency-key': 'dividend-pay-0004' });
    expect(none.statusCode).toBe(409);
    expect(none.json<{ error: string }>().error).toBe('2026 年度的分红已发放到全部持股对象，没有可发放的农户');
    expect(await count('dividend_payouts')).toBe(4);
    expect(await count('ledger')).toBe(ledgerBefore + 8);

    // Two different requests for one household at once: one pays, the other is refused; one dividend booked.
    const late = await ok<P.HouseholdView>(tiantai.req('POST', '/api/v1/dividends/households', household({ headName: '周正', villageCode: '331023203202' })), 201);
    await ok(step(late.id, 'verify', { selectionDate: '2026-05-01', note: '村干部核实' }));
    await ok(step(late.id, 'review', { note: '联审同意' }));
    await ok(step(late.id, 'publicize', { noticeFrom: '2026-11-01' }));
    await ok(step(late.id, 'file', { company: '浙江和盈畜牧科技有限公司', shares: 1 }));
    const both = await Promise.all(['dividend-race-0001', 'dividend-race-0002'].map((k) => tiantai.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, { householdIds: [late.id] }, { 'idempotency-key': k })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await count('dividend_payouts')).toBe(5);

    const figures = await ok<P.RoundView>(tiantai.req('GET', `/api/v1/dividends/rounds/${round.id}`));
    expect(figures).toMatchObject({ paidHouseholds: 5, totalFen: 500_000, unpaidHouseholds: 0 });
    expect(figures.byVillage.map((v) => [v.townshipName, v.villageName, v.households, v.amountFen])).toEqual([
      ['雷峰乡', '状塘村（合成）', 3, 300_000],
      ['雷峰乡', '=HYPERLINK("http://x","点")', 2, 200_000],
    ]);
  });

  it('answers 404 to everyone but 天台 clerks and the administrator', async () => {
    const one = (await ok<P.HouseholdView[]>(tiantai.req('GET', '/api/v1/dividends/households')))[0]!;
    const round = (await ok<P.RoundView[]>(tiantai.req('GET', '/api/v1/dividends/rounds')))[0]!;
    for (const c of [jiaojiang, talent]) {
      expect((await c.req('GET', '/api/v1/dividends/households')).statusCode).toBe(404);
      expect((await c.req('GET', `/api/v1/dividends/households/${one.id}`)).statusCode).toBe(404);
      expect((await c.req('POST', `/api/v1/dividends/households/${one.id}/reveal`, { purpose: '查看' })).statusCode).toBe(404);
      expect((await c.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, {}, { 'idempotency-key': 'dividend-pay-0005' })).statusCode).toBe(404);
      expect((await c.req('GET', '/api/v1/dividends/notice/export')).statusCode).toBe(404);
    }
    expect((await admin.req('GET', `/api/v1/dividends/households/${one.id}`)).statusCode).toBe(200);
  });
});
