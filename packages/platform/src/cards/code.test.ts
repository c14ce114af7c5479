// Tests of trust for the talent card's code, offline as a partner's device checks it (public keys and
// a signed status list only): a good live and printable code verify with only the masked name and
// level; forged (another key), altered (every single character and byte), expired, replayed (a live
// code after its 5 minutes), revoked, wrong kind or audience, not yet valid and malformed codes — over
// a thousand in all — are every one refused; a status list older than 24 hours is refused.

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { masterKey, Vault } from '@rencai/store';
import { issueCredential, publicKeys } from '../signing/index.js';
import { maskName, offlineVerifier, signCardCode, type OfflineVerifier } from './code.js';
import { encodeBits, entriesFor, MIN_ENTRIES, STATUS_PURPOSE } from './status-list.js';

const p = { vault: new Vault([masterKey(randomBytes(32))]) };
const other = { vault: new Vault([masterKey(randomBytes(32))]) };
const card = { id: 42, level: 'gold' as const, validTo: '2099-12-31', statusIndex: 7 };
const REVOKED = { id: 43, level: 'silver' as const, validTo: '2099-12-31', statusIndex: 8 };
const list = (signer = p, revoked = [8], issuedAt = new Date()) =>
  issueCredential(signer, { kind: 'status-list', subject: 'talent-card-status', issuedAt, claims: { statusPurpose: STATUS_PURPOSE, encodedList: encodeBits(MIN_ENTRIES, revoked), size: MIN_ENTRIES } });
const verifier = async (): Promise<OfflineVerifier> => offlineVerifier(await publicKeys(p), await list());
const ANSWER_KEYS = ['cardId', 'level', 'levelName', 'listAgeSeconds', 'maskedName', 'reason', 'status', 'statusText'];

