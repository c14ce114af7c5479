// The platform API end to end through Fastify's inject, against PGlite in memory or (DATABASE_URL)
// a real PostgreSQL server: sign-in and CSRF, region scoping, masking and audited reveals, the
// registry with versions, Excel import with a row report, the one-stop journey from application to
// payment with joint review, deadlines and messages, caps, batches, and Chinese errors throughout.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkDigit, usccCheckChar } from '@rencai/domain';
import { verifyAudit } from '@rencai/store';
import { startHarness, multipart, type Client, type Harness } from './harness.js';

let h: Harness;
let admin: Client, cityClerk: Client, kechengClerk: Client, kaihuaClerk: Client, talent: Client, leader: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [admin, cityClerk, kechengClerk, kaihuaClerk, talent, leader] = (await Promise.all(['admin', 'clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'talent', 'leader'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const idFor = (prefix: string, birth: string, seq: string) => {
  const body = `${prefix}${birth}${seq}`;
  return body + checkDigit(body);
};
const usccFor = (n: number) => {
  const b = `913308${String(n).padStart(11, '0')}`.slice(0, 17);
  return b + usccCheckChar(b);
};
const errorsOf = (res: { statusCode: number; json: () => unknown; body: string }) => {
  expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
  return (res.json() as { error: string; errors: Array<{ path: string; message: string }> });
};

describe('sign-in, sessions and CSRF', () => {
  it('rejects bad credentials in Chinese, sets an HttpOnly SameSite=Strict cookie, and requires the CSRF header on changes', async () => {
    const bad = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk_city', password: 'wrong-password' } });
    expect(bad.statusCode).toBe(401);
    expect(errorsOf(bad).error).toBe('用户名或密码不正确');
    const empty = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(errorsOf(empty).errors.map((e) => e.path)).toEqual(['username', 'password']);
    const ok = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader', password: 'rencai-demo-2026' } });
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/rencai_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/persons' })).statusCode).toBe(401);
    const noCsrf = await cityClerk.req('POST', '/api/v1/employers', { uscc: usccFor(1) }, { 'x-csrf-token': 'forged' });
    expect(noCsrf.statusCode).toBe(403);
    expect(errorsOf(noCsrf).error).toContain('CSRF');
    const demo = (await h.app.inject({ method: 'GET', url: '/api/v1/auth/demo' })).json<{ accounts: string[] }>();
    expect(demo.accounts).toEqual(expect.arrayContaining(['talent', 'hr', 'clerk_city', 'leader', 'admin']));
    const me = await talent.req('GET', '/api/v1/auth/me');
    expect(me.json()).toMatchObject({ user: { role: 'talent' }, roleLabel: '人才' });
  });

  it('after five failures from one address refuses that address (429) for the name, while its owner still signs in from elsewhere; rate-limits the login route', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'review_assoc', password: 'nope-nope-nope' }, remoteAddress: '10.0.0.7' })).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[5]).toBe(429);
    const refused = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'review_assoc', password: 'rencai-demo-2026' }, remoteAddress: '10.0.0.7' });
    expect(refused.statusCode).toBe(429);
    expect(errorsOf(refused).error).toMatch(/^登录尝试过于频繁，请 1 分钟后再试/);
    const owner = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'review_assoc', password: 'rencai-demo-2026' }, remoteAddress: '10.0.1.1' });
    expect(owner.statusCode).toBe(200);
    const burst: number[] = [];
    for (let i = 0; i < 12; i++) burst.push((await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' }, remoteAddress: '10.9.9.9' })).statusCode);
    expect(burst.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});

describe('registry: scoping, masking, reveal, versions', () => {
  it('a county clerk cannot read another county’s person, even by guessing ids; the city clerk can', async () => {
    const kaihuaPeople = (await kaihuaClerk.req('GET', '/api/v1/persons?pageSize=200')).json<{ items: Array<{ id: number; region: string }>; total: number }>();
    expect(kaihuaPeople.total).toBeGreaterThan(0);
    expect(new Set(kaihuaPeople.items.map((x) => x.region))).toEqual(new Set(['kaihua']));
    const target = kaihuaPeople.items[0]!.id;
    const denied = await kechengClerk.req('GET', `/api/v1/persons/${target}`);
    expect(denied.statusCode).toBe(404);
    expect(errorsOf(denied).error).toBe('未找到该人员（或无权查看）');
    // Guessing: every id from 1 to 60 answers only for 柯城 persons.
    for (let id = 1; id <= 60; id++) {
      const r = await kechengClerk.req('GET', `/api/v1/persons/${id}`);
      if (r.statusCode === 200) expect(r.json<{ region: string }>().region).toBe('kecheng');
      else expect(r.statusCode).toBe(404);
    }
    expect((await kechengClerk.req('GET', `/api/v1/persons/${target}/history`)).statusCode).toBe(404);
    expect((await kechengClerk.req('POST', `/api/v1/persons/${target}/reveal`, { field: 'idNumber', purpose: '核对' })).statusCode).toBe(404);
    expect((await cityClerk.req('GET', `/api/v1/persons/${target}`)).statusCode).toBe(200);
    expect((await talent.req('GET', `/api/v1/persons/${target}`)).statusCode).toBe(404);
    expect((await talent.req('GET', `/api/v1/persons/${talent.user.personId}`)).statusCode).toBe(200);
  });

  it('creates a person with validated fields, deduplicates by ID number, masks by default and audits every reveal', async () => {
    const bad = await kechengClerk.req('POST', '/api/v1/persons', { idNumber: '330802199001011234', name: '', region: 'mars', phone: '123' });
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad).errors).toEqual(
      expect.arrayContaining([
        { path: 'idNumber', message: '身份证号校验位不正确（请核对是否输错）' },
        { path: 'name', message: '请填写姓名（1–50 字）' },
        expect.objectContaining({ path: 'region' }),
        expect.objectContaining({ path: 'phone' }),
      ]),
    );
    const idNumber = idFor('330802', '19900512', '123');
    const created = await kechengClerk.req('POST', '/api/v1/persons', { idNumber, name: '测试人', region: 'kecheng', phone: '13905701234', education: [{ degree: 'phd', fullTime: true }] });
    expect(created.statusCode).toBe(201);
    const person = created.json<{ id: number; idNumber: string; phone: string; birthDate: string; sex: string }>();
    expect(person.idNumber).toBe(`330802********${idNumber.slice(-4)}`);
    expect(person.phone).toBe('139****1234');
    expect(person).toMatchObject({ birthDate: '1990-05-12', sex: 'male' });
    expect(created.body).not.toContain(idNumber);
    // Stored encrypted: the full number is nowhere in the row.
    const row = await h.p.db.selectFrom('persons').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(idNumber.slice(6, 14));
    const dup = await cityClerk.req('POST', '/api/v1/persons', { idNumber: idNumber.toLowerCase(), name: '重复', region: 'kecheng' });
    expect(dup.statusCode).toBe(409);
    expect(errorsOf(dup).error).toContain('已在人才库中');
    // Search by the full ID number finds the one record (through the keyed hash).
    const found = (await cityClerk.req('GET', `/api/v1/persons?q=${idNumber}`)).json<{ total: number; items: Array<{ id: number }> }>();
    expect(found).toMatchObject({ total: 1, items: [{ id: person.id }] });

    const before = (await verifyAudit(h.p.db)).rows;
    const noPurpose = await kechengClerk.req('POST', `/api/v1/persons/${person.id}/reveal`, { field: 'idNumber' });
    expect(errorsOf(noPurpose).errors[0]!.path).toBe('purpose');
    const revealed = await kechengClerk.req('POST', `/api/v1/persons/${person.id}/reveal`, { field: 'idNumber', purpose: '核对购房补助申请' });
    expect(revealed.json()).toEqual({ field: 'idNumber', value: idNumber });
    expect((await leader.req('POST', `/api/v1/persons/${person.id}/reveal`, { field: 'phone', purpose: '联系' })).statusCode).toBe(403);
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.reveal').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: kechengClerk.user.userId, entity_id: String(person.id), detail: { field: 'idNumber', purpose: '核对购房补助申请' } });
    expect((await verifyAudit(h.p.db)).rows).toBeGreaterThan(before);

    // Versioned edits: stale If-Match is refused, history keeps who / before / after (masked).
    const edit = await kechengClerk.req('PATCH', `/api/v1/persons/${person.id}`, { housing: { purchase: { date: '2024-05-01', price: '1200000', isFirst: true } }, reason: '补充购房备案' }, { 'if-match': '1' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ version: 2, housing: { hasPurchased: true, purchase: { priceFen: 120_000_000, priceText: '1,200,000 元' } } });
    const stale = await cityClerk.req('PATCH', `/api/v1/persons/${person.id}`, { name: '改名' }, { 'if-match': '1' });
    expect(stale.statusCode).toBe(409);
    const contradictory = await cityClerk.req('PATCH', `/api/v1/persons/${person.id}`, { housing: { hasPurchased: false, purchase: { date: '2024-05-01', price: 1, soldDate: '2020-01-01', sold: true } } });
    expect(errorsOf(contradictory).errors.map((e) => e.path)).toEqual(expect.arrayContaining(['housing.hasPurchased', 'housing.purchase.soldDate']));
    const history = (await cityClerk.req('GET', `/api/v1/persons/${person.id}/history`)).json<Array<{ version: number; changedBy: string; reason: string; before: unknown }>>();
    expect(history.map((x) => x.version)).toEqual([1, 2]);
    expect(history[1]).toMatchObject({ changedBy: '柯城区人才办经办人员', reason: '补充购房备案' });
    expect(JSON.stringify(history)).not.toContain(idNumber);
  });

  it('validates employers’ credit codes and refuses duplicates', async () => {
    const bad = await kechengClerk.req('POST', '/api/v1/employers', { uscc: '91330802MA00000001', name: '测试', region: 'kecheng', kind: '企业' });
    expect(errorsOf(bad).errors).toEqual([{ path: 'uscc', message: '统一社会信用代码校验位不正确（请核对是否输错）' }]);
    const code = usccFor(777);
    const ok = await kechengClerk.req('POST', '/api/v1/employers', { uscc: code, name: '测试科技有限公司', region: 'kecheng', kind: '企业', keyIndustry: true });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ uscc: code, kind: 'enterprise', kindLabel: '企业' });
    expect((await cityClerk.req('POST', '/api/v1/employers', { uscc: code, name: '另一家', region: 'kecheng', kind: 'enterprise' })).statusCode).toBe(409);
    expect((await kaihuaClerk.req('GET', `/api/v1/employers/${ok.json<{ id: number }>().id}`)).statusCode).toBe(404);
  });

  it('a county clerk cannot move an employer out of their county; a stale or malformed If-Match is refused', async () => {
    const created = await kechengClerk.req('POST', '/api/v1/employers', { uscc: usccFor(778), name: '迁移测试有限公司', region: 'kecheng', kind: 'enterprise' });
    const e = created.json<{ id: number; version: number }>();
    const away = await kechengClerk.req('PATCH', `/api/v1/employers/${e.id}`, { region: 'kaihua' });
    expect(away.statusCode).toBe(400);
    expect(errorsOf(away).errors).toEqual([{ path: 'region', message: '只能迁入本人管辖的地区' }]);
    expect((await kaihuaClerk.req('GET', `/api/v1/employers/${e.id}`)).statusCode).toBe(404);
    const stale = await kechengClerk.req('PATCH', `/api/v1/employers/${e.id}`, { name: '迁移测试科技有限公司' }, { 'if-match': String(e.version + 5) });
    expect(stale.statusCode).toBe(409);
    expect(errorsOf(stale).error).toContain('已被他人修改');
    expect(errorsOf(await kechengClerk.req('PATCH', `/api/v1/employers/${e.id}`, { name: 'x' }, { 'if-match': 'latest' })).errors[0]?.path).toBe('If-Match');
    const renamed = await kechengClerk.req('PATCH', `/api/v1/employers/${e.id}`, { name: '迁移测试科技有限公司' }, { 'if-match': `"${e.version}"` });
    expect(renamed.statusCode).toBe(200);
    // The city clerk's jurisdiction covers every county: the move is allowed there.
    const moved = await cityClerk.req('PATCH', `/api/v1/employers/${e.id}`, { region: 'kaihua' });
    expect(moved.json()).toMatchObject({ region: 'kaihua', version: e.version + 2 });
    expect((await kaihuaClerk.req('GET', `/api/v1/employers/${e.id}`)).statusCode).toBe(200);
  });
});

