// Who may see and do what, through the API, against PGlite in memory or (DATABASE_URL) a real
// PostgreSQL server: a reviewing department sees only what was routed to it; an employer's HR sees
// its current staff's personal applications (only where they stand) and loses them when they
// leave; a record outside the caller's scope answers 404 before any field is checked; departments
// vote only through their own members and administrators do not decide applications; only the
// talent office creates proactive applications; evidence is added only to drafts and 补正 answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, multipart, type Client, type Harness } from './harness.js';
import * as P from '@rencai/platform';

let h: Harness;
let admin: Client, cityClerk: Client, kaihuaClerk: Client, talent: Client, hr: Client, leader: Client, finance: Client, housing: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [admin, cityClerk, kaihuaClerk, talent, hr, leader, finance, housing] = (await Promise.all(['admin', 'clerk_city', 'clerk_kaihua', 'talent', 'hr', 'leader', 'review_finance', 'review_housing'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
type ErrorBody = { error: string; errors: Array<{ path: string; message: string }> };
type List = { items: Array<{ id: number; state: string; matter: string; personId: number | null }>; total: number };

// Within the city reviewers' regions (the demo's 椒江 房票联审 are routed to 椒江's own bureaus).
const routedTo = async (department: string) => new Set((await h.p.db.selectFrom('reviews').innerJoin('applications', 'applications.id', 'reviews.application_id').select('reviews.application_id').where('reviews.department', '=', department).where('applications.region', '<>', 'jiaojiang').execute()).map((r) => r.application_id));
const upload = (who: Client, id: number, material: string) => who.req('POST', `/api/v1/applications/${id}/files`, multipart({ material }, { name: `${material}.pdf`, content: PDF }));

describe('a reviewing department sees what was routed to it, from routing onwards', () => {
  it('lists and opens only applications with a review for its department — no drafts, nothing unrouted — and the files, computation, ledger and persons that go with them', async () => {
    // 住建局 reviews only 购房补助; in the demo data nothing has been routed to it yet.
    expect((await housing.req('GET', '/api/v1/applications?pageSize=100')).json<List>()).toMatchObject({ total: 0, items: [] });
    const draft = (await cityClerk.req('GET', '/api/v1/applications?state=draft')).json<List>().items[0]!;
    const notFound = await housing.req('GET', `/api/v1/applications/${draft.id}`);
    expect(notFound.statusCode).toBe(404);
    expect((notFound.json() as ErrorBody).error).toBe('未找到该申报件（或无权查看）');
    expect((await leader.req('GET', `/api/v1/applications/${draft.id}`)).statusCode).toBe(200); // leaders keep their read-only view of the region

    // The talent applies for 购房补助: a draft, then submitted — still not the housing bureau's.
    const created = await talent.req('POST', '/api/v1/applications', { matter: 'housing_purchase' });
    expect(created.statusCode).toBe(201);
    const app = created.json<{ id: number; materials: Array<{ code: string; held: boolean }> }>();
    let sha = '';
    for (const m of app.materials.filter((x) => !x.held)) sha = (await upload(talent, app.id, m.code)).json<{ sha256: string }>().sha256;
    expect((await talent.req('POST', `/api/v1/applications/${app.id}/submit`)).json()).toMatchObject({ state: 'submitted' });
    for (const url of [`/api/v1/applications/${app.id}`, `/api/v1/applications/${app.id}/computation`, `/api/v1/applications/${app.id}/files/${sha}`]) expect((await housing.req('GET', url)).statusCode, url).toBe(404);
    expect((await housing.req('GET', `/api/v1/persons/${talent.user.personId}`)).statusCode).toBe(404);

    // Accepted into joint review: routed to 住建局 (and 财政局), which now see it and what goes with it.
    expect((await cityClerk.req('POST', `/api/v1/applications/${app.id}/accept`)).json()).toMatchObject({ state: 'reviewing' });
    expect((await housing.req('GET', '/api/v1/applications?pageSize=100')).json<List>()).toMatchObject({ total: 1, items: [{ id: app.id }] });
    for (const url of [`/api/v1/applications/${app.id}`, `/api/v1/applications/${app.id}/computation`, `/api/v1/applications/${app.id}/files/${sha}`]) expect((await housing.req('GET', url)).statusCode, url).toBe(200);
    expect((await housing.req('GET', `/api/v1/persons/${talent.user.personId}`)).statusCode).toBe(200);
    const persons = (await housing.req('GET', '/api/v1/persons?pageSize=200')).json<{ items: Array<{ id: number }> }>();
    expect(persons.items.map((x) => x.id)).toEqual([talent.user.personId]);

    // 财政局 reviews most matters: its list holds exactly what was routed to it, in no draft state.
    const financeRouted = await routedTo('finance');
    const financeList = (await finance.req('GET', '/api/v1/applications?pageSize=200')).json<List>();
    expect(financeList.total).toBe(financeRouted.size);
    for (const a of financeList.items) {
      expect(financeRouted.has(a.id)).toBe(true);
      expect(['draft', 'submitted', 'returned', 'withdrawn']).not.toContain(a.state);
    }
    const unrouted = (await cityClerk.req('GET', '/api/v1/applications?state=submitted')).json<List>().items[0]!;
    expect((await finance.req('GET', `/api/v1/applications/${unrouted.id}`)).statusCode).toBe(404);
    const ledger = (await finance.req('GET', '/api/v1/ledger')).json<{ lines: Array<{ applicationId: number | null }> }>();
    expect(ledger.lines.length).toBeGreaterThan(0); // the demo's paid allowances went through 财政局
    for (const l of ledger.lines) expect(financeRouted.has(l.applicationId!)).toBe(true);
    expect((await housing.req('GET', '/api/v1/ledger')).json<{ lines: unknown[] }>().lines).toEqual([]);
  });
});

describe('an employer’s HR and a staff member’s personal application', () => {
  it('sees where it stands while the person works there — not the evidence, facts or computation — and nothing once they have left', async () => {
    const employerId = hr.user.employerId!;
    const staff = await h.p.db
      .selectFrom('persons')
      .select(['id', 'version'])
      .where('employer_id', '=', employerId)
      .where('id', '!=', talent.user.personId!)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.person_id', '=', 'persons.id'))))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const created = await cityClerk.req('POST', '/api/v1/applications', { matter: 'rent_subsidy', personId: staff.id });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const sha = (await upload(cityClerk, id, 'id_card')).json<{ sha256: string }>().sha256;
    // Two grants to the person: one the organisation pays a share of, one it has nothing to do with.
    const line = (key: string, payer: string, unit: number) =>
      h.p.db.insertInto('ledger').values({ kind: 'grant', application_id: id, person_id: staff.id, employer_id: employerId, region: 'kecheng', rule: 'art20.rent', benefit: '单位范围测试', clause: '衢委发〔2020〕7号第20条', payer, year: 2026, due_on: '2026-12-01', amount_fen: 50_000, city_fen: 50_000 - unit, county_fen: 0, unit_fen: unit, instalment_key: key, idempotency_key: `grant:${key}` }).execute();
    await line('hr-scope:unit', 'employer_unit', 50_000);
    await line('hr-scope:city', 'city_finance', 0);
    const hrLedgerKeys = async () => (await hr.req('GET', '/api/v1/ledger')).json<{ lines: Array<{ instalmentKey: string }> }>().lines.map((l) => l.instalmentKey);

    expect((await hr.req('GET', '/api/v1/applications?pageSize=100')).json<List>().items.map((a) => a.id)).toContain(id);
    const seen = await hr.req('GET', `/api/v1/applications/${id}`);
    expect(seen.statusCode).toBe(200);
    const view = seen.json<{ limited: boolean; state: string; data: unknown; materials: Array<{ code: string; files: unknown[] }>; events: Array<{ reason: unknown; by: unknown }>; decision: unknown }>();
    expect(view).toMatchObject({ limited: true, state: 'draft', data: {}, decision: null });
    expect(view.materials.every((m) => m.files.length === 0)).toBe(true);
    expect(seen.body).not.toContain(sha);
    expect((await hr.req('GET', `/api/v1/applications/${id}/files/${sha}`)).statusCode).toBe(404);
    expect((await hr.req('GET', `/api/v1/applications/${id}/computation`)).statusCode).toBe(404);
    expect(await hrLedgerKeys()).toContain('hr-scope:unit');
    expect(await hrLedgerKeys()).not.toContain('hr-scope:city');

    // The person moves to another employer: HR no longer sees the application or the lines.
    const other = await h.p.db.selectFrom('employers').select('id').where('region', '=', 'kecheng').where('id', '!=', employerId).executeTakeFirstOrThrow();
    expect((await cityClerk.req('PATCH', `/api/v1/persons/${staff.id}`, { employerId: other.id, reason: '调动' }, { 'if-match': String(staff.version) })).statusCode).toBe(200);
    expect((await hr.req('GET', '/api/v1/applications?pageSize=100')).json<List>().items.map((a) => a.id)).not.toContain(id);
    for (const url of [`/api/v1/applications/${id}`, `/api/v1/applications/${id}/files/${sha}`, `/api/v1/applications/${id}/computation`]) expect((await hr.req('GET', url)).statusCode, url).toBe(404);
    expect(await hrLedgerKeys()).not.toContain('hr-scope:unit');
    // The clerk still has the whole application.
    expect((await cityClerk.req('GET', `/api/v1/applications/${id}/files/${sha}`)).statusCode).toBe(200);
  });
});

describe('authorise before validating', () => {
  it('a write to a record outside the caller’s scope answers the same 404 as a record that does not exist, whatever the body', async () => {
    const same = async (who: Client, method: 'PATCH' | 'POST', url: (id: number | string) => string, id: number, body: unknown, headers?: Record<string, string>) => {
      const theirs = await who.req(method, url(id), body, headers);
      const none = await who.req(method, url(99_999_999), body, headers);
      expect(theirs.statusCode, url(id)).toBe(404);
      expect(theirs.body).toBe(none.body);
    };
    const other = await h.p.db.selectFrom('persons').select('id').where('id', '!=', talent.user.personId!).where('region', '=', 'kecheng').orderBy('id').executeTakeFirstOrThrow();
    const person = (id: number | string) => `/api/v1/persons/${id}`;
    await same(talent, 'PATCH', person, other.id, { bankName: '中', bankAccount: '12ab', reason: '测试' }, { 'if-match': '1' });
    await same(talent, 'PATCH', person, other.id, { name: '' });
    await same(talent, 'POST', (id) => `/api/v1/persons/${id}/reveal`, other.id, { field: 'password', purpose: '' });
    const otherOrg = await h.p.db.selectFrom('employers').select('id').where('id', '!=', hr.user.employerId!).orderBy('id').executeTakeFirstOrThrow();
    await same(hr, 'PATCH', (id) => `/api/v1/employers/${id}`, otherOrg.id, { bankName: '=1', bankAccount: 'x' });
    await same(hr, 'PATCH', (id) => `/api/v1/employers/${id}`, otherOrg.id, { name: 5 });
    const kechengRec = await h.p.db.selectFrom('recognitions').innerJoin('persons', 'persons.id', 'recognitions.person_id').select('recognitions.id').where('persons.region', '=', 'kecheng').executeTakeFirstOrThrow();
    await same(kaihuaClerk, 'POST', (id) => `/api/v1/recognitions/${id}/revoke`, kechengRec.id, { reason: '', effectiveOn: 'soon' });
    const kechengApp = (await cityClerk.req('GET', '/api/v1/applications?state=reviewing')).json<List>().items.find((a) => a.personId !== null)!;
    const kechengRegion = await h.p.db.selectFrom('applications').select('region').where('id', '=', kechengApp.id).executeTakeFirstOrThrow();
    if (kechengRegion.region !== 'kaihua') await same(kaihuaClerk, 'POST', (id) => `/api/v1/applications/${id}/reject`, kechengApp.id, {});
    await same(housing, 'POST', (id) => `/api/v1/applications/${id}/reviews`, kechengApp.id, { decision: 'maybe' });
  });
});

describe('departments vote through their own members; administrators do not decide applications', () => {
  it('refuses every deciding step and payment to the admin, and counts a clerk’s vote for the talent office only', async () => {
    const reviewing = (await cityClerk.req('GET', '/api/v1/applications?state=reviewing&matter=talent_allowance')).json<List>().items[0]!;
    const submitted = (await cityClerk.req('GET', '/api/v1/applications?state=submitted')).json<List>().items[0]!;
    const steps: Array<[string, unknown]> = [
      [`/api/v1/applications/${reviewing.id}/reviews`, { department: 'finance', decision: 'approve' }],
      [`/api/v1/applications/${reviewing.id}/approve`, {}],
      [`/api/v1/applications/${reviewing.id}/reject`, { reason: '管理员不予通过' }],
      [`/api/v1/applications/${reviewing.id}/confirm-adjustment`, {}],
      [`/api/v1/applications/${submitted.id}/accept`, {}],
      [`/api/v1/applications/${submitted.id}/return`, { missing: ['labour_contract'] }],
    ];
    for (const [url, body] of steps) {
      const r = await admin.req('POST', url, body);
      expect(r.statusCode, url).toBe(403);
    }
    const grant = await h.p.db.selectFrom('ledger').select('instalment_key').where('kind', '=', 'grant').executeTakeFirstOrThrow();
    expect((await admin.req('POST', '/api/v1/ledger/payments', { instalmentKey: grant.instalment_key }, { 'idempotency-key': 'admin-pays-1' })).statusCode).toBe(403);
    expect((await admin.req('POST', '/api/v1/payment-batches', { region: 'kecheng' }, { 'idempotency-key': 'admin-batch-1' })).statusCode).toBe(403);
    expect((await admin.req('GET', '/api/v1/payment-batches')).statusCode).toBe(403);

    // A clerk votes for the talent office only: naming another department is refused.
    const forOther = await cityClerk.req('POST', `/api/v1/applications/${reviewing.id}/reviews`, { department: 'finance', decision: 'approve' });
    expect(forOther.statusCode).toBe(403);
    expect((forOther.json() as ErrorBody).error).toBe('无权操作：只能以本部门名义表态：您属于「人才办（组织部）」，不能代「财政局」审核');
    expect((await cityClerk.req('POST', `/api/v1/applications/${reviewing.id}/reviews`, { department: 'talent_office', decision: 'approve' })).statusCode).toBe(200);
    const reviews = await h.p.db.selectFrom('reviews').select(['department', 'decision', 'reviewer_id']).where('application_id', '=', reviewing.id).orderBy('department').execute();
    expect(reviews).toEqual([
      { department: 'finance', decision: null, reviewer_id: null },
      { department: 'talent_office', decision: 'approve', reviewer_id: cityClerk.user.userId },
    ]);
    // Only 财政局's own member decides for 财政局; then the clerk can approve.
    expect((await finance.req('POST', `/api/v1/applications/${reviewing.id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await admin.req('POST', `/api/v1/applications/${reviewing.id}/approve`)).statusCode).toBe(403);
    expect((await cityClerk.req('POST', `/api/v1/applications/${reviewing.id}/approve`)).statusCode).toBe(200);
  });
});

describe('免申即享: only the talent office creates applications', () => {
  it('refuses creation to reviewers, leaders and admins; leaders and admins may screen read-only, reviewers not at all', async () => {
    const count = async () => Number((await h.p.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    for (const who of [finance, leader, admin]) {
      const r = await who.req('POST', '/api/v1/proactive/run', { create: true });
      expect(r.statusCode, who.username).toBe(403);
    }
    expect((await finance.req('POST', '/api/v1/proactive/run', { create: false })).statusCode).toBe(403);
    expect(await count()).toBe(before);
    const screened = await leader.req('POST', '/api/v1/proactive/run', { create: false });
    expect(screened.statusCode).toBe(200);
    expect(screened.json<{ candidates: Array<{ createdApplicationId?: number }> }>().candidates.every((x) => x.createdApplicationId === undefined)).toBe(true);
    expect((await admin.req('POST', '/api/v1/proactive/run', {})).statusCode).toBe(200);
    expect(await count()).toBe(before);
    const made = (await cityClerk.req('POST', '/api/v1/proactive/run', { create: true })).json<{ candidates: Array<{ createdApplicationId?: number }> }>();
    expect(made.candidates.some((x) => x.createdApplicationId)).toBe(true);
    expect(await count()).toBeGreaterThan(before);
  });
});

describe('evidence after submission', () => {
  it('takes files on a draft and on an answer to 补正, never on a submitted application (neither from the applicant nor a clerk)', async () => {
    const mine = (await talent.req('GET', '/api/v1/applications')).json<List>().items;
    const submitted = mine.find((a) => a.state === 'submitted' && a.matter === 'talent_allowance')!;
    for (const who of [talent, cityClerk]) {
      const r = await upload(who, submitted.id, 'labour_contract');
      expect(r.statusCode, who.username).toBe(409);
      expect((r.json() as ErrorBody).error).toBe('申报件状态为「已提交（待受理）」，不能再上传材料：只有草稿或退回补正的申报件可以上传');
    }
    expect(await h.p.db.selectFrom('application_files').select('id').where('application_id', '=', submitted.id).where('uploaded_by', 'in', [talent.user.userId, cityClerk.user.userId]).where('material', '=', 'labour_contract').where('name', '=', 'labour_contract.pdf').execute()).toEqual([]);
    // Returned for a material: the talent answers with the file.
    expect((await cityClerk.req('POST', `/api/v1/applications/${submitted.id}/return`, { missing: ['labour_contract'] })).statusCode).toBe(200);
    expect((await upload(talent, submitted.id, 'labour_contract')).statusCode).toBe(201);
    const draft = await talent.req('POST', '/api/v1/applications', { matter: 'talent_award', data: { cultureAward: { level: 'none' }, matchingAwards: [] } });
    expect((await upload(talent, draft.json<{ id: number }>().id, 'award_evidence')).statusCode).toBe(201);
  });
});

describe('who is told about a region’s cases', () => {
  it('is the region’s own staff and its city’s level: a 衢州 county reaches 衢州市本级, a 台州 district never does', async () => {
    const id = async (username: string) => (await h.p.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const [cityLeader, cityClerkId, jjClerk, cityHousing, jjHousing] = (await Promise.all(['leader', 'clerk_city', 'clerk_jiaojiang', 'review_housing', 'review_jj_housing'].map(id))) as [number, number, number, number, number];
    expect(P.overseeingRegions('kecheng')).toEqual(['kecheng', 'quzhou_city']);
    expect(P.overseeingRegions('quzhou_city')).toEqual(['quzhou_city']);
    expect(P.overseeingRegions('jiaojiang')).toEqual(['jiaojiang']);
    expect(await P.leadersOf(h.p.db, 'kecheng')).toContain(cityLeader);
    expect(await P.leadersOf(h.p.db, 'jiaojiang')).not.toContain(cityLeader);
    expect(await P.clerksOf(h.p.db, 'jiaojiang')).toEqual([jjClerk]);
    expect(await P.clerksOf(h.p.db, 'kaihua')).toContain(cityClerkId);
    expect(await P.reviewersOf(h.p.db, 'housing', 'jiaojiang')).toEqual([jjHousing]);
    expect(await P.reviewersOf(h.p.db, 'housing', 'kecheng')).toContain(cityHousing);
    // A disabled leader is told nothing (and cannot be given talents to contact).
    await h.p.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', cityLeader).execute();
    try {
      expect(await P.leadersOf(h.p.db, 'kecheng')).not.toContain(cityLeader);
    } finally {
      await h.p.db.updateTable('users').set({ disabled_at: null }).where('id', '=', cityLeader).execute();
    }
  });
});

describe('the work list counts its own city only', () => {
  it('leaves a 温岭 (台州) problem answered out of 衢州’s item 14.1, even for the admin who sees every region', async () => {
    const record = async () => (await admin.req('GET', '/api/v1/worklist/items')).json<{ items: Array<{ itemNo: string; records: Array<{ id: string; total: number; byRegion: Array<{ region: string }> }> }> }>().items.find((i) => i.itemNo === '14.1')!.records.find((r) => r.id === 'problems_answered')!;
    const before = await record();
    const ent = await h.login('enterprise_wenling');
    const raised = await ent.req('POST', '/api/v1/enterprise-problems', { category: 'policy', description: '人才补贴政策咨询，请告知办理渠道' }, { 'idempotency-key': 'scope-wenling-0001' });
    expect(raised.statusCode, raised.body).toBe(200);
    const clerk = await h.login('clerk_wenling');
    const answered = await clerk.req('POST', `/api/v1/enterprise-problems/${raised.json<{ id: number }>().id}/answer`, { answer: '请到温岭市人才服务窗口办理' });
    expect(answered.json<{ state: string }>().state).toBe('answered');
    const after = await record();
    expect(after.total).toBe(before.total);
    expect(after.byRegion.map((r) => r.region)).not.toContain('wenling');
  });
});
