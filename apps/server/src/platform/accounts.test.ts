// Accounts, sign-in and sessions through the API, against PGlite in memory or (DATABASE_URL) a real
// PostgreSQL server: the forced password change of an account someone else set up, changing one's
// password (other sessions end), disabling and re-enabling accounts, sign-in failures counted per
// name and address in the database (parallel attempts included; unknown names alike; the owner still
// gets in from elsewhere), the audit of all of it, the logout's CSRF check and the Secure cookie.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import * as P from '@rencai/platform';
import { verifyAudit } from '@rencai/store';
import { buildApp } from '../app.js';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  admin = await h.login('admin');
}, 120_000);
afterAll(async () => h?.close());

const DEMO = 'rencai-demo-2026';
const login = (username: string, password: string, remoteAddress = '192.0.2.1') => h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
const body = (res: { json: () => unknown }) => res.json() as { error: string; errors: Array<{ path: string; message: string }> };

/** A signed-in client from a login response (cookie + CSRF header). */
function clientOf(res: Awaited<ReturnType<typeof login>>) {
  const cookie = res.cookies.find((c) => c.name === 'rencai_session')!.value;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = { 'x-csrf-token': csrf }) =>
    h.app.inject({ method, url, cookies: { rencai_session: cookie }, headers, ...(payload ? { payload } : {}), remoteAddress: '192.0.2.50' });
}

async function auditRows(action: string) {
  return h.p.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
}

let seq = 0;
/** A new clerk account made by the administrator through the API (forced to change its password). */
async function newClerk(password = 'first-Password-1'): Promise<{ id: number; username: string; password: string }> {
  seq += 1;
  const username = `clerk_t${seq}`;
  const res = await admin.req('POST', '/api/v1/admin/users', { username, password, displayName: `测试经办${seq}`, role: 'clerk', region: 'kecheng', department: 'talent_office' });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: number }>().id, username, password };
}

describe('forced password change', () => {
  it('an account set up by the administrator must change its password first: every other call is refused with a clear message until done', async () => {
    const u = await newClerk();
    const first = await login(u.username, u.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ mustChangePassword: true, user: { username: u.username } });
    const s = clientOf(first);
    const other = clientOf(await login(u.username, u.password, '192.0.2.2'));
    for (const [method, url] of [['GET', '/api/v1/persons'], ['GET', '/api/v1/applications'], ['POST', '/api/v1/employers']] as const) {
      const refused = await s(method, url, method === 'POST' ? {} : undefined);
      expect(refused.statusCode).toBe(403);
      expect(body(refused).error).toContain('须先修改密码');
    }
    expect((await s('GET', '/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: true });

    const wrong = await s('POST', '/api/v1/auth/password', { currentPassword: 'not-my-password', newPassword: 'a-Brand-new-one-9' });
    expect(wrong.statusCode).toBe(400);
    expect(body(wrong).errors).toEqual([{ path: 'currentPassword', message: '当前密码不正确' }]);
    const weak = await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: 'short' });
    expect(body(weak).errors).toEqual([{ path: 'newPassword', message: '密码至少 10 位' }]);
    expect(body(await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: DEMO })).errors[0]!.message).toBe('不能使用公开的演示密码');
    expect(body(await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: u.password })).errors[0]!.message).toBe('新密码不能与当前密码相同');
    expect(body(await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: `x${u.username}x-long` })).errors[0]!.message).toBe('密码不能包含用户名');
    expect((await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: 'a-Brand-new-one-9' }, {})).statusCode).toBe(403); // CSRF

    const changed = await s('POST', '/api/v1/auth/password', { currentPassword: u.password, newPassword: 'a-Brand-new-one-9' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ ok: true, mustChangePassword: false, sessionsEnded: 1 });
    expect((await s('GET', '/api/v1/persons')).statusCode).toBe(200);
    expect((await other('GET', '/api/v1/auth/me')).statusCode).toBe(401); // the other session ended
    expect((await login(u.username, u.password, '192.0.2.3')).statusCode).toBe(401);
    const again = await login(u.username, 'a-Brand-new-one-9', '192.0.2.3');
    expect(again.json()).toMatchObject({ mustChangePassword: false });
    const audit = (await auditRows('auth.password_change')).filter((r) => r.entity_id === String(u.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ forced: true, sessionsEnded: 1 });
    expect((await auditRows('auth.password_change_failed')).some((r) => r.entity_id === String(u.id))).toBe(true);
  });

  it('demo accounts are not forced to change; the sign-in page lists only demo accounts that exist and still use the demo password', async () => {
    const talent = await login('talent', DEMO, '192.0.2.9');
    expect(talent.json()).toMatchObject({ mustChangePassword: false });
    const listed = async () => (await h.app.inject({ method: 'GET', url: '/api/v1/auth/demo' })).json<{ accounts: string[] }>().accounts;
    expect(await listed()).toEqual(['talent', 'hr', 'clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'review_finance', 'review_hrss', 'review_housing', 'review_science', 'review_assoc', 'leader', 'unit_agri', 'unit_agri_head', 'unit_edu', 'unit_edu_head', 'unit_hrss', 'unit_hrss_head', 'partner_hospital', 'review_education', 'partner_school', 'partner_bank', 'enterprise', 'review_commerce', 'clerk_jiaojiang', 'review_jj_hrss', 'review_jj_housing', 'review_jj_finance', 'talent_jiaojiang', 'partner_seller', 'clerk_wenling', 'helper_wenling', 'enterprise_wenling', 'clerk_tiantai', 'admin']);
    const hr = clientOf(await login('hr', DEMO, '192.0.2.9'));
    expect((await hr('POST', '/api/v1/auth/password', { currentPassword: DEMO, newPassword: 'Employer-secret-77' })).statusCode).toBe(200);
    expect(await listed()).not.toContain('hr');
    const u = await newClerk();
    expect(await listed()).not.toContain(u.username);
  });
});

