// The 衢籍大学生 database through the API, against PGlite in memory or (DATABASE_URL) a real
// PostgreSQL server: an ID whose address code is not the declared 户籍 is flagged, not refused; bad
// input is refused by field; an import with bad rows writes nothing and reports each error by row
// and column, a clean one writes all rows; a student later found in the registry with a post in
// 衢州 counts as returned by county and graduation year; activities take students of one's own
// regions; other counties' clerks and other roles are answered 404; full reads are audited and
// only consenting students' phones are exported.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkDigit } from '@rencai/domain';
import type * as P from '@rencai/platform';
import { multipart, ok, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let kaihua: Client, kecheng: Client, city: Client, leader: Client, talent: Client, reviewer: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 5 });
  [kaihua, kecheng, city, leader, talent, reviewer] = (await Promise.all(['clerk_kaihua', 'clerk_kecheng', 'clerk_city', 'leader', 'talent', 'review_hrss'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const idOf = (prefix: string, birth: string, seq: number) => `${prefix}${birth}${String(seq).padStart(3, '0')}` + checkDigit(`${prefix}${birth}${String(seq).padStart(3, '0')}`);
type Errors = { errors: Array<{ path: string; message: string }> };
const student = (over: Record<string, unknown> = {}) => ({ name: '测试学生', idNumber: idOf('330802', '20040101', 501), region: 'kaihua', school: '浙江大学', major: '软件工程', degree: 'bachelor', graduationYear: 2026, phone: '13905701111', consent: true, ...over });
const count = async () => Number((await h.p.db.selectFrom('native_students').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('衢籍大学生');
  ws.addRow(['姓名', '身份证号', '户籍县（市、区）', '学校', '专业', '学历', '毕业年份', '手机号', '同意联系']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('recording students', () => {
  let s: P.StudentView;
  it('flags an ID whose address code is not the declared 户籍, without refusing it; masks the ID', async () => {
    s = await ok<P.StudentView>(kaihua.req('POST', '/api/v1/native-students', student()));
    expect(s).toMatchObject({ regionName: '开化县', idRegionName: '柯城区', mismatch: true, degreeLabel: '本科', consent: true, phone: '139****1111', returned: null });
    expect(s.mismatchNote).toContain('身份证号地址码为柯城区，申报户籍为开化县');
    expect(s.idNumber).toMatch(/^330802\*{8}\d{3}[\dX]$/);
    const same = await ok<P.StudentView>(kaihua.req('POST', '/api/v1/native-students', student({ idNumber: idOf('330824', '20040101', 502), consent: false, phone: '' })));
    expect(same).toMatchObject({ mismatch: false, mismatchNote: null, phone: null });
  });

  it('refuses bad input by field and a second record of one ID number', async () => {
    const n = await count();
    const bad = await kaihua.req('POST', '/api/v1/native-students', student({ idNumber: idOf('330824', '20040101', 503), school: '', degree: '中专', graduationYear: 1900, phone: '' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Errors>().errors.map((e) => e.path)).toEqual(['school', 'degree', 'graduationYear', 'phone']);
    expect((await kaihua.req('POST', '/api/v1/native-students', student({ idNumber: idOf('330824', '20040101', 503), region: 'kecheng' }))).json<Errors>().errors).toEqual([{ path: 'region', message: '只能登记本人管辖地区户籍的学生' }]);
    const dup = await kaihua.req('POST', '/api/v1/native-students', student());
    expect([dup.statusCode, dup.json<{ error: string }>().error]).toEqual([409, '该身份证号已在衢籍大学生库中']);
    expect(await count()).toBe(n);
  });

  it('answers 404 to another county’s clerk and to other roles; audits a full read; no phone of one who did not consent', async () => {
    expect((await kecheng.req('GET', `/api/v1/native-students/${s.id}`)).statusCode).toBe(404);
    expect((await kecheng.req('GET', '/api/v1/native-students')).json<P.StudentView[]>().map((x) => x.id)).not.toContain(s.id);
    for (const c of [talent, reviewer]) {
      expect((await c.req('GET', '/api/v1/native-students')).statusCode).toBe(404);
      expect((await c.req('GET', `/api/v1/native-students/${s.id}`)).statusCode).toBe(404);
      expect((await c.req('POST', '/api/v1/native-students', student())).statusCode).toBe(404);
    }
    expect((await city.req('GET', `/api/v1/native-students/${s.id}`)).statusCode).toBe(200);
    expect((await leader.req('GET', '/api/v1/native-students')).json<P.StudentView[]>().map((x) => x.id)).toContain(s.id);
    expect((await leader.req('POST', `/api/v1/native-students/${s.id}/reveal`, { field: 'idNumber', purpose: '核实户籍' })).statusCode).toBe(403);
    const full = await ok<{ value: string }>(kaihua.req('POST', `/api/v1/native-students/${s.id}/reveal`, { field: 'idNumber', purpose: '核实户籍' }));
    expect(full.value).toBe(student().idNumber);
    const audit = await h.p.db.selectFrom('audit_log').select('detail').where('action', '=', 'native_student.reveal').where('entity_id', '=', String(s.id)).execute();
    expect(audit).toHaveLength(1);
    const other = (await kaihua.req('GET', '/api/v1/native-students?q=测试学生')).json<P.StudentView[]>().find((x) => !x.consent)!;
    expect((await kaihua.req('POST', `/api/v1/native-students/${other.id}/reveal`, { field: 'phone', purpose: '联系' })).json<Errors>().errors[0]!.message).toBe('该学生未同意联系，不能查看手机号');
  });
});

describe('importing from Excel', () => {
  it('writes nothing when a row is in error, and reports each error by row and column', async () => {
    const n = await count();
    const file = await xlsx([
      ['甲同学', idOf('330824', '20030505', 601), '开化县', '浙江师范大学', '汉语言文学', '本科', 2025, '13905702222', '是'],
      ['乙同学', '330824200305050000', '开化县', '浙江师范大学', '', '本科', 2025, '', '否'],
      ['丙同学', idOf('330824', '20030505', 603), '开化县', '浙江师范大学', '', '中专', 2025, '', '否'],
      ['丁同学', idOf('330824', '20030505', 601), '开化县', '浙江师范大学', '', '本科', 2025, '', '否'],
    ]);
    const rep = await ok<P.StudentImportReport>(kaihua.req('POST', '/api/v1/native-students/import', multipart({}, { name: 's.xlsx', content: file })));
    expect(rep.inserted).toBe(0);
    expect(rep.errors.map((e) => [e.row, e.column])).toEqual([[3, '身份证号'], [4, '学历'], [5, '身份证号']]);
    expect(rep.errors[2]!.message).toBe('与第 2 行的身份证号重复');
    expect(await count()).toBe(n);
  });

  it('writes every row of a clean file, flagging the mismatched one', async () => {
    const n = await count();
    const file = await xlsx([
      ['甲同学', idOf('330824', '20030505', 601), '开化县', '浙江师范大学', '汉语言文学', '本科', 2025, '13905702222', '是'],
      ['戊同学', idOf('330881', '20030505', 605), '开化县', '杭州电子科技大学', '电子信息', '硕士', 2026, '', ''],
    ]);
    const rep = await ok<P.StudentImportReport>(kaihua.req('POST', '/api/v1/native-students/import', multipart({}, { name: 's.xlsx', content: file })));
    expect(rep).toMatchObject({ total: 2, inserted: 2, mismatches: 1, errors: [] });
    expect(await count()).toBe(n + 2);
    expect((await kecheng.req('POST', '/api/v1/native-students/import', multipart({}, { name: 's.xlsx', content: file }))).json<P.StudentImportReport>().errors.map((e) => e.column)).toEqual(['户籍县（市、区）', '户籍县（市、区）']);
  });
});

describe('returned students, counts, activities and contacts', () => {
  it('counts a student found in the registry with a post in 衢州 since graduating as returned, by county and graduation year', async () => {
    const before = (await ok<{ rows: P.StudentCountRow[] }>(kaihua.req('GET', '/api/v1/native-students/counts'))).rows.find((r) => r.graduationYear === 2025)!;
    expect(before).toMatchObject({ region: 'kaihua', students: 1, graduated: 1, returned: 0 });
    // The work list's item 13.2 shows the returns the platform records, for reference beside its milestones.
    type Rec = { id: string; total: number; byRegion: Array<{ region: string; n: number }>; definition: string };
    const record = async () => (await ok<{ items: Array<{ itemNo: string; records: Rec[] }> }>(kaihua.req('GET', '/api/v1/worklist/items'))).items.find((i) => i.itemNo === '13.2')!.records.find((r) => r.id === 'native_students_returned')!;
    const recBefore = await record();
    await ok(kaihua.req('POST', '/api/v1/persons', { idNumber: idOf('330824', '20030505', 601), name: '甲同学', region: 'kaihua', employment: [{ region: 'kaihua', fullTime: true, start: '2025-08-01', post: 'other' }] }), 201);
    const counts = await ok<{ rows: P.StudentCountRow[]; definition: string }>(kaihua.req('GET', '/api/v1/native-students/counts'));
    expect(counts.rows.find((r) => r.graduationYear === 2025)).toMatchObject({ students: 1, returned: 1, consenting: 1 });
    expect(counts.rows.find((r) => r.graduationYear === 2026)).toMatchObject({ students: 4, graduated: 4, returned: 0, mismatches: 2 });
    expect(counts.definition).toContain('任职开始日期不早于其毕业年份');
    const recAfter = await record();
    expect(recAfter.total - recBefore.total).toBe(1);
    expect(recAfter.byRegion.find((r) => r.region === 'kaihua')!.n - (recBefore.byRegion.find((r) => r.region === 'kaihua')?.n ?? 0)).toBe(1);
    expect(recAfter.definition).toBe(counts.definition);
    const back = (await kaihua.req('GET', '/api/v1/native-students?returned=1')).json<P.StudentView[]>();
    expect(back.map((x) => [x.name, x.returned])).toEqual([['甲同学', { regionName: '开化县', since: '2025-08-01' }]]);
  });

  it('records an activity with students of one’s own regions only, once per request id', async () => {
    const mine = (await kaihua.req('GET', '/api/v1/native-students?q=同学')).json<P.StudentView[]>();
    const theirs = (await kecheng.req('GET', '/api/v1/native-students')).json<P.StudentView[]>()[0]!;
    const body = { kind: 'internship', title: '暑期实习（测试）', heldOn: '2026-07-01', host: '开化某企业', studentIds: mine.map((x) => x.id) };
    const bad = await kaihua.req('POST', '/api/v1/native-student-activities', { ...body, studentIds: [mine[0]!.id, theirs.id] }, { 'idempotency-key': 'act-test-bad-1' });
    expect(bad.json<Errors>().errors.map((e) => e.path)).toEqual(['studentIds']);
    // A day that is not on the calendar is refused by field, not stored.
    const feb30 = await kaihua.req('POST', '/api/v1/native-student-activities', { ...body, heldOn: '2026-02-30' }, { 'idempotency-key': 'act-test-bad-2' });
    expect(feb30.statusCode).toBe(400);
    expect(feb30.json<Errors>().errors.map((e) => e.path)).toEqual(['heldOn']);
    const a = await ok<P.ActivityView>(kaihua.req('POST', '/api/v1/native-student-activities', body, { 'idempotency-key': 'act-test-0001' }));
    expect(a).toMatchObject({ kindLabel: '实习', participants: expect.arrayContaining([expect.objectContaining({ name: '甲同学' })]) });
    expect((await ok<P.ActivityView>(kaihua.req('POST', '/api/v1/native-student-activities', body, { 'idempotency-key': 'act-test-0001' }))).id).toBe(a.id);
    expect((await kecheng.req('GET', `/api/v1/native-student-activities/${a.id}`)).statusCode).toBe(404);
    expect((await ok<P.StudentView>(kaihua.req('GET', `/api/v1/native-students/${mine[0]!.id}`))).activities!.map((x) => x.title)).toContain('暑期实习（测试）');
  });

  it('exports only consenting students with their phones, and audits the export', async () => {
    const res = await kaihua.req('GET', '/api/v1/native-students/contacts');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = (wb.worksheets[0]!.getColumn(1).values as string[]).slice(2);
    expect(names).toContain('甲同学');
    expect(names).not.toContain('戊同学');
    expect(wb.worksheets[0]!.getColumn(6).values).toContain('13905702222');
    expect(await h.p.db.selectFrom('audit_log').select('seq').where('action', '=', 'native_student.export_contacts').execute()).toHaveLength(1);
    expect((await talent.req('GET', '/api/v1/native-students/contacts')).statusCode).toBe(404);
  });
});
