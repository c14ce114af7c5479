// Sign-in through a real OpenID Connect provider (node-oidc-provider, started here on this machine):
// a talent found by the keyed hash of the ID number signs into their own account and the session works
// like a password one; a staff member signs in by the staff id an administrator linked; an unknown
// person is refused and no account appears; a replayed, foreign or expired state, a token issued to
// another client, a nonce that is not ours and a cancelled sign-in are refused with their reasons;
// sign-out ends the session and offers the provider's end-session URL. PGlite or PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigit } from '@rencai/domain';
import type { OidcSettings } from '@rencai/platform';
import { startHarness, type Harness } from './platform/harness.js';
import { startIdentityProvider, type IdentityProvider } from './platform/identity-provider.js';
import { buildApp } from './app.js';

const REDIRECT = 'http://rencai.localhost/api/v1/auth/oidc/callback';
/** A valid ID number nobody in the registry has. */
const first17 = '33080219900307' + '951';
const UNKNOWN_ID = first17 + checkDigit(first17);

/** The provider's people: id → claims. The talent's ID number is filled in from the registry. */
const PEOPLE: Record<string, Record<string, string>> = {
  'zlb-citizen-1': { name: '演示人才' },
  'zzd-staff-7': { name: '经办人', staff_id: 'ZZD-0007' },
  'zlb-citizen-2': { name: '陌生人', id_number: UNKNOWN_ID },
  'zzd-staff-9': { name: '未开通的工作人员', staff_id: 'ZZD-0009' },
};

let idp: IdentityProvider;
let issuer: string;
let h: Harness;
let talentPerson: number;

beforeAll(async () => {
  idp = await startIdentityProvider({ redirectUris: [REDIRECT], people: PEOPLE });
  issuer = idp.issuer;
  const settings: OidcSettings = { issuer, clientId: idp.client.id, clientSecret: idp.client.secret, redirectUrl: REDIRECT, label: '使用浙里办 / 政务身份登录', scope: 'openid rencai', idNumberClaim: 'id_number', staffIdClaim: 'staff_id' };
  h = await startHarness({ persons: 5, oidc: settings });
  const talent = await h.p.db.selectFrom('users').select('person_id').where('username', '=', 'talent').executeTakeFirstOrThrow();
  talentPerson = talent.person_id!;
  const person = await h.p.db.selectFrom('persons').select('id_enc').where('id', '=', talentPerson).executeTakeFirstOrThrow();
  PEOPLE['zlb-citizen-1']!.id_number = h.p.vault.decrypt(person.id_enc);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await idp?.close();
});

/** A browser at the provider: follows its redirects with its cookies, signs in as `who` (or cancels). */
async function atProvider(authorizeUrl: string, who: string | 'cancel'): Promise<URL> {
  const jar = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  };
  let url = authorizeUrl;
  for (let hops = 0; hops < 10; hops++) {
    if (url.startsWith(REDIRECT)) return new URL(url);
    const res = await go(url);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const page = await res.text();
    expect(res.status, page).toBe(200);
    // The provider's sign-in form.
    if (who === 'cancel') url = `${url}/abort`;
    else {
      const action = /action="([^"]+)"/.exec(page)![1]!;
      const posted = await go(new URL(action, url).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ prompt: 'login', login: who, password: 'any' }).toString() });
      expect(posted.status).toBe(303);
      url = new URL(posted.headers.get('location')!, url).href;
    }
  }
  throw new Error('too many redirects at the provider');
}