describe('disabling accounts', () => {
  it('an administrator disables an account: its sessions end, it cannot sign in (a wrong password answers as for anyone), and it can be enabled again; audited', async () => {
    const u = await newClerk();
    const s = clientOf(await login(u.username, u.password, '192.0.2.20'));
    const kecheng = await h.login('clerk_kecheng');
    expect((await kecheng.req('POST', `/api/v1/admin/users/${u.id}/disable`, { reason: '离职' })).statusCode).toBe(403);
    expect(body(await admin.req('POST', `/api/v1/admin/users/${u.id}/disable`, {})).errors).toEqual([{ path: 'reason', message: '请填写停用理由' }]);
    expect((await admin.req('POST', '/api/v1/admin/users/999999/disable', { reason: '离职' })).statusCode).toBe(404);
    expect((await admin.req('POST', `/api/v1/admin/users/${admin.user.userId}/disable`, { reason: '试试' })).statusCode).toBe(409);

    const off = await admin.req('POST', `/api/v1/admin/users/${u.id}/disable`, { reason: '离职' });
    expect(off.json()).toEqual({ ok: true, sessionsEnded: 1 });
    expect((await s('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const right = await login(u.username, u.password, '192.0.2.21');
    expect(right.statusCode).toBe(403);
    expect(body(right).error).toBe('该账号已停用，请联系系统管理员');
    const wrong = await login(u.username, 'not-the-password', '192.0.2.21');
    expect(wrong.statusCode).toBe(401);
    expect(body(wrong).error).toBe('用户名或密码不正确');
    const listed = (await admin.req('GET', `/api/v1/admin/users?q=${u.username}`)).json<{ items: Array<{ username: string; disabled: boolean; disableReason: string }> }>();
    expect(listed.items).toEqual([expect.objectContaining({ username: u.username, disabled: true, disableReason: '离职' })]);
    expect((await admin.req('POST', `/api/v1/admin/users/${u.id}/disable`, { reason: '再停' })).statusCode).toBe(409);

    expect((await admin.req('POST', `/api/v1/admin/users/${u.id}/enable`)).json()).toEqual({ ok: true });
    expect((await login(u.username, u.password, '192.0.2.22')).statusCode).toBe(200);
    const disable = (await auditRows('user.disable')).find((r) => r.entity_id === String(u.id))!;
    expect(disable).toMatchObject({ actor_id: admin.user.userId, actor_role: 'admin' });
    expect(disable.detail).toMatchObject({ reason: '离职', username: u.username, sessionsEnded: 1 });
    expect((await auditRows('user.enable')).some((r) => r.entity_id === String(u.id))).toBe(true);
    const failed = (await auditRows('auth.login_failed')).filter((r) => r.entity_id === String(u.id)).map((r) => (r.detail as { reason: string }).reason);
    expect(failed).toEqual(['disabled', 'password']);
    expect((await (await h.login('talent')).req('GET', '/api/v1/admin/users')).statusCode).toBe(403);
  });
});

describe('sign-in failures', () => {
  it('counts per name and address: five free, then 429 for that address only — the owner signs in from elsewhere; an unknown name is treated the same', async () => {
    // (Each name from its own address: the route itself allows ten sign-ins a minute per address.)
    for (const [name, from] of [['review_science', '198.51.100.7'], ['no_such_user', '198.51.100.9']] as const) {
      const codes: number[] = [];
      const messages: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await login(name, `wrong-${i}-password`, from);
        codes.push(r.statusCode);
        messages.push(body(r).error);
      }
      expect(codes, name).toEqual([401, 401, 401, 401, 401, 429, 429]);
      expect(messages[0]).toBe('用户名或密码不正确');
      expect(messages[5]).toMatch(/^登录尝试过于频繁，请 1 分钟后再试/);
    }
    expect((await login('review_science', DEMO, '198.51.100.7')).statusCode).toBe(429);
    expect((await login('review_science', DEMO, '198.51.100.8')).statusCode).toBe(200);
    // The refusals were not held against the address: five failures on record, the delay still one minute.
    expect(Number((await sql<{ n: string }>`select count(*) as n from login_failures where username = 'no_such_user'`.execute(h.p.db)).rows[0]!.n)).toBe(5);
    const audited = (await auditRows('auth.login_failed')).filter((r) => ['198.51.100.7', '198.51.100.9'].includes((r.detail as { address: string }).address));
    expect(audited.map((r) => (r.detail as { reason: string }).reason)).toEqual([...Array(5).fill('password'), 'throttled', 'throttled', ...Array(5).fill('password'), 'throttled', 'throttled', 'throttled']);
    // An unknown name is kept only as a hash (it may be a password typed into the wrong field).
    expect(JSON.stringify(audited.map((r) => r.detail))).not.toContain('no_such_user');
  });

  it('the delay grows after each further failure (1, 2, 4 … at most 15 minutes), and a success from that address clears it', async () => {
    const from = '198.51.100.20';
    for (let i = 0; i < 5; i++) expect((await login('review_housing', 'wrong-password-x', from)).statusCode).toBe(401);
    const age = (seconds: number) => sql`update login_failures set at = at - make_interval(secs => ${seconds}) where address = ${from}`.execute(h.p.db);
    await age(61);
    expect((await login('review_housing', 'wrong-password-x', from)).statusCode).toBe(401); // the sixth, after a minute
    const next = await login('review_housing', 'wrong-password-x', from);
    expect(body(next).error).toMatch(/请 2 分钟后再试/);
    await age(121);
    expect((await login('review_housing', DEMO, from)).statusCode).toBe(200);
    expect((await login('review_housing', 'wrong-password-x', from)).statusCode).toBe(401); // counting starts afresh
    expect(P.delayAfter(5)).toBe(60_000);
    expect(P.delayAfter(8)).toBe(480_000);
    expect(P.delayAfter(9)).toBe(900_000);
    expect(P.delayAfter(30)).toBe(900_000);
  });

  it('ten wrong passwords sent at once: at most five are even checked, the rest get 429', async () => {
    const res = await Promise.all(Array.from({ length: 10 }, (_, i) => login('review_finance', `parallel-wrong-${i}`, '198.51.100.30')));
    const codes = res.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBe(10 - codes.filter((c) => c === 401).length);
    // Past the route's rate limit, straight at the service: forty at once, still at most five checked.
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => P.login(h.p, 'review_hrss', `parallel-wrong-${i}`, { address: '198.51.100.31' })));
    const statuses = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as P.PlatformError).status : 200));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
  });

  it('one address guessing many names is stopped after 30 failures an hour; a name hammered from many addresses stays open to addresses that never failed on it', async () => {
    for (let i = 0; i < 30; i++) await expect(P.login(h.p, `spray_${i}`, 'guess-guess-1', { address: '203.0.113.5' })).rejects.toMatchObject({ status: 401 });
    await expect(P.login(h.p, 'spray_30', 'guess-guess-1', { address: '203.0.113.5' })).rejects.toMatchObject({ status: 429 });
    await expect(P.login(h.p, 'spray_30', 'guess-guess-1', { address: '203.0.113.6' })).rejects.toMatchObject({ status: 401 });

    for (let a = 0; a < 10; a++) for (let i = 0; i < 5; i++) await expect(P.login(h.p, 'leader', 'guess-guess-2', { address: `203.0.114.${a}` })).rejects.toMatchObject({ status: 401 });
    // Past 50 failures on "leader" in the hour: an address that has failed on it is refused; one that never did is not.
    await expect(P.login(h.p, 'leader', 'guess-guess-2', { address: '203.0.115.1' })).rejects.toMatchObject({ status: 401 });
    await expect(P.login(h.p, 'leader', DEMO, { address: '203.0.115.1' })).rejects.toMatchObject({ status: 429 });
    expect((await P.login(h.p, 'leader', DEMO, { address: '203.0.115.2' })).caller.username).toBe('leader');
    // IPv6 clients are counted by their /64 network.
    expect(P.networkOf('2001:db8:1:2:aaaa::1')).toBe(P.networkOf('2001:db8:1:2:bbbb::9'));
    expect(P.networkOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
  }, 60_000);
});

