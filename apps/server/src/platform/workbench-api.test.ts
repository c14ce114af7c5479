// What the workbench and the portals read from the API besides the journey itself (PGlite in memory,
// or DATABASE_URL's PostgreSQL): the queue's search by name or full ID number (scoped like every
// list), the history's Chinese labels instead of department and action codes, the result of an
// approved 人才层次认定 (qualifications, tiers, validity) and what each review department checks.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from './harness.js';

interface Summary { id: number; matter: string; applicantName: string | null; personId: number | null; employerId: number | null; state: string; submittedOn: string | null; amountFen: number | null }
interface Page { items: Summary[]; total: number }
interface EventView { action: string; label: string; note: string | null; department?: string; departmentName?: string; reason: string | null; at: string; by: string | null }
interface Tier { article: number; tier: number; label: string; cite: string; condition?: string }
interface Detail extends Summary {
  events: EventView[];
  decision: { approvedFen: number } | null;
  recognition: null | { id: number; qualifications: Array<{ code: string; name: string; tiers: Tier[] }>; tiers: Tier[]; recognisedTiers: Tier[]; basis: string | null; validFrom: string; validTo: string | null; revokedOn: string | null };
  matterInfo: { departments: Array<{ code: string; name: string; checks: string }> };
}

let h: Harness;
let clerk: Client, kaihua: Client, talent: Client, hr: Client, finance: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [clerk, kaihua, talent, hr, finance] = (await Promise.all(['clerk_city', 'clerk_kaihua', 'talent', 'hr', 'review_finance'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const list = async (c: Client, query: string) => {
  const res = await c.req('GET', `/api/v1/applications?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};
const detail = async (c: Client, id: number) => (await c.req('GET', `/api/v1/applications/${id}`)).json<Detail>();

describe('the queue searches by name or full ID number', () => {
  it('finds the applicant by a name fragment, by the exact ID number (keyed hash), and nothing outside the caller’s scope', async () => {
    const personId = talent.user.personId!;
    const own = await list(talent, 'pageSize=50');
    expect(own.total).toBeGreaterThan(0);

    const byName = await list(clerk, `q=${encodeURIComponent('林思远')}&pageSize=50`);
    expect(byName.total).toBe(own.total);
    expect(byName.items.every((a) => a.applicantName === '林思远')).toBe(true);

    const fragment = await list(clerk, `q=${encodeURIComponent(' 思远 ')}&pageSize=50`);
    expect(fragment.total).toBeGreaterThanOrEqual(own.total);
    expect(fragment.items.every((a) => a.applicantName?.includes('思远'))).toBe(true);

    const revealed = await clerk.req('POST', `/api/v1/persons/${personId}/reveal`, { field: 'idNumber', purpose: '核对申报人身份' });
    const idNumber = revealed.json<{ value: string }>().value;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    const byId = await list(clerk, `q=${idNumber}&pageSize=50`);
    expect(byId.total).toBe(own.total);
    expect(byId.items.every((a) => a.personId === personId)).toBe(true);
    // A partial number is not an ID search (no ID is ever matched by fragment), and finds no name either.
    expect((await list(clerk, `q=${idNumber.slice(0, 10)}`)).total).toBe(0);

    // Combined with the other filters.
    const submitted = await list(clerk, `q=${encodeURIComponent('林思远')}&state=withdrawn`);
    expect(submitted.items.length).toBeGreaterThan(0);
    expect(submitted.items.every((a) => a.state === 'withdrawn' && a.applicantName === '林思远')).toBe(true);

    // 林思远 is in 柯城区: a 开化县 clerk finds nothing, by name or by number, as if there were nobody.
    expect((await list(kaihua, `q=${encodeURIComponent('林思远')}`)).total).toBe(0);
    expect((await list(kaihua, `q=${idNumber}`)).total).toBe(0);
  });

  it('matches an employer’s name for its applications, and treats % and _ literally', async () => {
    const staff = (await hr.req('GET', '/api/v1/persons?pageSize=1')).json<{ items: Array<{ id: number }> }>().items[0]!;
    const created = await hr.req('POST', '/api/v1/applications', { matter: 'salary_subsidy', data: { year: 2025, experts: [{ personId: staff.id, salary: '900000', qualified: true }] } });
    expect(created.statusCode, created.body).toBe(201);
    const app = created.json<Summary>();
    const name = app.applicantName!;
    const found = await list(clerk, `q=${encodeURIComponent(name.slice(2, 6))}&matter=salary_subsidy`);
    expect(found.items.map((a) => a.id)).toContain(app.id);
    expect((await list(clerk, `q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(clerk, `q=${encodeURIComponent('_')}`)).total).toBe(0);
    // Blank is no search at all.
    expect((await list(clerk, 'q=%20%20')).total).toBe((await list(clerk, '')).total);
  });

  it('refuses an overlong search term with a Chinese error naming q', async () => {
    const res = await clerk.req('GET', `/api/v1/applications?q=${encodeURIComponent('衢'.repeat(51))}`);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; errors: Array<{ path: string; message: string }> }>();
    expect(body.errors).toEqual([{ path: 'q', message: '搜索词不能超过 50 个字' }]);
    expect(res.body).not.toContain('衢衢衢');
  });
});

