// The 急需紧缺人才目录 and the demand white paper through the API, on PGlite or (DATABASE_URL) PostgreSQL:
// an enterprise declares demands with majors from the 教育部学科专业目录 (a bad code refused, naming
// the field); the city talent office compiles the year's draft from them (a county clerk cannot),
// publishes it in force from a date; a published version cannot be edited, the next is a new draft;
// the fact 急需紧缺专业 is then a lookup: a person whose major is listed gets the art.20 租房补助 that
// needs it, with the version and entry cited, one whose major is not listed does not, one with no
// code stays undetermined, and before the version's date there is none in force; a clerk's override
// needs a reason. The white paper's .xlsx neutralises formulas and its .docx opens with its title
// and tables.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { usccCheckChar } from '@rencai/domain';
import * as P from '@rencai/platform';
import { calculateRequest } from '@rencai/services';
import { idNumber, ok, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let city: Client, kecheng: Client;
let ent: Client['req'];
beforeAll(async () => {
  h = await startHarness({ persons: 2 });
  [city, kecheng] = (await Promise.all(['clerk_city', 'clerk_kecheng'].map((u) => h.login(u)))) as [Client, Client];
  const credit = `91330802MA7C8T9Q1${usccCheckChar('91330802MA7C8T9Q1')}`.slice(0, 17);
  const creditCode = credit + usccCheckChar(credit);
  const reg = await ok<{ id: number }>(h.app.inject({ method: 'POST', url: '/api/v1/enterprises/register', payload: { creditCode, name: '衢州目录测试氟硅材料有限公司', industry: 'C', region: 'kecheng', size: 'medium', contactName: '李经理', contactPhone: '13905700077', username: 'ent_catalogue', password: 'Qz-enterprise-2026' }, headers: { 'idempotency-key': 'reg-catalogue-01' } }));
  await ok(kecheng.req('POST', `/api/v1/enterprises/${reg.id}/verify`));
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ent_catalogue', password: 'Qz-enterprise-2026' }, remoteAddress: '10.9.77.1' });
  const cookie = res.cookies.find((c) => c.name === 'rencai_session')!.value;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  ent = (method, url, body) => h.app.inject({ method, url, cookies: { rencai_session: cookie }, headers: { 'x-csrf-token': csrf }, ...(body ? { payload: body as object } : {}) });
}, 120_000);
afterAll(async () => h?.close());

const demand = (over: Record<string, unknown>) => ({ headcount: 3, degree: 'bachelor', salaryMinFen: 800_000, salaryMaxFen: 1_200_000, urgency: 'urgent', deadline: '2028-06-30', ...over });
let catalogueId = 0;

describe('compiling and publishing the catalogue', () => {
  it('takes demands with majors from the discipline catalogue, refusing an unknown code by its field', async () => {
    const bad = await ent('POST', '/api/v1/enterprise-demands', demand({ post: '工艺工程师', majorCode: 'u:9999' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors).toContainEqual({ path: 'majorCode', message: '专业应从教育部学科专业目录中选择' });
    const d = await ok<P.DemandView>(ent('POST', '/api/v1/enterprise-demands', demand({ post: '工艺工程师', majorCode: 'u:0813' })));
    expect(d).toMatchObject({ major: '化工与制药类', majorCodeShown: '0813', majorName: '化工与制药类' });
    await ok(ent('POST', '/api/v1/enterprise-demands', demand({ post: '嵌入式软件工程师', majorCode: 'u:080902', headcount: 2 })));
    await ok(ent('POST', '/api/v1/enterprise-demands', demand({ post: '行政专员', major: '不限', urgency: 'normal' })));
  });

  it('is compiled by the city talent office only, from the coded demands; a county clerk gets 404', async () => {
    expect((await kecheng.req('POST', '/api/v1/talent-catalogues/compile', { year: 2028 })).statusCode).toBe(404);
    const c = await ok<P.CatalogueView>(city.req('POST', '/api/v1/talent-catalogues/compile', { year: 2028 }));
    catalogueId = c.id;
    expect(c).toMatchObject({ year: 2028, version: 1, status: 'draft' });
    expect(c.entries!.map((e) => [e.industry, e.majorCode, e.demandCount, e.headcount])).toEqual([
      ['C', 'u:080902', 1, 2],
      ['C', 'u:0813', 1, 3],
    ]);
    expect(c.note).toContain('1 条未按学科专业目录填写专业');
    const twice = await city.req('POST', '/api/v1/talent-catalogues/compile', { year: 2028 });
    expect(twice.statusCode).toBe(409);
  });

  it('publishes with the date in force; a published version is never changed, the next is a new draft', async () => {
    const noDate = await city.req('POST', `/api/v1/talent-catalogues/${catalogueId}/publish`, {});
    expect(noDate.statusCode, noDate.body).toBe(400);
    expect(noDate.json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('effectiveFrom');
    const pub = await ok<P.CatalogueView>(city.req('POST', `/api/v1/talent-catalogues/${catalogueId}/publish`, { effectiveFrom: '2026-01-01' }));
    expect(pub).toMatchObject({ status: 'published', effectiveFrom: '2026-01-01' });
    const edit = await city.req('POST', `/api/v1/talent-catalogues/${catalogueId}/entries`, { industry: 'I', majorCode: 'u:0809' });
    expect(edit.statusCode).toBe(409);
    const next = await ok<P.CatalogueView>(city.req('POST', '/api/v1/talent-catalogues', { year: 2028 }));
    expect(next).toMatchObject({ version: 2, status: 'draft' });
    expect(next.entries).toHaveLength(2);
    const unknown = await city.req('POST', `/api/v1/talent-catalogues/${next.id}/entries`, { industry: 'Z', majorCode: 'g:9999' });
    expect(unknown.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['industry', 'majorCode']);
    const added = await ok<P.CatalogueView>(city.req('POST', `/api/v1/talent-catalogues/${next.id}/entries`, { industry: 'I', majorCode: 'g:0812', post: '算法工程师' }));
    expect(added.entries).toHaveLength(3);
    expect((await ok<P.CatalogueView>(city.req('GET', `/api/v1/talent-catalogues/${catalogueId}`))).entries).toHaveLength(2);
    await ok(city.req('POST', `/api/v1/talent-catalogues/${next.id}/publish`, { effectiveFrom: '2026-07-01' }));
    expect((await ok<P.CatalogueView>(city.req('GET', '/api/v1/talent-catalogues/in-force?date=2026-03-01'))).version).toBe(1);
    expect((await ok<P.CatalogueView>(city.req('GET', '/api/v1/talent-catalogues/in-force?date=2026-08-01'))).version).toBe(2);
  });
});

describe('急需紧缺专业 as a catalogue lookup', () => {
  const person = async (education: unknown[], post: Record<string, unknown> = {}) => {
    const { id } = await ok<{ id: number }>(city.req('POST', '/api/v1/persons', { idNumber: idNumber(), name: '目录测试人', region: 'kecheng', education, employment: [{ region: 'kecheng', fullTime: true, start: '2025-07-01', post: 'other', ...post }], housing: { hasPurchased: false, talentApartment: false }, facts: { freshGraduate: false } }), 201);
    await h.p.db.insertInto('recognitions').values({ person_id: id, qualifications: JSON.stringify([{ code: 'bachelor_fulltime_dfc' }]), valid_from: '2025-07-01' }).execute();
    return id;
  };
  const rent = async (id: number, asOf: string) => {
    const row = await h.p.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const profile = await P.personProfile(h.p.db, row, asOf);
    const r = calculateRequest({ profile, date: asOf, whyNot: true });
    const person = profile.person as Record<string, unknown>;
    const status = r.entitlements.find((e) => e.rule === 'art20.rent')?.status ?? (r.undetermined.some((e) => e.rule === 'art20.rent') ? 'undetermined' : (r.notEligible ?? []).some((e) => e.rule === 'art20.rent') ? 'not eligible' : 'absent');
    return { urgent: person.urgentMajor, basis: person.urgentMajorBasis as string, status };
  };
  const edu = (majorCode?: string) => [{ degree: 'bachelor', fullTime: true, universityClass: 'double_first_class', ...(majorCode ? { majorCode } : {}) }];

  it('a listed major (a 本科专业 under a listed 专业类) gets the 租房补助, citing version and entry; an unlisted one does not', async () => {
    const yes = await rent(await person(edu('u:081302')), '2026-03-01');
    expect(yes.urgent).toBe(true);
    expect(yes.basis).toMatch(/第 1 版（2026-01-01 起施行）条目 \d+：化工与制药类（本科专业类）/);
    expect(yes.status).toBe('granted');
    const no = await rent(await person(edu('u:0501')), '2026-03-01');
    expect(no).toMatchObject({ urgent: false, status: 'not eligible' });
  });

  it('no major code, or no catalogue in force on the date, is undetermined — never no', async () => {
    const uncoded = await rent(await person(edu()), '2026-03-01');
    expect(uncoded.urgent).toBeUndefined();
    expect(uncoded.basis).toContain('未记录学科专业代码');
    expect(uncoded.status).toBe('undetermined');
    const before = await rent(await person(edu('u:0813')), '2025-06-30');
    expect(before.urgent).toBeUndefined();
    expect(before.basis).toContain('没有施行中的急需紧缺人才目录');
  });

  it('an entry naming a post matches that post only, in the version in force on the date', async () => {
    const alg = await person([{ degree: 'master', fullTime: true, majorCode: 'g:0812' }], { postName: '算法工程师' });
    expect((await rent(alg, '2026-08-01')).urgent).toBe(true);
    expect((await rent(alg, '2026-03-01')).urgent).toBe(false);
    const other = await person([{ degree: 'master', fullTime: true, majorCode: 'g:0812' }], { postName: '测试工程师' });
    expect((await rent(other, '2026-08-01')).urgent).toBe(false);
  });

  it('a clerk overrides the lookup only with a reason', async () => {
    const id = await person(edu('u:0501'));
    const bad = await city.req('PATCH', `/api/v1/persons/${id}`, { facts: { urgentMajor: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['reason']);
    const res = await city.req('PATCH', `/api/v1/persons/${id}`, { facts: { urgentMajor: true }, reason: '经人才办研究认定' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await rent(id, '2026-03-01')).toMatchObject({ urgent: true, status: 'granted' });
  });
});

describe('the demand white paper', () => {
  it('sums the declarations by industry, county, degree and major group', async () => {
    const w = await ok<P.WhitePaper>(city.req('GET', '/api/v1/white-paper?year=2028'));
    expect(w.totals).toMatchObject({ demands: 3, enterprises: 1, headcount: 8, coded: 2 });
    expect(w.byMajorGroup.map((t) => [t.label, t.headcount])).toEqual([['工学', 5], ['未按学科专业目录填写', 3]]);
    expect(w.byIndustry).toEqual([{ key: 'C', label: '制造业', demands: 3, headcount: 8 }]);
  });

  it('exports .xlsx with formulas neutralised and a .docx that opens with its title, tables and methodology', async () => {
    await ok(ent('POST', '/api/v1/enterprise-demands', demand({ post: '=HYPERLINK("http://x","点我")', majorCode: 'u:0809' })));
    const x = await city.req('GET', '/api/v1/white-paper/xlsx?year=2028');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(c.value))));
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    const exp = await city.req('GET', '/api/v1/enterprise-demands/export?period=2028');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const posts: unknown[] = [];
    wb2.worksheets[0]!.eachRow((r) => posts.push(r.getCell(4).value));
    expect(posts).toContain('\'=HYPERLINK("http://x","点我")');
    const d = await city.req('GET', '/api/v1/white-paper/docx?year=2028');
    expect(d.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(d.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('2028年度人才需求白皮书');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('制造业');
    expect(xml).toContain('编制说明');
    expect(Object.keys(zip.files).some((f) => f.endsWith('.svg'))).toBe(true);
  });
});