/** Start at rencai, sign in at the provider, come back: the callback's response and the URL it was given. */
async function signIn(who: string | 'cancel', next?: string) {
  const start = await h.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}` });
  expect(start.statusCode, start.body).toBe(302);
  const back = await atProvider(start.headers.location as string, who);
  const callbackUrl = back.pathname + back.search;
  const res = await h.app.inject({ method: 'GET', url: callbackUrl });
  return { res, callbackUrl, authorize: new URL(start.headers.location as string) };
}

const sessionOf = (res: { cookies: Array<{ name: string; value: string }> }) => res.cookies.find((c) => c.name === 'rencai_session')?.value;
const me = (session: string) => h.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { rencai_session: session } });
const refusal = (res: { statusCode: number; headers: Record<string, unknown> }) => {
  expect(res.statusCode).toBe(303);
  return new URL(res.headers.location as string, 'http://x').searchParams.get('oidcError');
};
const lastAudit = async (action: string) => h.p.db.selectFrom('audit_log').select(['actor_id', 'detail']).where('action', '=', action).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

describe('sign-in through the identity provider', () => {
  it('says it is on, with the button’s words and the refusals’ messages', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/config' });
    expect(res.json()).toMatchObject({ enabled: true, label: '使用浙里办 / 政务身份登录', refusals: { unlinked: '未找到与该身份关联的账号，请联系人才办开通' } });
  });

  it('starts with PKCE (S256), a nonce and a state kept only as a hash, for ten minutes', async () => {
    const start = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start', headers: { accept: 'application/json' } });
    const url = new URL(start.json<{ url: string }>().url);
    expect(url.origin + url.pathname).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: 'rencai', response_type: 'code', redirect_uri: REDIRECT, code_challenge_method: 'S256', scope: 'openid rencai' });
    const state = url.searchParams.get('state')!;
    const rows = await h.p.db.selectFrom('oidc_logins').selectAll().execute();
    expect(rows.some((r) => r.state_hash === state)).toBe(false);
    const row = rows.find((r) => r.nonce === url.searchParams.get('nonce'))!;
    expect(row.expires_at.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(row.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('signs a talent whose ID number is in the registry into their talent account: the same session as a password sign-in', async () => {
    const { res, callbackUrl } = await signIn('zlb-citizen-1', '/talent/applications');
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Ftalent%2Fapplications');
    const session = sessionOf(res)!;
    const cookie = res.cookies.find((c) => c.name === 'rencai_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const who = await me(session);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ user: { username: 'talent', role: 'talent', personId: talentPerson }, mustChangePassword: false });
    const audit = await lastAudit('auth.login');
    expect(audit.detail).toMatchObject({ via: 'oidc', issuer });
    // The ID number is nowhere in the audit.
    expect(JSON.stringify(audit.detail)).not.toContain(PEOPLE['zlb-citizen-1']!.id_number);

    // The same answer from the provider again: the state was used once and is gone.
    const replay = await h.app.inject({ method: 'GET', url: callbackUrl });
    expect(refusal(replay)).toBe('state');
    expect(sessionOf(replay)).toBeUndefined();

    // Sign-out ends the session here and offers the provider's.
    const csrf = who.json<{ csrfToken: string }>().csrfToken;
    const out = await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { rencai_session: session }, headers: { 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json<{ endSessionUrl: string }>().endSessionUrl);
    expect(end.origin + end.pathname).toBe(`${issuer}/session/end`);
    expect(end.searchParams.get('client_id')).toBe('rencai');
    expect((await me(session)).statusCode).toBe(401);
    expect((await lastAudit('auth.logout')).actor_id).toBe(who.json<{ user: { userId: number } }>().user.userId);
  });

  it('answers a script in JSON as the password sign-in does', async () => {
    const start = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const back = await atProvider(start.headers.location as string, 'zlb-citizen-1');
    const res = await h.app.inject({ method: 'GET', url: back.pathname + back.search, headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: 'talent' }, roleLabel: expect.any(String), csrfToken: expect.any(String), mustChangePassword: false });
  });

  it('signs staff in by the staff id an administrator linked; roles and regions stay rencai’s', async () => {
    const before = await signIn('zzd-staff-7');
    expect(refusal(before.res)).toBe('unlinked');

    const admin = await h.login('admin');
    const clerk = await h.p.db.selectFrom('users').select(['id', 'role', 'region']).where('username', '=', 'clerk_kecheng').executeTakeFirstOrThrow();
    const link = await admin.req('POST', `/api/v1/admin/users/${clerk.id}/oidc-link`, { staffId: 'ZZD-0007' });
    expect(link.statusCode, link.body).toBe(200);
    expect((await lastAudit('user.oidc_link')).detail).toMatchObject({ username: 'clerk_kecheng', staffId: 'ZZD-0007' });
    // One staff id, one account; talents are never linked by staff id.
    const hr = await h.p.db.selectFrom('users').select('id').where('username', '=', 'hr').executeTakeFirstOrThrow();
    expect((await admin.req('POST', `/api/v1/admin/users/${hr.id}/oidc-link`, { staffId: 'ZZD-0007' })).statusCode).toBe(409);
    const talent = await h.p.db.selectFrom('users').select('id').where('username', '=', 'talent').executeTakeFirstOrThrow();
    expect((await admin.req('POST', `/api/v1/admin/users/${talent.id}/oidc-link`, { staffId: 'ZZD-0008' })).statusCode).toBe(400);

    // A password change due on the account does not hold up a sign-in that used no password.
    await h.p.db.updateTable('users').set({ must_change_password: true }).where('id', '=', clerk.id).execute();
    const { res } = await signIn('zzd-staff-7');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login');
    const who = await me(sessionOf(res)!);
    expect(who.json()).toMatchObject({ user: { username: 'clerk_kecheng', role: clerk.role, region: clerk.region }, mustChangePassword: false });
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/messages', cookies: { rencai_session: sessionOf(res)! } })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk_kecheng', password: 'rencai-demo-2026' }, remoteAddress: '198.51.100.7' })).json()).toMatchObject({ mustChangePassword: true });
  });

  it('refuses a person it cannot link, in Chinese, and makes no account', async () => {
    const users = await h.p.db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    for (const who of ['zlb-citizen-2', 'zzd-staff-9']) {
      const { res } = await signIn(who);
      expect(refusal(res)).toBe('unlinked');
      expect(sessionOf(res)).toBeUndefined();
    }
    const json = await (async () => {
      const start = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      const back = await atProvider(start.headers.location as string, 'zlb-citizen-2');
      return h.app.inject({ method: 'GET', url: back.pathname + back.search, headers: { accept: 'application/json' } });
    })();
    expect(json.statusCode).toBe(403);
    expect(json.json()).toMatchObject({ error: '未找到与该身份关联的账号，请联系人才办开通', code: 'unlinked' });
    expect((await h.p.db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n).toBe(users.n);
    const audit = await lastAudit('auth.login_failed');
    expect(audit.detail).toMatchObject({ reason: 'oidc_unlinked', via: 'oidc' });
    expect(JSON.stringify(audit.detail)).not.toContain(UNKNOWN_ID);
  });

  it('refuses a foreign or expired state', async () => {
    const foreign = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=abc&state=not-one-of-ours' });
    expect(refusal(foreign)).toBe('state');
    expect(refusal(await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=abc' }))).toBe('state');

    const start = await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const back = await atProvider(start.headers.location as string, 'zlb-citizen-1');
    const nonce = new URL(start.headers.location as string).searchParams.get('nonce')!;
    await h.p.db.updateTable('oidc_logins').set({ expires_at: new Date(Date.now() - 1000) }).where('nonce', '=', nonce).execute();
    const late = await h.app.inject({ method: 'GET', url: back.pathname + back.search });
    expect(refusal(late)).toBe('expired');
    expect(sessionOf(late)).toBeUndefined();
  });

  it('refuses an ID token issued to another client (audience)', async () => {
    idp.tamper.otherClient = true;
    try {
      const { res } = await signIn('zlb-citizen-1');
      expect(refusal(res)).toBe('audience');
      expect(sessionOf(res)).toBeUndefined();
    } finally {
      delete idp.tamper.otherClient;
    }
    expect((await lastAudit('auth.login_failed')).detail).toMatchObject({ reason: 'oidc_audience' });
  });

  it('refuses an ID token carrying another nonce', async () => {
    idp.tamper.nonce = 'a-nonce-rencai-never-sent';
    try {
      const { res } = await signIn('zlb-citizen-1');
      expect(refusal(res)).toBe('nonce');
      expect(sessionOf(res)).toBeUndefined();
    } finally {
      delete idp.tamper.nonce;
    }
  });

  it('refuses when the person cancels at the provider (the provider’s error)', async () => {
    const { res } = await signIn('cancel');
    expect(refusal(res)).toBe('cancelled');
    const messages = (await h.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/config' })).json<{ refusals: Record<string, string> }>().refusals;
    expect(messages.cancelled).toBe('已在统一身份认证平台取消登录');
  });

  it('refuses a disabled account', async () => {
    const admin = await h.login('admin');
    const talent = await h.p.db.selectFrom('users').select('id').where('username', '=', 'talent').executeTakeFirstOrThrow();
    expect((await admin.req('POST', `/api/v1/admin/users/${talent.id}/disable`, { reason: '测试停用' })).statusCode).toBe(200);
    try {
      const { res } = await signIn('zlb-citizen-1');
      expect(refusal(res)).toBe('disabled');
      expect(sessionOf(res)).toBeUndefined();
    } finally {
      await admin.req('POST', `/api/v1/admin/users/${talent.id}/enable`, {});
    }
  });
});

describe('without an identity provider', () => {
  it('sends the browser back to the sign-in page when the provider cannot be reached', async () => {
    const down = await buildApp({ platform: { ...h.p, oidc: { ...h.p.oidc!, issuer: 'http://127.0.0.1:1' } } });
    try {
      const start = await down.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      expect([start.statusCode, start.headers.location]).toEqual([302, '/login?oidcError=unavailable']);
      const json = await down.inject({ method: 'GET', url: '/api/v1/auth/oidc/start', headers: { accept: 'application/json' } });
      expect([json.statusCode, json.json().error]).toEqual([502, '暂时无法连接统一身份认证平台，请稍后重试或使用用户名和密码登录']);
    } finally {
      await down.close();
    }
  });

  it('is off: no button, no start, and the callback refuses', async () => {
    const off = await buildApp({ platform: { ...h.p, oidc: undefined } });
    try {
      expect((await off.inject({ method: 'GET', url: '/api/v1/auth/oidc/config' })).json()).toMatchObject({ enabled: false, label: null });
      expect((await off.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' })).statusCode).toBe(404);
      expect(refusal(await off.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=a&state=b' }))).toBe('off');
    } finally {
      await off.close();
    }
  });
});