describe('收款账户: registered by the talent, HR or a clerk, masked everywhere, in full only in the audited finance export', () => {
  /** A 收款账户 change as the portals send it: with the record's version (If-Match) and a reason. */
  const accountChange = async (who: Client, url: string, body: Record<string, unknown>) => {
    const [, kind, id] = /\/api\/v1\/(persons|employers)\/(\d+)$/.exec(url)!;
    const row = kind === 'persons' ? await h.p.db.selectFrom('persons').select('version').where('id', '=', Number(id)).executeTakeFirst() : await h.p.db.selectFrom('employers').select('version').where('id', '=', Number(id)).executeTakeFirst();
    return who.req('PATCH', url, { reason: '本人提供银行卡（测试）', ...body }, { 'if-match': String(row?.version ?? 1) });
  };
  const spaced = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  const mask = (digits: string) => `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`;
  const TALENT_ACCOUNT = '6217856000123456789';
  const personRow = (id: number) => h.p.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('a talent sets their own account: only the masked form comes back, the database holds it encrypted, the history masked; bad input is a 400 naming the field', async () => {
    const me = talent.user.personId!;
    const url = `/api/v1/persons/${me}`;
    const short = await accountChange(talent, url, { bankName: '中国银行衢州分行', bankAccount: '6217 8560' });
    expect(short.statusCode).toBe(400);
    expect(errorsOf(short).errors).toEqual([{ path: 'bankAccount', message: '银行账号应为 12–30 位数字，收到 8 位' }]);
    expect(errorsOf(await accountChange(talent, url, { bankName: '中国银行衢州分行' })).errors).toEqual([{ path: 'bankAccount', message: '填写开户银行时须同时填写银行账号' }]);
    expect(errorsOf(await accountChange(talent, url, { bankAccount: TALENT_ACCOUNT, bankName: '' })).errors).toEqual([{ path: 'bankName', message: '填写银行账号时须同时填写开户银行' }]);
    expect(errorsOf(await accountChange(talent, url, { bankName: '中', bankAccount: '6217-8560-0012-3456' })).errors).toEqual([
      { path: 'bankName', message: '开户银行应为 2–40 个字（如“中国工商银行衢州分行”），收到 1 个字' },
      { path: 'bankAccount', message: '银行账号只能包含数字（可用空格分隔）' },
    ]);
    const asNumber = await accountChange(talent, url, { bankName: '中国银行衢州分行', bankAccount: 6217856000123456 });
    expect(asNumber.statusCode).toBe(400);
    expect(errorsOf(asNumber).errors.map((e) => e.path)).toEqual(['bankAccount']);
    // Nothing else on the record is the talent's to change.
    const rename = await accountChange(talent, url, { name: '改名', bankName: '中国银行衢州分行', bankAccount: TALENT_ACCOUNT });
    expect(rename.statusCode).toBe(403);
    expect(errorsOf(rename).error).toContain('只能登记或修改收款账户');
    expect((await personRow(me)).bank_account_enc).toBeNull();

    const set = await accountChange(talent, url, { bankName: ' 中国银行衢州分行 ', bankAccount: spaced(TALENT_ACCOUNT) });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ bankName: '中国银行衢州分行', bankAccountMasked: '6217***********6789' });
    const got = await talent.req('GET', url);
    expect(got.json()).toMatchObject({ bankName: '中国银行衢州分行', bankAccountMasked: mask(TALENT_ACCOUNT) });
    for (const body of [set.body, got.body]) {
      expect(body).not.toContain(TALENT_ACCOUNT);
      expect(body).not.toContain(TALENT_ACCOUNT.slice(4, -4));
    }
    // At rest: encrypted (the middle digits are nowhere in the row), and it decrypts to the number given.
    const row = await personRow(me);
    expect(JSON.stringify(row)).not.toContain(TALENT_ACCOUNT.slice(4, -4));
    expect(row.bank_account_masked).toBe(mask(TALENT_ACCOUNT));
    expect(h.p.vault.decrypt(row.bank_account_enc!)).toBe(TALENT_ACCOUNT);
    // Versioned like any other change, the snapshots masked.
    const history = (await talent.req('GET', `${url}/history`)).json<Array<{ before: { bankAccountMasked?: string | null }; after: { bankAccountMasked?: string | null; bankName?: string } }>>();
    expect(history.at(-1)).toMatchObject({ before: { bankAccountMasked: null }, after: { bankName: '中国银行衢州分行', bankAccountMasked: mask(TALENT_ACCOUNT) } });
    const versions = await h.p.db.selectFrom('record_versions').selectAll().where('entity', '=', 'person').where('entity_id', '=', me).execute();
    expect(JSON.stringify(versions)).not.toContain(TALENT_ACCOUNT.slice(4, -4));
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.update').where('entity_id', '=', String(me)).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: talent.user.userId, actor_role: 'talent', detail: { fields: ['bankName', 'bankAccount'] } });
    expect(JSON.stringify(audit)).not.toContain(TALENT_ACCOUNT.slice(4, -4));

    // Another person's record is out of the talent's scope: not found, as for reading it.
    const other = await h.p.db.selectFrom('persons').select('id').where('id', '!=', me).executeTakeFirstOrThrow();
    expect((await accountChange(talent, `/api/v1/persons/${other.id}`, { bankName: '中国银行衢州分行', bankAccount: TALENT_ACCOUNT })).statusCode).toBe(404);
    // The talent sees their employer's record, not its account.
    const employer = await talent.req('GET', `/api/v1/employers/${row.employer_id}`);
    expect(employer.statusCode).toBe(200);
    expect(employer.json()).not.toHaveProperty('bankAccountMasked');
  });

  it('a clerk sets or removes accounts within their region only (404 elsewhere); HR sets its organisation’s and never sees its staff’s', async () => {
    const me = talent.user.personId!;
    const denied = await accountChange(kaihuaClerk, `/api/v1/persons/${me}`, { bankName: '开化农商银行', bankAccount: '6230000011112222333' });
    expect(denied.statusCode).toBe(404);
    expect(errorsOf(denied).error).toBe('未找到该人员（或无权查看）');
    expect((await personRow(me)).bank_account_masked).toBe(mask(TALENT_ACCOUNT));
    expect((await accountChange(leader, `/api/v1/persons/${me}`, { bankName: '开化农商银行', bankAccount: '6230000011112222333' })).statusCode).toBe(403);
    const neighbour = (await kechengClerk.req('GET', '/api/v1/persons?pageSize=200')).json<{ items: Array<{ id: number }> }>().items.find((x) => x.id !== me)!;
    const byClerk = await accountChange(kechengClerk, `/api/v1/persons/${neighbour.id}`, { bankName: '衢州农商银行', bankAccount: '6230 0000 1111 2222 333', reason: '本人提供银行卡复印件' });
    expect(byClerk.json()).toMatchObject({ bankName: '衢州农商银行', bankAccountMasked: '6230***********2333' });
    const removed = await accountChange(kechengClerk, `/api/v1/persons/${neighbour.id}`, { bankName: null, bankAccount: null, reason: '银行卡已注销' });
    expect(removed.json()).toMatchObject({ bankName: null, bankAccountMasked: null });
    expect(await personRow(neighbour.id)).toMatchObject({ bank_name: null, bank_account_enc: null, bank_account_masked: null });

    const hr = await h.login('hr');
    const staffView = await hr.req('GET', `/api/v1/persons/${me}`);
    expect(staffView.statusCode).toBe(200); // the talent works for HR's organisation
    expect(staffView.json()).not.toHaveProperty('bankAccountMasked');
    expect(staffView.body).not.toContain(mask(TALENT_ACCOUNT));
    expect((await hr.req('GET', `/api/v1/persons/${me}/history`)).body).not.toContain(mask(TALENT_ACCOUNT));
    expect((await accountChange(hr, `/api/v1/persons/${me}`, { bankName: '中国银行衢州分行', bankAccount: TALENT_ACCOUNT })).statusCode).toBe(403);

    const org = `/api/v1/employers/${hr.user.employerId}`;
    const corporate = '33050161234500001234';
    const orgSet = await accountChange(hr, org, { bankName: '中国建设银行衢州分行', bankAccount: spaced(corporate) });
    expect(orgSet.statusCode).toBe(200);
    expect(orgSet.json()).toMatchObject({ bankName: '中国建设银行衢州分行', bankAccountMasked: mask(corporate) });
    expect(orgSet.body).not.toContain(corporate);
    expect((await hr.req('GET', org)).json()).toMatchObject({ bankAccountMasked: mask(corporate) });
    const erow = await h.p.db.selectFrom('employers').selectAll().where('id', '=', hr.user.employerId!).executeTakeFirstOrThrow();
    expect(JSON.stringify(erow)).not.toContain(corporate.slice(4, -4));
    expect(h.p.vault.decrypt(erow.bank_account_enc!)).toBe(corporate);
    const eversions = await h.p.db.selectFrom('record_versions').selectAll().where('entity', '=', 'employer').where('entity_id', '=', hr.user.employerId!).execute();
    expect(JSON.stringify(eversions)).toContain(mask(corporate));
    expect(JSON.stringify(eversions)).not.toContain(corporate.slice(4, -4));
    expect(errorsOf(await hr.req('PATCH', org, { name: '改名有限公司' })).error).toContain('只能登记或修改本单位的收款账户');
    const otherOrg = await h.p.db.selectFrom('employers').select('id').where('id', '!=', hr.user.employerId!).executeTakeFirstOrThrow();
    expect((await accountChange(hr, `/api/v1/employers/${otherOrg.id}`, { bankName: '中国建设银行衢州分行', bankAccount: corporate })).statusCode).toBe(404);
    expect((await accountChange(kaihuaClerk, org, { bankName: '开化农商银行', bankAccount: corporate })).statusCode).toBe(404);
    expect(errorsOf(await accountChange(hr, org, { bankName: '中国建设银行衢州分行', bankAccount: '3305 0161 2345' + 'x' })).errors).toEqual([{ path: 'bankAccount', message: '银行账号只能包含数字（可用空格分隔）' }]);
  });

  it('holds back payees without an account, exports the full number for the others (“（未登记收款账户）” if one was removed since), audits the reveal, and keeps the JSON view masked', async () => {
    const region = 'changshan';
    const [a, b, d] = (await h.p.db.selectFrom('persons').select(['id', 'name']).where('region', '=', region).orderBy('id').limit(3).execute()) as Array<{ id: number; name: string }> as [{ id: number; name: string }, { id: number; name: string }, { id: number; name: string }];
    const e = await h.p.db.selectFrom('employers').select(['id', 'name']).where('region', '=', region).orderBy('id').executeTakeFirstOrThrow();
    const accountA = '6228480012345678901';
    const accountE = '33001621234567890123';
    expect((await accountChange(cityClerk, `/api/v1/persons/${a.id}`, { bankName: '中国农业银行衢州分行', bankAccount: accountA })).statusCode).toBe(200);
    expect((await accountChange(cityClerk, `/api/v1/persons/${b.id}`, { bankName: null, bankAccount: null })).json()).toMatchObject({ bankAccountMasked: null });
    expect((await accountChange(cityClerk, `/api/v1/employers/${e.id}`, { bankName: '衢州农商银行', bankAccount: accountE })).statusCode).toBe(200);
    expect((await accountChange(cityClerk, `/api/v1/persons/${d.id}`, { bankName: '中国银行衢州分行', bankAccount: '6216610000012345' })).statusCode).toBe(200);
    // Four due grants: to person A (account), person B (none), person D (account, removed after batching) and the employer (account).
    const grant = (key: string, personId: number | null, employerId: number | null) =>
      h.p.db.insertInto('ledger').values({ kind: 'grant', person_id: personId, employer_id: employerId, region, rule: 'art19.7', benefit: '收款账户测试', clause: '衢委发〔2020〕7号第19条', payer: 'city_finance', year: 2026, due_on: '2026-11-01', amount_fen: 100_000, city_fen: 100_000, county_fen: 0, unit_fen: 0, instalment_key: key, idempotency_key: `grant:${key}` }).execute();
    await grant('bank-test:a', a.id, null);
    await grant('bank-test:b', b.id, null);
    await grant('bank-test:e', null, e.id);
    await grant('bank-test:d', d.id, null);
    const created = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'bank-test-changshan-1' });
    expect(created.statusCode).toBe(201);
    const batch = created.json<{ id: number; items: number; heldBack: { items: number; totalFen: number } }>();
    // B's line is held back (the bank could not pay it, and one failed line blocks the whole batch).
    expect(batch.heldBack.items).toBeGreaterThanOrEqual(1);
    expect(batch.heldBack.totalFen).toBeGreaterThanOrEqual(100_000);
    const batchKeys = (await h.p.db.selectFrom('batch_items').select('instalment_key').where('batch_id', '=', batch.id).execute()).map((x) => x.instalment_key);
    expect(batchKeys).toEqual(expect.arrayContaining(['bank-test:a', 'bank-test:e', 'bank-test:d']));
    expect(batchKeys).not.toContain('bank-test:b');
    // D removes the account after the batch was made: the export says so rather than inventing one.
    expect((await accountChange(cityClerk, `/api/v1/persons/${d.id}`, { bankName: null, bankAccount: null })).statusCode).toBe(200);

    const auditBefore = (await verifyAudit(h.p.db)).rows;
    const xlsx = await cityClerk.req('GET', `/api/v1/payment-batches/${batch.id}/export`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThan(0);
      return i;
    };
    // The first 13 columns are where they were (the bank's result file and the CLI read them so).
    expect(header.slice(1, 14)).toEqual(['兑付键', '收款人', '证件号（脱敏）', '待遇', '条款', '资金来源', '到期日', '金额（元）', '市级（元）', '县级（元）', '单位（元）', '结果（成功/失败）', '银行流水号']);
    const lines = new Map<string, { holder: unknown; bank: unknown; account: unknown }>();
    const notes: string[] = [];
    ws.eachRow((r, n) => {
      const key = String(r.getCell(col('兑付键')).value ?? '');
      if (n > 1 && key && !key.startsWith('合计')) lines.set(key, { holder: r.getCell(col('户名')).value, bank: r.getCell(col('开户银行')).value, account: r.getCell(col('收款账号')).value });
      else if (n > 1 && !key && r.getCell(2).value) notes.push(String(r.getCell(2).value));
    });
    expect(lines.size).toBe(batch.items);
    expect(lines.get('bank-test:a')).toEqual({ holder: a.name, bank: '中国农业银行衢州分行', account: accountA }); // a string: all 19 digits, not 6.22848E+18
    expect(lines.has('bank-test:b')).toBe(false);
    expect(lines.get('bank-test:d')).toEqual({ holder: d.name, bank: '', account: '（未登记收款账户）' });
    expect(lines.get('bank-test:e')).toEqual({ holder: e.name, bank: '衢州农商银行', account: accountE });
    const missing = [...lines.values()].filter((l) => l.account === '（未登记收款账户）').length;
    expect(missing).toBeGreaterThanOrEqual(1);
    expect(notes).toEqual([expect.stringMatching(new RegExp(`^${missing} 笔缺少收款账户`))]);

    // The export is audited as a reveal of the full numbers, in the chain.
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'batch.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: cityClerk.user.userId, entity: 'batch', entity_id: String(batch.id), region, detail: { revealed: 'bankAccount', lines: batch.items, withAccount: batch.items - missing, missingAccount: missing } });
    expect(await verifyAudit(h.p.db)).toMatchObject({ ok: true, rows: auditBefore + 1 });

    // The JSON view of the batch shows the masked numbers only.
    const view = await cityClerk.req('GET', `/api/v1/payment-batches/${batch.id}`);
    expect(view.body).not.toContain(accountA);
    expect(view.body).not.toContain(accountE);
    const v = view.json<{ missingAccounts: number; lines: Array<{ instalmentKey: string; bankName: string | null; bankAccountMasked: string | null }> }>();
    expect(v.missingAccounts).toBe(missing);
    expect(v.lines.find((l) => l.instalmentKey === 'bank-test:a')).toMatchObject({ bankName: '中国农业银行衢州分行', bankAccountMasked: mask(accountA) });
    expect(v.lines.find((l) => l.instalmentKey === 'bank-test:d')).toMatchObject({ bankName: null, bankAccountMasked: null });
    expect(v.lines.find((l) => l.instalmentKey === 'bank-test:e')).toMatchObject({ bankAccountMasked: mask(accountE) });
    expect((await kaihuaClerk.req('GET', `/api/v1/payment-batches/${batch.id}/export`)).statusCode).toBe(404);

    // The bank's result file, made from this export (new columns, note row and all), books the batch as before.
    ws.eachRow((r, n) => {
      const key = String(r.getCell(col('兑付键')).value ?? '');
      if (n > 1 && key && !key.startsWith('合计')) r.getCell(col('结果（成功/失败）')).value = '成功';
    });
    const paid = await cityClerk.req('POST', `/api/v1/payment-batches/${batch.id}/result`, multipart({}, { name: 'bank.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }));
    expect(paid.json()).toMatchObject({ paid: batch.items, alreadyPaid: false, batch: { state: 'paid' } });

    // Once B registers an account, the held-back line goes into the next batch.
    expect((await accountChange(cityClerk, `/api/v1/persons/${b.id}`, { bankName: '中国建设银行衢州分行', bankAccount: '6217000012345678' })).statusCode).toBe(200);
    const next = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'bank-test-changshan-2' });
    expect(next.statusCode).toBe(201);
    const nextKeys = (await h.p.db.selectFrom('batch_items').select('instalment_key').where('batch_id', '=', next.json<{ id: number }>().id).execute()).map((x) => x.instalment_key);
    expect(nextKeys).toContain('bank-test:b');
  });

  it('refuses a batch when every due payee lacks an account, saying how many and what to do', async () => {
    const region = 'longyou';
    const person = await h.p.db.selectFrom('persons').select('id').where('region', '=', region).orderBy('id').executeTakeFirstOrThrow();
    expect((await accountChange(cityClerk, `/api/v1/persons/${person.id}`, { bankName: null, bankAccount: null })).statusCode).toBe(200);
    // Whatever else is due in the region goes into a first batch; then only the account-less line is left.
    await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'held-back-longyou-0' });
    await h.p.db.insertInto('ledger').values({ kind: 'grant', person_id: person.id, employer_id: null, region, rule: 'art19.7', benefit: '收款账户测试', clause: '衢委发〔2020〕7号第19条', payer: 'city_finance', year: 2026, due_on: '2026-11-01', amount_fen: 50_000, city_fen: 50_000, county_fen: 0, unit_fen: 0, instalment_key: 'held-back:longyou', idempotency_key: 'grant:held-back:longyou' }).execute();
    const refused = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': 'held-back-longyou-1' });
    expect(refused.statusCode).toBe(409);
    expect(errorsOf(refused).error).toMatch(/^龙游县有 1 笔到期款项，但收款人均未登记收款账户/);
  });
});