describe('the history reads in Chinese', () => {
  it('labels every event; a review opinion names the department, its code only beside it', async () => {
    const reviewing = (await list(clerk, 'state=reviewing&matter=talent_allowance')).items[0]!;
    const r = await finance.req('POST', `/api/v1/applications/${reviewing.id}/reviews`, { decision: 'approve', reason: '资金来源已核对' });
    expect(r.statusCode, r.body).toBe(200);
    const a = await detail(clerk, reviewing.id);
    expect(a.events.every((e) => e.label.length > 0)).toBe(true);
    expect(a.events[0]).toMatchObject({ action: 'create', label: '创建申报（草稿）' });
    expect(a.events.find((e) => e.action === 'submit')!.label).toBe('提交申报');
    const review = a.events.find((e) => e.action === 'review.approve')!;
    expect(review).toMatchObject({ label: '财政局：同意', note: '资金来源已核对', department: 'finance', departmentName: '财政局' });
    expect(review.reason).toBe('finance：同意，资金来源已核对'); // the stored wording stays as written
    // No code in what people read.
    const read = a.events.map((e) => `${e.label} ${e.note ?? ''}`).join('\n');
    expect(read).not.toMatch(/talent_office|hrss|finance|review\./);

    // A paid application: the talent office's and finance's opinions, the approval and the payment.
    const paid = (await list(clerk, 'state=paid')).items[0]!;
    const p = await detail(clerk, paid.id);
    const labels = p.events.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['人才办（组织部）：同意', '财政局：同意', '核准', '安排兑付', '兑付完成']));
    expect(p.events.filter((e) => e.action.startsWith('review.')).every((e) => e.note === null)).toBe(true);
    expect(p.events.map((e) => `${e.label} ${e.note ?? ''}`).join('\n')).not.toMatch(/talent_office|finance/);
  });
});

describe('an approved 人才层次认定 shows what was recognised', () => {
  it('gives the qualifications by name, the tiers under articles 19 and 20, validity and basis; other matters have none', async () => {
    const approved = (await list(clerk, 'matter=tier_recognition&state=approved')).items[0]!;
    expect(approved.amountFen).toBeNull(); // no amount, rather than 0 元
    const a = await detail(clerk, approved.id);
    expect(a.decision?.approvedFen).toBe(0);
    const rec = a.recognition!;
    expect(rec).not.toBeNull();
    expect(rec.qualifications.length).toBeGreaterThan(0);
    for (const q of rec.qualifications) expect(q.name).toMatch(/[\u4e00-\u9fff]/);
    // The demo recognises a full-time PhD: article 19 item (7), article 20 item (3), 60 ㎡.
    expect(rec.qualifications[0]).toMatchObject({ code: 'phd_fulltime', name: '全日制博士研究生' });
    const t19 = rec.tiers.find((t) => t.article === 19)!;
    const t20 = rec.tiers.find((t) => t.article === 20)!;
    expect(t19).toMatchObject({ tier: 7, cite: '衢委发〔2020〕7号第19条第(7)项' });
    expect(t19.label).toBe('第七层次人才（第19条第(7)项）');
    expect(t20.tier).toBe(3);
    expect(t20.label).toBe('购房补助第(3)项，补助面积 60 ㎡');
    expect(rec.validFrom).toBe(a.submittedOn);
    expect(rec.basis).toContain(`#${a.id}`);
    expect(rec.revokedOn).toBeNull();

    const other = (await list(clerk, 'matter=talent_allowance&state=paid')).items[0]!;
    expect(other.amountFen).toBeGreaterThan(0);
    expect((await detail(clerk, other.id)).recognition).toBeNull();
  });
});

describe('each review department is told what it checks', () => {
  it('lists the departments of every matter with a non-empty check, in the application and the catalogue', async () => {
    const matters = (await clerk.req('GET', '/api/v1/matters')).json<Array<{ code: string; departments: Array<{ code: string; name: string; checks: string }> }>>();
    for (const m of matters) for (const d of m.departments) expect(d.checks, `${m.code}/${d.code}`).toMatch(/^核对.{6,}/);
    const reviewing = (await list(clerk, 'state=reviewing')).items[0]!;
    const a = await detail(finance, reviewing.id);
    expect(a.matterInfo.departments.find((d) => d.code === 'finance')?.checks).toContain('资金来源');
  });
});
