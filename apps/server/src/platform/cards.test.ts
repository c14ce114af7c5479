// The talent card through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL
// server: the demo talent holds a card from the bulk run at the level the parameters give; the live
// code verifies at a partner with only the masked name and level; a use is recorded once per
// request and the talent sees it; the office counts uses; a revoked recognition ends the card when
// the status list is rebuilt, and the same code is then refused; a lost card is refused; the bulk
// run is idempotent; roles are kept apart.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { verifyAudit } from '@rencai/store';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let talent: Client, partner: Client, clerk: Client, leader: Client, admin: Client, hr: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  [talent, partner, clerk, leader, admin, hr] = (await Promise.all(['talent', 'partner_hospital', 'clerk_city', 'leader', 'admin', 'hr'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

type Answer = { status: string; statusText: string; reason: string; maskedName: string | null; levelName: string | null; listAgeSeconds: number | null; use: { service: string; serviceName: string; usedAt: string } | null };
const ANSWER_KEYS = ['levelName', 'listAgeSeconds', 'maskedName', 'reason', 'status', 'statusText', 'use'];
const liveCode = async () => (await talent.req('GET', '/api/v1/me/card/code')).json<{ code: string; expiresAt: string }>().code;
const verify = async (body: Record<string, unknown>) => {
  const res = await partner.req('POST', '/api/v1/cards/verify', body);
  expect(res.statusCode, res.body).toBe(200);
  const a = res.json<Answer>();
  expect(Object.keys(a).sort()).toEqual(ANSWER_KEYS);
  return a;
};
const uses = async () => Number((await h.p.db.selectFrom('card_uses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the demo talent’s card', () => {
  it('is issued by the bulk run at the level the parameters give, with the services it opens', async () => {
    const mine = (await talent.req('GET', '/api/v1/me/card')).json<{ card: P.CardView; eligible: boolean }>();
    expect(mine.card).toMatchObject({ level: 'standard', levelName: '人才普通卡', status: 'active', statusText: '有效', validFrom: '2026-11-23', validTo: '2027-11-22' });
    expect(mine.card.services.find((s) => s.code === 'medical_green_channel')).toMatchObject({ open: true });
    expect(mine.card.services.find((s) => s.code === 'exit_entry')).toMatchObject({ open: false });
    // Asking again answers with the same card; the bulk run again issues nothing new.
    expect((await talent.req('POST', '/api/v1/me/card')).json<P.CardView>().id).toBe(mine.card.id);
    const before = await h.p.db.selectFrom('talent_cards').select('id').execute();
    expect((await admin.req('POST', '/api/v1/cards/issue-due')).json()).toMatchObject({ issued: 0, ended: 0 });
    expect((await h.p.db.selectFrom('talent_cards').select('id').execute()).length).toBe(before.length);
    expect(before.length).toBeGreaterThan(1);
  });

  it('shows a live code (5 minutes) and a printable one (30 days): EdDSA, the talent-card kind, no ID number', async () => {
    const live = (await talent.req('GET', '/api/v1/me/card/code')).json<{ code: string; expiresAt: string; use: string }>();
    const print = (await talent.req('GET', '/api/v1/me/card/code?use=print')).json<{ code: string; expiresAt: string }>();
    const minutes = (Date.parse(live.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(4);
    expect(minutes).toBeLessThanOrEqual(5);
    expect((Date.parse(print.expiresAt) - Date.now()) / 86_400_000).toBeGreaterThan(29);
    expect(decodeProtectedHeader(live.code)).toMatchObject({ alg: 'EdDSA', typ: 'talent-card+jwt' });
    const jwks = (await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    const { payload } = await jwtVerify(live.code, createLocalJWKSet(jwks), { audience: P.CARD_AUDIENCE });
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'idx', 'iss', 'jti', 'lvl', 'nbf', 'nm', 'sub', 'use', 'vt']);
    expect(payload).toMatchObject({ nm: '林*远', lvl: 'standard', use: 'live' });
    expect(JSON.stringify(payload)).not.toMatch(/\d{17}[\dX]/);
    expect((await talent.req('GET', '/api/v1/me/card/code?use=forever')).json()).toMatchObject({ errors: [{ path: 'use' }] });
  });
});

describe('a partner verifies and records a use', () => {
  it('answers 有效 with only the masked name and level, and records the use once however often the request is sent', async () => {
    const code = await liveCode();
    const n = await uses();
    const first = await verify({ code, service: 'medical_green_channel', requestId: 'req-cards-test-1' });
    expect(first).toMatchObject({ status: 'valid', statusText: '有效', maskedName: '林*远', levelName: '人才普通卡', use: { service: 'medical_green_channel', serviceName: '医疗绿色通道' } });
    expect(first.listAgeSeconds).toBeGreaterThanOrEqual(0);
    const again = await verify({ code, service: 'medical_green_channel', requestId: 'req-cards-test-1' });
    expect(again.use!.usedAt).toBe(first.use!.usedAt);
    expect(await uses()).toBe(n + 1);
    // Only checking: nothing recorded.
    expect((await verify({ code })).use).toBeNull();
    expect(await uses()).toBe(n + 1);
    // A service the partner does not provide.
    expect((await partner.req('POST', '/api/v1/cards/verify', { code, service: 'bus', requestId: 'req-cards-test-2' })).json()).toMatchObject({ errors: [{ path: 'service' }] });
    expect((await partner.req('POST', '/api/v1/cards/verify', { code, service: 'medical_green_channel', requestId: 'x' })).json()).toMatchObject({ errors: [{ path: 'requestId' }] });
  });

  it('answers 无效 to garbage and to another kind of credential, with nothing about anyone', async () => {
    for (const code of ['', 'hello', 'a.b.c', await P.issueCredential(h.p, { kind: 'certificate', subject: 'card:1', claims: { lvl: 'gold', nm: '林*远', vt: '2099-01-01', idx: 0, use: 'live' }, audience: P.CARD_AUDIENCE, expiresAt: new Date(Date.now() + 60_000) })]) {
      const a = await verify({ code });
      expect(a).toMatchObject({ status: 'invalid', statusText: '无效', maskedName: null, levelName: null, use: null });
    }
  });

  it('lets the talent see their uses and the office count them by service, partner, county and month', async () => {
    const mine = (await talent.req('GET', '/api/v1/me/card/uses')).json<Array<{ serviceName: string; partner: string }>>();
    expect(mine.length).toBeGreaterThanOrEqual(3); // two from the demo, one above
    expect(mine[0]).toMatchObject({ serviceName: '医疗绿色通道', partner: '衢州市人民医院（合成）' });
    const stats = (await leader.req('GET', '/api/v1/cards/uses/stats')).json<{ total: number; rows: Array<{ service: string; partner: string; region: string; regionName: string; month: string; uses: number }> }>();
    expect(stats.total).toBe(await uses());
    expect(stats.rows[0]).toMatchObject({ service: 'medical_green_channel', partner: 'quzhou_hospital', region: 'kecheng', regionName: '柯城区' });
    expect(stats.rows[0]!.month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('keeps roles apart: only verifiers verify, only the talent shows a code, a partner sees no person', async () => {
    const code = await liveCode();
    expect((await clerk.req('POST', '/api/v1/cards/verify', { code })).statusCode).toBe(403);
    expect((await hr.req('GET', '/api/v1/me/card/code')).statusCode).toBe(403);
    expect((await partner.req('GET', '/api/v1/persons')).json<{ items: unknown[] }>().items ?? []).toEqual([]);
    expect((await partner.req('GET', '/api/v1/cards/uses/stats')).statusCode).toBe(403);
    expect((await talent.req('POST', '/api/v1/cards/issue-due')).statusCode).toBe(403);
  });
});

describe('revocation and the status list', () => {
  it('publishes a signed list of at least 131,072 entries that outside verifiers read with the public keys', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/cards/status-list' });
    expect(res.statusCode).toBe(200);
    const { statusList } = res.json<{ statusList: string }>();
    const jwks = (await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    const v = await P.offlineVerifier(jwks, statusList);
    expect(v.list.size).toBe(131_072);
    expect(decodeProtectedHeader(statusList)).toMatchObject({ alg: 'EdDSA', typ: 'status-list+jwt' });
    expect((await v.check(await liveCode())).status).toBe('valid');
  });

  it('refuses the same card once its recognition is revoked and the list is rebuilt', async () => {
    const code = await liveCode();
    const person = talent.user.personId!;
    const rec = await h.p.db.selectFrom('recognitions').select('id').where('person_id', '=', person).where('revoked_on', 'is', null).execute();
    expect(rec.length).toBeGreaterThan(0);
    for (const r of rec) expect((await clerk.req('POST', `/api/v1/recognitions/${r.id}/revoke`, { reason: '核查发现已离职（测试）' })).statusCode).toBe(200);
    const a = await verify({ code, refresh: true });
    expect(a).toMatchObject({ status: 'revoked', statusText: '已吊销', maskedName: '林*远', use: null });
    // Not recorded even when asked to.
    const n = await uses();
    expect((await verify({ code, service: 'medical_green_channel', requestId: 'req-cards-test-revoked' })).status).toBe('revoked');
    expect(await uses()).toBe(n);
    const card = await h.p.db.selectFrom('talent_cards').selectAll().where('person_id', '=', person).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(card).toMatchObject({ status: 'revoked', end_kind: 'recognition' });
    expect((await talent.req('GET', '/api/v1/me/card')).json()).toMatchObject({ card: { status: 'revoked', statusText: '已吊销' }, eligible: false });
    expect((await talent.req('GET', '/api/v1/me/card/code')).statusCode).toBe(404);
    // The offline list says the same.
    const jwks = (await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    const v = await P.offlineVerifier(jwks, (await h.app.inject({ method: 'GET', url: '/api/v1/cards/status-list' })).json<{ statusList: string }>().statusList);
    expect(v.list.isSet(card.status_index)).toBe(true);
  });

  it('revokes at once a card reported lost, or one a clerk revokes with a reason', async () => {
    const holder = await h.p.db.selectFrom('talent_cards').selectAll().where('status', '=', 'active').orderBy('id').executeTakeFirstOrThrow();
    const missing = await clerk.req('POST', `/api/v1/cards/${holder.id}/revoke`, {});
    expect(missing.json()).toMatchObject({ errors: [{ path: 'reason' }] });
    const done = await clerk.req('POST', `/api/v1/cards/${holder.id}/revoke`, { reason: '持卡人申请注销（测试）' });
    expect(done.json()).toMatchObject({ status: 'revoked', endReason: '持卡人申请注销（测试）' });
    expect((await clerk.req('POST', `/api/v1/cards/${holder.id}/revoke`, { reason: '再次吊销（测试）' })).statusCode).toBe(409);
    const jwks = (await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    const v = await P.offlineVerifier(jwks, (await h.app.inject({ method: 'GET', url: '/api/v1/cards/status-list' })).json<{ statusList: string }>().statusList);
    expect(v.list.isSet(holder.status_index)).toBe(true);
  });

  it('issues a new card to an eligible person whose card was revoked: once, even when the bulk run runs twice at once', async () => {
    const ended = await h.p.db.selectFrom('talent_cards').selectAll().where('end_kind', '=', 'clerk').executeTakeFirstOrThrow();
    const [a, b] = await Promise.all([P.issueDueCards(h.p), P.issueDueCards(h.p)]);
    expect(a.issued + b.issued).toBe(1);
    const cards = await h.p.db.selectFrom('talent_cards').selectAll().where('person_id', '=', ended.person_id).orderBy('id').execute();
    expect(cards.map((c) => c.status)).toEqual(['revoked', 'active']);
    expect(cards[1]!.status_index).not.toBe(ended.status_index);
  });

  it('keeps one active card per person in the database itself, and every step in the audit chain', async () => {
    const holder = await h.p.db.selectFrom('talent_cards').selectAll().where('status', '=', 'active').orderBy('id').executeTakeFirstOrThrow();
    await expect(h.p.db.insertInto('talent_cards').values({ person_id: holder.person_id, level: 'gold', valid_from: '2026-11-23', valid_to: '2027-11-22' }).execute()).rejects.toThrow();
    const actions = (await h.p.db.selectFrom('audit_log').select('action').where('action', 'like', 'card.%').execute()).map((r) => r.action);
    expect(new Set(actions)).toEqual(new Set(['card.issue', 'card.partner.add', 'card.use', 'card.revoke']));
    expect((await verifyAudit(h.p.db)).ok).toBe(true);
  });
});