describe('Excel import with a row report', () => {
  it('puts good rows in, leaves bad rows out, and names row, column and reason', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人才');
    ws.addRow(['身份证号', '姓名', '手机号', '地区', '单位统一社会信用代码', '最高学历', '全日制', '入职日期', '岗位', '人才资格']);
    const good1 = idFor('330802', '19880101', '201');
    const good2 = idFor('330802', '19920202', '202');
    ws.addRow([good1, '导入甲', '13800000001', '柯城区', '', '博士', '是', '2024-03-01', '教师', '全日制博士']); // row 2 ok
    ws.addRow(['330802198801012011', '导入乙', '', '柯城区', '', '', '', '', '', '']); // row 3 bad check digit
    ws.addRow([good2, '导入丙', '', '柯城区', '', '硕士', '是', '', '', '']); // row 4 ok
    ws.addRow([idFor('330802', '19930303', '203'), '导入丁', '', '开化县', '', '', '', '', '', '']); // row 5 other county
    ws.addRow([good1, '导入甲重复', '', '柯城区', '', '', '', '', '', '']); // row 6 duplicate of row 2
    ws.addRow([idFor('330802', '19940404', '204'), '导入戊', '', '柯城区', '', '研究生', '也许', '2024-02-30', '', '不存在的资格']); // row 7 several
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const count = async () => Number((await h.p.db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const res = await kechengClerk.req('POST', '/api/v1/import/persons', multipart({}, { name: '人才.xlsx', content: buf }));
    expect(res.statusCode).toBe(200);
    const r = res.json<{ total: number; inserted: number; rejected: number; errors: Array<{ row: number; column: string; message: string }> }>();
    expect(r).toMatchObject({ total: 6, inserted: 2, rejected: 4 });
    expect(await count()).toBe(before + 2);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: '身份证号', message: '身份证号校验位不正确（请核对是否输错）' },
        { row: 5, column: '地区', message: '只能在本地区建档' },
        expect.objectContaining({ row: 6, column: '身份证号', message: expect.stringContaining('已在人才库中') }),
        { row: 7, column: '全日制', message: '应为“是”或“否”' },
        { row: 7, column: '最高学历', message: '应为 博士、硕士、本科、专科 之一' },
      ]),
    );
    expect(r.errors.filter((e) => e.row === 2 || e.row === 4)).toEqual([]);
    const notXlsx = await kechengClerk.req('POST', '/api/v1/import/persons', multipart({}, { name: 'x.xlsx', content: Buffer.from('not a workbook') }));
    expect(notXlsx.statusCode).toBe(400);
    expect(errorsOf(notXlsx).errors[0]).toEqual({ path: 'file', message: '不是有效的 Excel（.xlsx）文件' });
    // CSV works the same way; export is masked.
    const csv = `统一社会信用代码,单位名称,地区,单位类型\n${usccFor(4242)},导入企业,柯城区,企业\n123,坏企业,柯城区,企业\n`;
    const er = (await kechengClerk.req('POST', '/api/v1/import/employers', multipart({}, { name: 'e.csv', content: Buffer.from(csv) }))).json<{ inserted: number; errors: unknown[] }>();
    expect(er).toMatchObject({ inserted: 1, errors: [{ row: 3, column: '统一社会信用代码', message: '统一社会信用代码应为 18 位，收到 3 位' }] });
    const exp = await kechengClerk.req('GET', '/api/v1/export/persons?format=csv');
    expect(exp.body).toContain('导入甲');
    expect(exp.body).not.toContain(good1);
    expect(exp.body).toContain(`330802********${good1.slice(-4)}`);
  });

  it('imports 收款账户 columns (text only: a long number typed as a number is refused, not rounded) and exports them masked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人才');
    ws.addRow(['身份证号', '姓名', '地区', '开户银行', '银行账号']);
    const ok = idFor('330802', '19850505', '301');
    ws.addRow([ok, '账户甲', '柯城区', '衢州农商银行', '6230 9100 0000 1234 567']); // row 2 ok (text)
    ws.addRow([idFor('330802', '19850606', '302'), '账户乙', '柯城区', '衢州农商银行', Number('6230910000001234567')]); // row 3 a number: digits lost
    ws.addRow([idFor('330802', '19850707', '303'), '账户丙', '柯城区', '衢州农商银行', '6230-9100-AB']); // row 4 not digits
    ws.addRow([idFor('330802', '19850808', '304'), '账户丁', '柯城区', '衢州农商银行', '']); // row 5 bank without a number
    const res = await kechengClerk.req('POST', '/api/v1/import/persons', multipart({}, { name: '账户.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }));
    const r = res.json<{ inserted: number; rejected: number; ids: number[]; errors: Array<{ row: number; column: string; message: string }> }>();
    expect(r).toMatchObject({ inserted: 1, rejected: 3 });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '银行账号'],
      [4, '银行账号'],
      [5, '银行账号'],
    ]);
    expect(r.errors[0]!.message).toContain('文本');
    const person = (await kechengClerk.req('GET', `/api/v1/persons/${r.ids[0]}`)).json<{ bankName: string; bankAccountMasked: string }>();
    expect(person).toMatchObject({ bankName: '衢州农商银行', bankAccountMasked: '6230***********4567' });
    const exp = await kechengClerk.req('GET', '/api/v1/export/persons?format=csv');
    expect(exp.body).toContain('6230***********4567');
    expect(exp.body).not.toContain('6230910000001234567');
  });
});