/** Every code a partner could be shown that is not a good one. */
async function badCodes(): Promise<Array<{ why: string; code: string; now?: Date }>> {
  const good = (await signCardCode(p, card, '林思远', 'live')).code;
  const out: Array<{ why: string; code: string; now?: Date }> = [];
  // Forged: the same claims signed by a key the city does not hold, for each level and use.
  for (const level of ['gold', 'silver', 'standard'] as const)
    for (const use of ['live', 'print'] as const) for (let i = 0; i < 5; i++) out.push({ why: 'forged', code: (await signCardCode(other, { ...card, level }, '林思远', use)).code });
  // Altered: every character of the code replaced by another (a base64url neighbour).
  const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < good.length; i++) {
    if (good[i] === '.') continue;
    const ch = ALPHA[(ALPHA.indexOf(good[i]!) + 1 + (i % 63)) % 64]!;
    out.push({ why: `altered char ${i}`, code: good.slice(0, i) + ch + good.slice(i + 1) });
  }
  // Altered: one byte of the decoded header, payload or signature, re-encoded.
  const parts = good.split('.');
  for (const [k, part] of parts.entries()) {
    const bytes = Buffer.from(part, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const b = Buffer.from(bytes);
      b[i] = b[i]! ^ (1 << (i % 8));
      const next = [...parts];
      next[k] = b.toString('base64url');
      out.push({ why: `altered byte ${k}:${i}`, code: next.join('.') });
    }
  }
  // Expired and replayed: printable codes past 30 days, live codes past 5 minutes.
  const long = new Date(Date.now() - 31 * 86_400_000);
  for (let i = 0; i < 20; i++) out.push({ why: 'expired print', code: (await signCardCode(p, card, '林思远', 'print', new Date(long.getTime() - i * 3600_000))).code });
  const shown = await signCardCode(p, card, '林思远', 'live');
  for (let m = 6; m < 66; m++) out.push({ why: `replayed after ${m} min`, code: shown.code, now: new Date(Date.now() + m * 60_000) });
  // A card whose last day has passed, even with a fresh code.
  out.push({ why: 'card past its validity', code: (await signCardCode(p, { ...card, validTo: '2020-01-01' }, '林思远', 'live', new Date('2019-12-31T12:00:00+08:00'))).code, now: new Date('2020-01-02T10:00:00+08:00') });
  // Not yet valid.
  for (let i = 0; i < 10; i++) out.push({ why: 'not yet valid', code: (await signCardCode(p, card, '林思远', 'live', new Date(Date.now() + (i + 2) * 60_000))).code });
  // Revoked: the card's bit is set in the list.
  for (const use of ['live', 'print'] as const) for (let i = 0; i < 10; i++) out.push({ why: 'revoked', code: (await signCardCode(p, REVOKED, '王小明', use)).code });
  // Wrong kind (the same claims as another kind of credential) and wrong audience.
  const claims = { lvl: 'gold', nm: '林*远', vt: '2099-12-31', idx: 7, use: 'live' };
  const soon = new Date(Date.now() + 60_000);
  for (const kind of ['enterprise-code', 'certificate', 'status-list'] as const)
    for (let i = 0; i < 10; i++) out.push({ why: `kind ${kind}`, code: await issueCredential(p, { kind, subject: 'card:42', claims, expiresAt: soon, notBefore: new Date(), audience: 'rencai:talent-card-verifier' }) });
  for (const audience of [undefined, 'rencai:enterprise', 'someone-else', 'rencai:talent-card-verifier2'])
    for (let i = 0; i < 5; i++) out.push({ why: `audience ${audience}`, code: await issueCredential(p, { kind: 'talent-card', subject: 'card:42', claims, expiresAt: soon, notBefore: new Date(), ...(audience ? { audience } : {}) }) });
  // Missing claims, wrong claims: no expiry, a subject that is not a card, an unknown level.
  out.push({ why: 'no exp', code: await issueCredential(p, { kind: 'talent-card', subject: 'card:42', claims, notBefore: new Date(), audience: 'rencai:talent-card-verifier' }) });
  for (const [sub, c] of [['person:42', claims], ['card:0', claims], ['card:42', { ...claims, lvl: 'platinum' }], ['card:42', { ...claims, idx: -1 }], ['card:42', { ...claims, use: 'forever' }], ['card:42', { ...claims, vt: 'tomorrow' }]] as const)
    out.push({ why: `claims ${sub} ${JSON.stringify(c)}`, code: await issueCredential(p, { kind: 'talent-card', subject: sub, claims: { ...c }, expiresAt: soon, notBefore: new Date(), audience: 'rencai:talent-card-verifier' }) });
  // Another algorithm in the header: alg none, HS256 with the public key as secret.
  const [, body] = good.split('.');
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  out.push({ why: 'alg none', code: `${b64({ alg: 'none', typ: 'talent-card+jwt' })}.${body}.` });
  out.push({ why: 'alg none sig', code: `${b64({ alg: 'none', typ: 'talent-card+jwt' })}.${body}.AAAA` });
  const jwk = (await publicKeys(p)).keys[0]!;
  out.push({ why: 'HS256', code: await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', kid: jwk.kid!, typ: 'talent-card+jwt' }).setIssuer('rencai').setSubject('card:42').setAudience('rencai:talent-card-verifier').setIssuedAt().setNotBefore('0s').setExpirationTime('5m').setJti('x').sign(Buffer.from(jwk.x!, 'base64url')) });
  // Malformed: truncated, doubled, extra parts, random text, empty.
  for (let i = 1; i < good.length; i += 7) out.push({ why: `truncated ${i}`, code: good.slice(0, i) });
  out.push({ why: 'doubled', code: good + good }, { why: 'extra part', code: `${good}.AAAA` }, { why: 'empty', code: '' }, { why: 'spaces', code: '   ' }, { why: 'huge', code: 'a'.repeat(5000) });
  for (let i = 0; i < 50; i++) out.push({ why: 'random', code: randomBytes(40 + i).toString('base64url').replace(/(.{20})(.{20})/, '$1.$2.') });
  return out;
}

describe('the talent card code, checked offline', () => {
  it('verifies a good live and printable code with only the masked name and level', async () => {
    const v = await verifier();
    for (const use of ['live', 'print'] as const) {
      const a = await v.check((await signCardCode(p, card, '林思远', use)).code);
      expect(a).toMatchObject({ status: 'valid', statusText: '有效', maskedName: '林*远', level: 'gold', levelName: '人才金卡', cardId: 42 });
      expect(Object.keys(a).sort()).toEqual(ANSWER_KEYS);
      expect(a.listAgeSeconds).toBeLessThan(5);
    }
    expect([maskName('林思远'), maskName('王五'), maskName('欧阳娜娜'), maskName('李')]).toEqual(['林*远', '王*', '欧**娜', '*']);
  });

  it('refuses every one of over a thousand forged, altered, expired, replayed, revoked, wrong-kind and malformed codes', async () => {
    const v = await verifier();
    const bad = await badCodes();
    expect(bad.length).toBeGreaterThanOrEqual(1000);
    const accepted: string[] = [];
    const statuses = new Map<string, number>();
    for (const b of bad) {
      const a = await v.check(b.code, b.now);
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      if (a.status === 'valid') accepted.push(b.why);
      expect(Object.keys(a).sort()).toEqual(ANSWER_KEYS);
      if (a.status === 'invalid') expect([a.maskedName, a.level]).toEqual([null, null]);
    }
    expect(accepted).toEqual([]);
    expect(statuses.get('revoked')).toBe(20);
    expect(statuses.get('expired')).toBeGreaterThanOrEqual(81);
    // A replayed live code says 已过期 (show the newest); a revoked one 已吊销.
    const replay = bad.find((b) => b.why === 'replayed after 6 min')!;
    expect((await v.check(replay.code, replay.now)).statusText).toBe('已过期');
  });

  it('refuses to decide on a status list older than 24 hours, and refuses a list signed by another key', async () => {
    const stale = await offlineVerifier(await publicKeys(p), await list(p, [8], new Date(Date.now() - 25 * 3600_000)));
    const a = await stale.check((await signCardCode(p, card, '林思远', 'print')).code);
    expect(a).toMatchObject({ status: 'invalid', maskedName: null });
    expect(a.reason).toMatch(/吊销名单已过期/);
    expect(a.listAgeSeconds).toBeGreaterThan(24 * 3600);
    await expect(offlineVerifier(await publicKeys(p), await list(other))).rejects.toThrow();
    // A card credential is not a status list.
    await expect(offlineVerifier(await publicKeys(p), (await signCardCode(p, card, '林思远', 'live')).code)).rejects.toThrow();
  });

  it('holds at least 131,072 entries (16 KB before compression), growing by whole lists for more cards', () => {
    expect([entriesFor(0), entriesFor(131_071), entriesFor(131_072), entriesFor(599_999)]).toEqual([131_072, 131_072, 262_144, 655_360]);
    expect(Buffer.from(encodeBits(MIN_ENTRIES, []), 'base64url').length).toBeLessThan(200);
  });
});