describe('sessions, sign-out and audit', () => {
  it('sign-out needs the CSRF token and is audited; expired sessions are removed at the next sign-in', async () => {
    const res = await login('review_science', DEMO, '192.0.2.60');
    const s = clientOf(res);
    const forged = await s('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(forged.statusCode).toBe(403);
    expect((await s('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await s('POST', '/api/v1/auth/logout', {})).json()).toEqual({ ok: true });
    expect((await s('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const out = await auditRows('auth.logout');
    expect(out.at(-1)).toMatchObject({ actor_role: 'reviewer', entity: 'user' });

    const stale = clientOf(await login('review_science', DEMO, '192.0.2.61'));
    await sql`update sessions set expires_at = now() - interval '1 minute' where user_id = (select id from users where username = 'review_science')`.execute(h.p.db);
    expect((await stale('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const before = Number((await sql<{ n: string }>`select count(*) as n from sessions where expires_at < now()`.execute(h.p.db)).rows[0]!.n);
    expect(before).toBeGreaterThan(0);
    await login('leader', DEMO, '192.0.2.62');
    expect(Number((await sql<{ n: string }>`select count(*) as n from sessions where expires_at < now()`.execute(h.p.db)).rows[0]!.n)).toBe(0);
  });

  it('a calendar change is audited with the days before and after', async () => {
    const put = await admin.req('PUT', '/api/v1/admin/calendar/2031', { source: '国办发明电〔2030〕1号', days: [{ date: '2031-01-01', isOffDay: true, name: '元旦' }] });
    expect(put.statusCode).toBe(200);
    await admin.req('PUT', '/api/v1/admin/calendar/2031', { source: '国办发明电〔2030〕2号', days: [{ date: '2031-01-02', isOffDay: false, name: '' }] });
    const rows = (await auditRows('calendar.set')).filter((r) => r.entity_id === '2031');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actor_id: admin.user.userId, actor_role: 'admin', entity: 'calendar_year' });
    expect(rows[1]!.detail).toMatchObject({ source: '国办发明电〔2030〕2号', previousSource: '国办发明电〔2030〕1号', before: ['2031-01-01休元旦'], after: ['2031-01-02班节假日'] });
    expect((await verifyAudit(h.p.db)).ok).toBe(true);
  });

  it('the session cookie is Secure over HTTPS: behind a trusted proxy from X-Forwarded-Proto (and its X-Forwarded-For is the address counted), or always with RENCAI_SECURE_COOKIES=1', async () => {
    const cookieOf = (r: Awaited<ReturnType<typeof login>>) => String(r.headers['set-cookie']);
    expect(cookieOf(await login('leader', DEMO, '192.0.2.70'))).not.toMatch(/Secure/);
    const spoofed = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader', password: DEMO }, headers: { 'x-forwarded-proto': 'https' }, remoteAddress: '192.0.2.71' });
    expect(cookieOf(spoofed)).not.toMatch(/Secure/); // no proxy is trusted by default

    const saved = { proxy: process.env.RENCAI_TRUST_PROXY, secure: process.env.RENCAI_SECURE_COOKIES };
    process.env.RENCAI_TRUST_PROXY = '127.0.0.1';
    const behindProxy = await buildApp({ platform: h.p });
    try {
      const viaProxy = (headers: Record<string, string>, password = DEMO) => behindProxy.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk_kaihua', password }, headers, remoteAddress: '127.0.0.1' });
      const https = await viaProxy({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.99' });
      expect(cookieOf(https)).toMatch(/; Secure/);
      expect(cookieOf(await viaProxy({ 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.99' }))).not.toMatch(/Secure/);
      await viaProxy({ 'x-forwarded-for': '203.0.113.98' }, 'wrong-password-p');
      expect((await h.p.db.selectFrom('login_failures').select('address').where('username', '=', 'clerk_kaihua').execute()).map((r) => r.address)).toEqual(['203.0.113.98']);
      process.env.RENCAI_SECURE_COOKIES = '1';
      expect(cookieOf(await login('leader', DEMO, '192.0.2.72'))).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
      if (saved.proxy === undefined) delete process.env.RENCAI_TRUST_PROXY;
      else process.env.RENCAI_TRUST_PROXY = saved.proxy;
      if (saved.secure === undefined) delete process.env.RENCAI_SECURE_COOKIES;
      else process.env.RENCAI_SECURE_COOKIES = saved.secure;
    }
  });
});