describe('the one-stop journey: apply → return once → accept → joint review → approve → pay', () => {
  it('follows the talent’s allowance from submission to payment, with deadlines, receipts and messages', async () => {
    const mine = (await talent.req('GET', '/api/v1/applications')).json<{ items: Array<{ id: number; state: string; matter: string; dueOn: string }> }>();
    const app = mine.items.find((a) => a.matter === 'talent_allowance' && a.state === 'submitted')!;
    expect(app).toBeTruthy();
    // Submitted 2026-11-23 (Monday): 10 working days → 2026-12-07.
    expect(app.dueOn).toBe('2026-12-07');
    expect((await kaihuaClerk.req('GET', `/api/v1/applications/${app.id}`)).statusCode).toBe(404);
    const id = app.id;
    const badReturn = await cityClerk.req('POST', `/api/v1/applications/${id}/return`, { missing: [] });
    expect(errorsOf(badReturn).errors[0]!.path).toBe('missing');
    const returned = await cityClerk.req('POST', `/api/v1/applications/${id}/return`, { missing: ['labour_contract', 'degree_certificate'], reason: '合同页不清晰' });
    expect(returned.json()).toMatchObject({ state: 'returned', missing: ['labour_contract', 'degree_certificate'] });
    expect((await talent.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text).toContain('请补正：劳动（聘用）合同及社保缴纳证明、学历学位证书');
    const exe = await talent.req('POST', `/api/v1/applications/${id}/files`, multipart({ material: 'labour_contract' }, { name: 'contract.pdf', content: Buffer.from('MZ\x90 not a pdf') }));
    expect(exe.statusCode).toBe(400);
    expect(errorsOf(exe).errors[0]!.message).toContain('只接受 PDF、JPEG、PNG');
    const up = await talent.req('POST', `/api/v1/applications/${id}/files`, multipart({ material: 'labour_contract' }, { name: 'contract.pdf', content: PDF }));
    expect(up.statusCode).toBe(201);
    const sha = up.json<{ sha256: string }>().sha256;
    expect((await kaihuaClerk.req('GET', `/api/v1/applications/${id}/files/${sha}`)).statusCode).toBe(404);
    expect((await cityClerk.req('GET', `/api/v1/applications/${id}/files/${sha}`)).body).toBe(PDF.toString());
    const resubmitted = await talent.req('POST', `/api/v1/applications/${id}/submit`);
    expect(resubmitted.json()).toMatchObject({ state: 'submitted', returnCount: 1 });
    const again = await cityClerk.req('POST', `/api/v1/applications/${id}/return`, { missing: ['labour_contract'] });
    expect(again.statusCode).toBe(409);
    expect(errorsOf(again).error).toContain('一次性告知');
    expect((await talent.req('POST', `/api/v1/applications/${id}/accept`)).statusCode).toBe(403);
    const accepted = await cityClerk.req('POST', `/api/v1/applications/${id}/accept`);
    expect(accepted.json()).toMatchObject({ state: 'reviewing', reviews: [{ department: 'talent_office', decision: null }, { department: 'finance', decision: null }] });
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/approve`)).statusCode).toBe(409); // reviews pending
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(409);
    const finance = await h.login('review_finance');
    expect(errorsOf(await finance.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'reject' })).errors[0]!.path).toBe('reason');
    expect((await finance.req('GET', '/api/v1/applications?awaitingMyReview=true&pageSize=100')).json<{ items: Array<{ id: number }> }>().items.map((a) => a.id)).toContain(id);
    expect((await finance.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve', reason: '资金已列入预算' })).statusCode).toBe(200);
    // The finance reviewer's own queue: applications whose finance review is still open.
    const owed = (await finance.req('GET', '/api/v1/applications?awaitingMyReview=true&pageSize=100')).json<{ items: Array<{ id: number; state: string }> }>();
    expect(owed.items.map((a) => a.id)).not.toContain(id); // finance has just decided this one
    for (const a of owed.items) expect(a.state).toBe('reviewing');
    const housing = await h.login('review_housing');
    expect((await housing.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(404); // not routed to housing: not theirs to see
    const comp = (await cityClerk.req('GET', `/api/v1/applications/${id}/computation`)).json<{ computedFen: number; entitlements: Array<{ rule: string; explanation: unknown }> }>();
    expect(comp.computedFen).toBeGreaterThan(0);
    expect(comp.entitlements.map((e) => e.rule)).toEqual(['art19.7']);
    const tooMuch = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`, { amountFen: comp.computedFen + 1, reason: '多给一点' });
    expect(errorsOf(tooMuch).errors[0]!.path).toBe('amountFen');
    const approved = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`);
    const detail = approved.json<{ state: string; amountFen: number; decision: { computedFen: number; approvedFen: number; factsHash: string; policies: Array<{ id: string; version: string }> } }>();
    expect(detail.state).toBe('scheduled');
    expect(detail.amountFen).toBe(comp.computedFen);
    expect(detail.decision).toMatchObject({ computedFen: comp.computedFen, approvedFen: comp.computedFen, factsHash: expect.stringMatching(/^[0-9a-f]{64}$/), policies: [{ id: 'quzhou-2020', version: expect.stringMatching(/^[0-9a-f]{16}$/) }] });

    const ledger = (await talent.req('GET', `/api/v1/ledger?applicationId=${id}`)).json<{ lines: Array<{ kind: string; amountFen: number; cityFen: number; countyFen: number; instalmentKey: string; dueOn: string }>; balance: { grantedFen: number; paidFen: number } }>();
    expect(ledger.balance).toMatchObject({ grantedFen: comp.computedFen, paidFen: 0 });
    for (const l of ledger.lines) expect(l.cityFen + l.countyFen).toBe(l.amountFen);

    const region = talent.user.region;
    const batch = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': `test-batch-${region}-1` });
    expect(batch.statusCode).toBe(201);
    const b = batch.json<{ id: number; items: number; totalFen: number }>();
    const retry = await cityClerk.req('POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': `test-batch-${region}-1` });
    expect(retry.json<{ id: number }>().id).toBe(b.id);
    const xlsx = await cityClerk.req('GET', `/api/v1/payment-batches/${b.id}/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const keys: string[] = [];
    ws.eachRow((r, n) => {
      const k = String(r.getCell(1).value ?? '');
      if (n > 1 && k.startsWith('app')) {
        keys.push(k);
        r.getCell(12).value = '成功';
      }
    });
    expect(keys.length).toBe(b.items);
    // A failed line means nothing is booked.
    ws.getRow(2).getCell(12).value = '失败';
    const failed = await cityClerk.req('POST', `/api/v1/payment-batches/${b.id}/result`, multipart({}, { name: 'bank.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }));
    expect(failed.statusCode).toBe(400);
    expect((await h.p.db.selectFrom('ledger').select('id').where('batch_id', '=', b.id).execute()).length).toBe(0);
    ws.getRow(2).getCell(12).value = '成功';
    const paid = await cityClerk.req('POST', `/api/v1/payment-batches/${b.id}/result`, multipart({}, { name: 'bank.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }));
    expect(paid.json()).toMatchObject({ paid: b.items, alreadyPaid: false, batch: { state: 'paid' } });
    const twice = await cityClerk.req('POST', `/api/v1/payment-batches/${b.id}/result`, multipart({}, { name: 'bank.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) }));
    expect(twice.json()).toMatchObject({ paid: 0, alreadyPaid: true });
    const after = (await talent.req('GET', `/api/v1/applications/${id}`)).json<{ state: string; events: Array<{ action: string }> }>();
    expect(after.state).toBe('paid');
    expect(after.events.map((e) => e.action)).toEqual(expect.arrayContaining(['submit', 'return', 'resubmit', 'accept', 'review.approve', 'approve', 'schedule', 'pay']));
    const myLedger = (await talent.req('GET', '/api/v1/ledger')).json<{ balance: { paidFen: number } }>();
    expect(myLedger.balance.paidFen).toBeGreaterThanOrEqual(comp.computedFen);
    expect((await talent.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text).toContain('已兑付到账');
    expect(await verifyAudit(h.p.db)).toMatchObject({ ok: true });
  });

  it('an adjusted amount needs a reason and a second approver; rejections need reasons; stale steps are 409', async () => {
    const list = (await cityClerk.req('GET', '/api/v1/applications?state=reviewing')).json<{ items: Array<{ id: number; matter: string }> }>();
    const id = list.items.find((a) => a.matter === 'talent_allowance')!.id;
    for (const u of ['clerk_city', 'review_finance']) {
      const c = u === 'clerk_city' ? cityClerk : await h.login(u);
      await c.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' });
    }
    const comp = (await cityClerk.req('GET', `/api/v1/applications/${id}/computation`)).json<{ computedFen: number }>();
    if (comp.computedFen === 0) return; // nothing to adjust for this synthetic person
    const noReason = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`, { amountFen: comp.computedFen - 100 });
    expect(errorsOf(noReason).errors[0]!.path).toBe('reason');
    const adjusted = await cityClerk.req('POST', `/api/v1/applications/${id}/approve`, { amountFen: comp.computedFen - 100, reason: '本人申请少领一元（测试）' });
    expect(adjusted.json()).toMatchObject({ state: 'reviewing', decision: { approvedFen: comp.computedFen - 100, secondApproved: false } });
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/confirm-adjustment`)).statusCode).toBe(403);
    const confirmed = await leader.req('POST', `/api/v1/applications/${id}/confirm-adjustment`);
    expect(confirmed.json()).toMatchObject({ state: 'scheduled', amountFen: comp.computedFen - 100, decision: { secondApproved: true } });
    expect((await leader.req('POST', `/api/v1/applications/${id}/confirm-adjustment`)).statusCode).toBe(409);
    const ledger = (await cityClerk.req('GET', `/api/v1/ledger?applicationId=${id}`)).json<{ balance: { grantedFen: number } }>();
    expect(ledger.balance.grantedFen).toBe(comp.computedFen - 100);
    expect(errorsOf(await cityClerk.req('POST', `/api/v1/applications/${id}/reject`, {})).errors[0]!.path).toBe('reason');
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/reject`, { reason: '太晚了' })).statusCode).toBe(409);
  });

  it('lists the queue by deadline, flags overdue applications and escalates them to leaders', async () => {
    const q = (await cityClerk.req('GET', '/api/v1/applications?pageSize=50')).json<{ items: Array<{ dueOn: string | null }>; total: number }>();
    const dues = q.items.map((a) => a.dueOn ?? '9999');
    expect([...dues].sort()).toEqual(dues);
    const late = (await cityClerk.req('GET', '/api/v1/applications?state=submitted')).json<{ items: Array<{ id: number }> }>().items[0]!;
    await h.p.db.updateTable('applications').set({ submitted_on: '2026-10-09', due_on: '2026-10-23' }).where('id', '=', late.id).execute();
    const overdue = (await cityClerk.req('GET', '/api/v1/applications?overdue=true')).json<{ items: Array<{ id: number; overdue: boolean; workdaysLeft: number }> }>();
    expect(overdue.items.find((a) => a.id === late.id)).toMatchObject({ overdue: true, workdaysLeft: -21 });
    expect((await cityClerk.req('POST', '/api/v1/admin/overdue')).statusCode).toBe(403);
    expect((await leader.req('POST', '/api/v1/admin/overdue')).json<{ flagged: number }>().flagged).toBeGreaterThanOrEqual(1);
    expect((await leader.req('POST', '/api/v1/admin/overdue')).json()).toEqual({ flagged: 0 });
    expect((await leader.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>().some((m) => m.text.includes(`#${late.id}`) && m.text.includes('督办'))).toBe(true);
    expect((await cityClerk.req('GET', '/api/v1/applications?state=bogus')).statusCode).toBe(400);
    expect((await cityClerk.req('GET', '/api/v1/applications?pageSize=1000')).statusCode).toBe(400);
  });
});

describe('tier recognition', () => {
  it('the engine reads recognised qualifications only: declared ones count after a recognition is approved', async () => {
    const idNumber = idFor('330802', '19870707', '321');
    const emp = (await kechengClerk.req('GET', '/api/v1/employers')).json<{ items: Array<{ id: number }> }>().items[0]!;
    const created = await kechengClerk.req('POST', '/api/v1/persons', {
      idNumber,
      name: '认定测试',
      region: 'kecheng',
      employerId: emp.id,
      qualifications: ['全日制博士'],
      education: [{ degree: 'phd', fullTime: true }],
      employment: [{ employerId: emp.id, region: 'kecheng', fullTime: true, start: '2025-01-06', post: 'other' }],
    });
    const person = created.json<{ id: number; qualifications: Array<{ code: string; name: string }> }>();
    expect(person.qualifications).toEqual([{ code: 'phd_fulltime', name: '全日制博士研究生' }]);
    const allowance = (await kechengClerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: person.id })).json<{ id: number }>();
    const before = (await kechengClerk.req('GET', `/api/v1/applications/${allowance.id}/computation`)).json<{ computedFen: number; profile: { person: { qualifications: unknown[] } } }>();
    expect(before.profile.person.qualifications).toEqual([]);
    expect(before.computedFen).toBe(0);

    const rec = await kechengClerk.req('POST', '/api/v1/applications', { matter: 'tier_recognition', personId: person.id, data: { qualifications: ['phd_fulltime'], tierArt19: 9, validUntil: 'soon' } });
    expect(errorsOf(rec).errors).toEqual([
      { path: 'data.validUntil', message: '认定有效期至应为 YYYY-MM-DD' },
      { path: 'data.tierArt19', message: '层次应为 1–8 的整数' },
    ]);
    const recApp = (await kechengClerk.req('POST', '/api/v1/applications', { matter: 'tier_recognition', personId: person.id, data: { qualifications: ['全日制博士'] } })).json<{ id: number }>();
    await kechengClerk.req('POST', `/api/v1/applications/${recApp.id}/files`, multipart({ material: 'qualification_evidence' }, { name: 'phd.pdf', content: PDF }));
    expect((await kechengClerk.req('POST', `/api/v1/applications/${recApp.id}/submit`)).json()).toMatchObject({ state: 'submitted' });
    await kechengClerk.req('POST', `/api/v1/applications/${recApp.id}/accept`);
    await kechengClerk.req('POST', `/api/v1/applications/${recApp.id}/reviews`, { decision: 'approve' });
    await (await h.login('review_hrss')).req('POST', `/api/v1/applications/${recApp.id}/reviews`, { decision: 'approve' });
    expect((await kechengClerk.req('POST', `/api/v1/applications/${recApp.id}/approve`)).json()).toMatchObject({ state: 'approved' });
    const recognised = (await kechengClerk.req('GET', `/api/v1/persons/${person.id}`)).json<{ recognitions: Array<{ qualifications: Array<{ code: string }>; applicationId: number; validTo: string | null }> }>();
    expect(recognised.recognitions).toEqual([expect.objectContaining({ qualifications: [{ code: 'phd_fulltime', name: '全日制博士研究生' }], applicationId: recApp.id, validTo: null })]);
    const after = (await kechengClerk.req('GET', `/api/v1/applications/${allowance.id}/computation`)).json<{ computedFen: number; entitlements: Array<{ rule: string }> }>();
    expect(after.entitlements.map((e) => e.rule)).toEqual(['art19.7']);
    expect(after.computedFen).toBeGreaterThan(0);
  });
});

describe('an employer’s application: the salary subsidy', () => {
  it('a clerk revokes a recognition from a date: the rules stop reading it, the record keeps who, when and why; others cannot', async () => {
    // A 柯城 person (not the demo talent) whose recognised qualification gives an allowance today.
    const talentPerson = talent.user.personId;
    const recs = await h.p.db.selectFrom('recognitions').innerJoin('persons', 'persons.id', 'recognitions.person_id').select(['recognitions.id', 'recognitions.person_id', 'recognitions.valid_from', 'persons.employer_id']).where('persons.region', '=', 'kecheng').where('recognitions.person_id', '!=', talentPerson ?? -1).orderBy('recognitions.id').execute();
    let target: { id: number; person_id: number; valid_from: string } | undefined;
    let appId = 0;
    let before = 0;
    for (const r of recs) {
      // Full-time here since 2022, so that completed allowance years are due (the allowance is due per completed year).
      if (r.employer_id) await kechengClerk.req('PATCH', `/api/v1/persons/${r.person_id}`, { employment: [{ employerId: r.employer_id, region: 'kecheng', fullTime: true, start: '2022-01-10', post: 'other' }] });
      const draft = await kechengClerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: r.person_id });
      if (draft.statusCode !== 201) continue;
      const id = draft.json<{ id: number }>().id;
      const fen = (await kechengClerk.req('GET', `/api/v1/applications/${id}/computation`)).json<{ computedFen: number }>().computedFen;
      if (fen > 0) {
        target = r;
        appId = id;
        before = fen;
        break;
      }
    }
    expect(target, 'a recognised 柯城 person with an allowance').toBeDefined();
    const url = `/api/v1/recognitions/${target!.id}/revoke`;
    expect(errorsOf(await kechengClerk.req('POST', url, { reason: '离开' })).errors[0]?.path).toBe('reason');
    expect(errorsOf(await kechengClerk.req('POST', url, { reason: '已调离衢州工作', effectiveOn: '2099-01-01' })).errors[0]?.message).toMatch(/不能晚于今天/);
    expect(errorsOf(await kechengClerk.req('POST', url, { reason: '已调离衢州工作', effectiveOn: '2000-01-01' })).errors[0]?.message).toMatch(/不能早于认定生效日期/);
    expect((await kaihuaClerk.req('POST', url, { reason: '已调离衢州工作' })).statusCode).toBe(404);
    expect((await talent.req('POST', url, { reason: '已调离衢州工作' })).statusCode).toBe(403);

    const revoked = await kechengClerk.req('POST', url, { reason: '已调离衢州工作' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: target!.id, revokedOn: '2026-11-23', revokeReason: '已调离衢州工作' });
    expect((await kechengClerk.req('POST', url, { reason: '已调离衢州工作' })).statusCode).toBe(409);
    // From the revocation date on, the rules no longer read it: the same draft now computes nothing.
    const after = (await kechengClerk.req('GET', `/api/v1/applications/${appId}/computation`)).json<{ computedFen: number }>();
    expect(before).toBeGreaterThan(0);
    expect(after.computedFen).toBe(0);
    const person = (await kechengClerk.req('GET', `/api/v1/persons/${target!.person_id}`)).json<{ recognitions: Array<{ id: number; revokedOn: string | null; revokeReason: string | null }> }>();
    expect(person.recognitions.find((r) => r.id === target!.id)).toMatchObject({ revokedOn: '2026-11-23', revokeReason: '已调离衢州工作' });
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'recognition.revoke').where('entity_id', '=', String(target!.id)).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: kechengClerk.user.userId, region: 'kecheng', detail: { effectiveOn: '2026-11-23', reason: '已调离衢州工作' } });
    const msg = await h.p.db.selectFrom('messages').select('text').where('person_id', '=', target!.person_id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(msg.text).toContain('撤销');
  });

  it('HR applies for work-station funding with the station’s facts: checked against the fact catalogue, named data.*, and the rules give 100万 + 30万 per further academician', async () => {
    const hr = await h.login('hr');
    expect((await cityClerk.req('PATCH', `/api/v1/employers/${hr.user.employerId}`, { sector: 'digital_economy' })).statusCode).toBe(200);
    const none = await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: {} });
    expect(errorsOf(none).errors).toEqual([{ path: 'data', message: expect.stringContaining('academicianStation') }]);
    const bad = await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { academicianStation: { established: '2025-13-01', academicians: -1, excellent: 'maybe' }, garage: true } });
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad).errors.map((e) => e.path).sort()).toEqual(['data.academicianStation.academicians', 'data.academicianStation.established', 'data.academicianStation.excellent', 'data.garage']);
    const created = await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { academicianStation: { established: '2025-06-01', academicians: 3, excellent: 'none' } } });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const comp = (await hr.req('GET', `/api/v1/applications/${id}/computation`)).json<{ computedFen: number; entitlements: Array<{ rule: string }> }>();
    expect(comp.entitlements.map((e) => e.rule)).toEqual(['art16.academician_station']);
    expect(comp.computedFen).toBe((1_000_000 + 2 * 300_000) * 100);
    const postdoc = await hr.req('POST', '/api/v1/applications', { matter: 'work_station', data: { postdocStation: { level: 'national', established: '2025-03-01' } } });
    expect(postdoc.statusCode).toBe(201);
    const pc = (await hr.req('GET', `/api/v1/applications/${postdoc.json<{ id: number }>().id}/computation`)).json<{ computedFen: number; entitlements: Array<{ rule: string }> }>();
    expect(pc.entitlements.map((e) => e.rule)).toEqual(['art16.postdoc_station']);
    expect(pc.computedFen).toBe(1_000_000 * 100);
  });

  it('HR applies for its expert, departments review, the rules give 30% of the salary, and HR sees the grant', async () => {
    const hr = await h.login('hr');
    const org = (await hr.req('GET', `/api/v1/employers/${hr.user.employerId}`)).json<{ id: number; name: string }>();
    const staff = (await hr.req('GET', '/api/v1/persons')).json<{ items: Array<{ id: number; name: string }> }>();
    expect(staff.items.length).toBeGreaterThan(0);
    expect((await hr.req('GET', `/api/v1/persons/${staff.items[0]!.id}`)).statusCode).toBe(200);
    const expert = staff.items[0]!;
    // HR confirms the expert's current post (用人单位确认在职); nobody else can, and not for other employers' staff.
    const confirmed = await hr.req('POST', `/api/v1/persons/${expert.id}/confirm-employment`);
    expect(confirmed.json<{ employment: Array<{ confirmedOn?: string }> }>().employment.some((e) => e.confirmedOn === '2026-11-23')).toBe(true);
    expect((await cityClerk.req('POST', `/api/v1/persons/${expert.id}/confirm-employment`)).statusCode).toBe(403);
    const outsider = await h.p.db.selectFrom('persons').select('id').where('employer_id', '!=', org.id).executeTakeFirstOrThrow();
    expect((await hr.req('POST', `/api/v1/persons/${outsider.id}/confirm-employment`)).statusCode).toBe(404);
    const bad = await hr.req('POST', '/api/v1/applications', { matter: 'salary_subsidy', data: { year: 2026, experts: [{ personId: outsider.id, salary: 'lots', qualified: 'yes' }] } });
    expect(errorsOf(bad).errors.map((e) => e.path)).toEqual(['data.experts[0].personId', 'data.experts[0].salary', 'data.experts[0].qualified']);
    const created = await hr.req('POST', '/api/v1/applications', { matter: 'salary_subsidy', data: { year: 2026, experts: [{ personId: expert.id, salary: '1000000', qualified: true }] } });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const early = await hr.req('POST', `/api/v1/applications/${id}/submit`);
    expect(errorsOf(early).errors.map((e) => e.path)).toEqual(['materials.salary_proof', 'materials.expert_recognition']);
    for (const m of ['salary_proof', 'expert_recognition']) expect((await hr.req('POST', `/api/v1/applications/${id}/files`, multipart({ material: m }, { name: `${m}.pdf`, content: PDF }))).statusCode).toBe(201);
    expect((await hr.req('POST', `/api/v1/applications/${id}/submit`)).json()).toMatchObject({ state: 'submitted', applicantKind: 'employer', applicantName: org.name });
    await cityClerk.req('POST', `/api/v1/applications/${id}/accept`);
    await cityClerk.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' });
    for (const u of ['review_science', 'review_finance']) expect((await (await h.login(u)).req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    const comp = (await cityClerk.req('GET', `/api/v1/applications/${id}/computation`)).json<{ computedFen: number; entitlements: Array<{ rule: string }> }>();
    expect(comp).toMatchObject({ computedFen: 30_000_000, entitlements: [{ rule: 'art16.salary_subsidy' }] });
    expect((await cityClerk.req('POST', `/api/v1/applications/${id}/approve`)).json()).toMatchObject({ state: 'scheduled', amountFen: 30_000_000 });
    const ledger = (await hr.req('GET', '/api/v1/ledger')).json<{ lines: Array<{ rule: string; amountFen: number; kind: string }>; balance: { grantedFen: number } }>();
    expect(ledger.lines.filter((l) => l.kind === 'grant' && l.rule === 'art16.salary_subsidy').map((l) => l.amountFen)).toEqual([30_000_000]);
    expect((await hr.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text).toContain('企业高层次人才薪酬补助');
    // The talent does not see the employer's application, nor its messages.
    expect((await talent.req('GET', `/api/v1/applications/${id}`)).statusCode).toBe(404);
  });
});

describe('matters, entitlements, proactive eligibility, dashboard, administration', () => {
  it('shows which materials the registry already holds, and what the talent gets and could apply for', async () => {
    const matters = (await h.app.inject({ method: 'GET', url: '/api/v1/matters' })).json<Array<{ code: string; materials: Array<{ code: string; fromRegistry: boolean }>; departments: unknown[]; promisedDays: number }>>();
    expect(matters.map((m) => m.code)).toEqual(expect.arrayContaining(['tier_recognition', 'talent_allowance', 'housing_purchase', 'rent_subsidy', 'salary_subsidy', 'work_station', 'talent_award']));
    expect(matters.find((m) => m.code === 'housing_purchase')!.materials.find((m) => m.code === 'id_card')!.fromRegistry).toBe(true);
    const ents = (await talent.req('GET', '/api/v1/me/entitlements')).json<{ result: { entitlements: Array<{ rule: string }> }; couldApply: unknown[] }>();
    expect(ents.result.entitlements.map((e) => e.rule)).toContain('art19.7');
    expect((await cityClerk.req('GET', '/api/v1/me/entitlements')).statusCode).toBe(403);
    const wrongMatter = await talent.req('POST', '/api/v1/applications', { matter: 'free_money' });
    expect(errorsOf(wrongMatter).errors[0]!.path).toBe('matter');
    const employerMatter = await talent.req('POST', '/api/v1/applications', { matter: 'salary_subsidy' });
    expect(employerMatter.statusCode).toBe(403);
  });

  it('finds and (when configured) creates applications for people who qualify but have not applied', async () => {
    const listed = (await kechengClerk.req('POST', '/api/v1/proactive/run', { create: false })).json<{ scanned: number; candidates: Array<{ region: string; matter: string; amountFen: number }> }>();
    expect(listed.scanned).toBeGreaterThan(0);
    for (const cnd of listed.candidates) expect(cnd.region).toBe('kecheng');
    const created = (await cityClerk.req('POST', '/api/v1/proactive/run', { create: true })).json<{ candidates: Array<{ matter: string; createdApplicationId?: number }> }>();
    const made = created.candidates.filter((x) => x.createdApplicationId);
    expect(made.every((x) => x.matter === 'talent_allowance')).toBe(true);
    const rerun = (await cityClerk.req('POST', '/api/v1/proactive/run', { create: true })).json<{ candidates: Array<{ matter: string }> }>();
    expect(rerun.candidates.filter((x) => x.matter === 'talent_allowance')).toEqual([]);
    expect((await talent.req('POST', '/api/v1/proactive/run', {})).statusCode).toBe(403);
  });

  it('gives leaders the dashboard within their region and admins the audit check', async () => {
    const d = (await leader.req('GET', '/api/v1/stats/dashboard')).json<{ talentsByRegion: Array<{ n: number }>; money: { grantedFen: number; paidFen: number; shares: { cityFen: number; countyFen: number; unitFen: number } }; applicationsByState: unknown[]; onTime: { decided: number } }>();
    expect(d.money.grantedFen).toBe(d.money.shares.cityFen + d.money.shares.countyFen + d.money.shares.unitFen);
    expect(d.money.paidFen).toBeGreaterThan(0);
    const k = (await kechengClerk.req('GET', '/api/v1/stats/dashboard')).json<{ talentsByRegion: Array<{ region: string }> }>();
    expect(k.talentsByRegion.map((r) => r.region)).toEqual(['kecheng']);
    expect((await talent.req('GET', '/api/v1/stats/dashboard')).statusCode).toBe(403);
    expect((await admin.req('GET', '/api/v1/admin/audit/verify')).json()).toMatchObject({ ok: true });
    expect((await leader.req('GET', '/api/v1/admin/audit/verify')).statusCode).toBe(403);
    expect((await admin.req('PUT', '/api/v1/admin/fiscal-shares/kecheng', { cityPct: 150 })).statusCode).toBe(400);
    expect((await admin.req('PUT', '/api/v1/admin/fiscal-shares/kecheng', { cityPct: 40 })).json()).toEqual({ ok: true });
    expect((await cityClerk.req('PUT', '/api/v1/admin/fiscal-shares/kecheng', { cityPct: 40 })).statusCode).toBe(403);
    const cal = await admin.req('PUT', '/api/v1/admin/calendar/2027', { source: '国务院办公厅关于2027年部分节假日安排的通知', days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }] });
    expect(cal.json()).toEqual({ ok: true });
    expect(h.p.calendar.covers(2027)).toBe(true);
    const badCal = await admin.req('PUT', '/api/v1/admin/calendar/2027', { source: 'x', days: [{ date: '2026-01-01', isOffDay: true }] });
    expect(errorsOf(badCal).errors[0]!.path).toBe('days[0].date');
    const newUser = await admin.req('POST', '/api/v1/admin/users', { username: 'x', password: 'short', role: 'god', region: 'kecheng' });
    expect(errorsOf(newUser).errors.map((e) => e.path)).toEqual(expect.arrayContaining(['username', 'password', 'displayName', 'role']));
    const ghost = await admin.req('POST', '/api/v1/admin/users', { username: 'ghost', password: 'long-enough-pw', displayName: '无此人', role: 'talent', region: 'kecheng', personId: 987654 });
    expect(errorsOf(ghost).errors).toEqual([{ path: 'personId', message: '关联的人员或单位不存在' }]);
    const made = await admin.req('POST', '/api/v1/admin/users', { username: 'clerk_longyou', password: 'long-enough-pw', displayName: '龙游县经办', role: 'clerk', region: 'longyou', department: 'talent_office' });
    expect(made.statusCode).toBe(201);
    expect((await admin.req('POST', '/api/v1/admin/users', { username: 'clerk_longyou', password: 'long-enough-pw', displayName: '重复', role: 'clerk', region: 'longyou', department: 'talent_office' })).statusCode).toBe(409);
    const openapi = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/persons', '/api/v1/applications/{id}/approve', '/api/v1/payment-batches/{id}/result', '/api/v1/ledger/payments']));
  });
});

describe('every endpoint, bad input', () => {
  it('answers every route with junk ids, empty and wrong-typed bodies with a 4xx in Chinese — never a 500 or a stack', async () => {
    const openapi = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    const routes = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ path, method: m.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'PUT' })));
    const platformRoutes = routes.filter((r) => r.path !== '/api/v1/auth/logout' && /^\/api\/v1\/(auth|persons|employers|import|export|applications|ledger|payment-batches|proactive|stats|admin|decisions|messages|me|matters|regions)/.test(r.path));
    expect(platformRoutes.length).toBeGreaterThan(40);
    const bodies: unknown[] = [undefined, {}, { id: [], field: 5, decision: 'maybe', missing: 'x', amountFen: -1, region: {}, cityPct: 'a', days: 'x', create: 'yes' }];
    let calls = 0;
    for (const r of platformRoutes) {
      for (const id of ['999999', '0', 'abc']) {
        const url = r.path.replace('{id}', id).replace('{sha}', 'f'.repeat(64)).replace('{region}', 'atlantis').replace('{year}', '1800');
        for (const body of r.method === 'GET' ? [undefined] : bodies) {
          for (const who of [admin, talent, kaihuaClerk]) {
            const res = await who.req(r.method, url, body);
            calls += 1;
            expect(res.statusCode, `${r.method} ${url} as ${who.username}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
            expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
            if (res.statusCode >= 400) expect(res.json<{ error: string }>().error).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
    // Inputs that reach the database: ids in query strings and bodies, region and calendar shapes.
    expect(errorsOf(await admin.req('GET', '/api/v1/ledger?personId=abc')).errors).toEqual([{ path: 'personId', message: '应为正整数编号' }]);
    expect(errorsOf(await admin.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: 'x' })).errors).toEqual([{ path: 'personId', message: '请指定申报人（人才库编号）' }]);
    expect(errorsOf(await admin.req('POST', '/api/v1/applications', { matter: 'salary_subsidy' })).errors).toEqual([{ path: 'employerId', message: '请指定申报单位（单位编号）' }]);
    expect(errorsOf(await admin.req('PUT', '/api/v1/admin/fiscal-shares/atlantis', { cityPct: 10 })).errors).toEqual([{ path: 'region', message: '未知的地区代码' }]);
    expect(errorsOf(await admin.req('PUT', '/api/v1/admin/calendar/2028', { source: '通知', days: 'x' })).errors).toEqual([{ path: 'days', message: '应为日期列表：[{date, isOffDay, name}]' }]);
    expect(errorsOf(await admin.req('PUT', '/api/v1/admin/calendar/2028', { source: '通知', days: [null] })).errors[0]!.path).toBe('days[0]');
    // Still signed in and working afterwards; logging out ends the session.
    expect((await talent.req('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const out = await h.login('review_science');
    expect((await out.req('POST', '/api/v1/auth/logout')).json()).toEqual({ ok: true });
    expect((await out.req('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  }, 120_000);
});
