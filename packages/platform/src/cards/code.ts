// The code in the QR: a talent-card credential (compact EdDSA JWS, see ../signing) carrying the
// least a partner needs — the card's number, level, validity, its place in the status list and a
// masked name; never an ID number. Two lifetimes: the live code in the talent portal (5 minutes, so
// a screenshot soon stops working) and the printable card (30 days, for places without network).
//
// The offline verifier here needs only the public keys (JWK Set) and a signed status list: a
// partner's device checks the signature, kind, audience and time, then the card's bit in the list,
// and refuses when the list is older than its limit.

import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, type JWK } from 'jose';
import type { CardLevel } from '@rencai/store';
import { CREDENTIAL_ISSUER, issueCredential, typOf } from '../signing/index.js';
import { chinaDate, type Platform } from '../shared/index.js';
import { LEVEL_NAMES } from './levels.js';
import { readStatusList, type StatusList } from './status-list.js';

/** Whom card codes are meant for: the partners' verifiers. */
export const CARD_AUDIENCE = 'rencai:talent-card-verifier';
export const LIVE_MINUTES = 5;
export const PRINT_DAYS = 30;
/** A verifier refuses to decide with a status list older than this. */
export const STATUS_LIST_MAX_AGE_MS = 24 * 3600_000;

export type CodeUse = 'live' | 'print';

/** 林思远 → 林*远, 王五 → 王*. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export interface CardClaims {
  /** The card's level. */
  lvl: CardLevel;
  /** The masked name. */
  nm: string;
  /** The card's last valid day (YYYY-MM-DD). */
  vt: string;
  /** The card's place in the status list. */
  idx: number;
  /** Live (portal) or printed. */
  use: CodeUse;
}

/** Signs a card's code: live (5 minutes) or printable (30 days), never past the card's last day. */
export async function signCardCode(
  p: Pick<Platform, 'vault'>,
  card: { id: number; level: CardLevel; validTo: string; statusIndex: number },
  name: string,
  use: CodeUse,
  now = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const cardEnd = new Date(`${card.validTo}T23:59:59+08:00`);
  const want = new Date(now.getTime() + (use === 'live' ? LIVE_MINUTES * 60_000 : PRINT_DAYS * 86_400_000));
  const expiresAt = want < cardEnd ? want : cardEnd;
  const claims: CardClaims = { lvl: card.level, nm: maskName(name), vt: card.validTo, idx: card.statusIndex, use };
  const code = await issueCredential(p, { kind: 'talent-card', subject: `card:${card.id}`, claims: { ...claims }, issuedAt: now, expiresAt, notBefore: now, audience: CARD_AUDIENCE });
  return { code, expiresAt };
}

export type VerifyStatus = 'valid' | 'expired' | 'revoked' | 'invalid';
export const STATUS_TEXT: Record<VerifyStatus, string> = { valid: '有效', expired: '已过期', revoked: '已吊销', invalid: '无效' };

/** What a verifier learns: the answer, and for a card that verifies, only the masked name and level. */
export interface CardCheck {
  status: VerifyStatus;
  statusText: string;
  /** Why, in a few words (no personal data). */
  reason: string;
  maskedName: string | null;
  level: CardLevel | null;
  levelName: string | null;
  /** How old the status list the answer relied on is (seconds); null when it was not reached. */
  listAgeSeconds: number | null;
  /** The card's number, for recording a use (never shown). */
  cardId: number | null;
}

const answer = (status: VerifyStatus, reason: string, rest: Partial<CardCheck> = {}): CardCheck => ({
  status,
  statusText: STATUS_TEXT[status],
  reason,
  maskedName: null,
  level: null,
  levelName: null,
  listAgeSeconds: null,
  cardId: null,
  ...rest,
});

export interface OfflineVerifier {
  check(code: unknown, now?: Date): Promise<CardCheck>;
  list: StatusList;
}

/** A verifier from the published keys and a signed status list (verified here), as a partner's device holds them. */
export async function offlineVerifier(jwks: { keys: JWK[] }, statusListJws: string, opts: { maxListAgeMs?: number } = {}): Promise<OfflineVerifier> {
  const keys = createLocalJWKSet(jwks);
  const list = await readStatusList(keys, statusListJws);
  // Each published key imported once (by kid): a check then needs no key lookup beyond the header.
  const byKid = new Map<string, KeyObject>();
  for (const k of jwks.keys) if (k.kid && k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.x === 'string') byKid.set(k.kid, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.x }, format: 'jwk' }));
  const maxAge = opts.maxListAgeMs ?? STATUS_LIST_MAX_AGE_MS;
  return {
    list,
    async check(code, now = new Date()) {
      if (typeof code !== 'string' || code.length > 4096 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(code.trim())) return answer('invalid', '不是人才码');
      // Each part in canonical base64url: a changed character, even in a part's unused last bits, is a changed code.
      if (!code.trim().split('.').every(canonical)) return answer('invalid', '签名无效或内容被改动');
      const ageMs = now.getTime() - list.issuedAt.getTime();
      if (ageMs > maxAge) return answer('invalid', `吊销名单已过期（${Math.floor(ageMs / 3600_000)} 小时前生成），请联网更新后再核验`, { listAgeSeconds: Math.floor(ageMs / 1000) });
      const checked = checkJws(code.trim(), byKid, now);
      if (typeof checked === 'string') return checked === 'expired' ? answer('expired', '人才码已过期，请出示最新的人才码') : answer('invalid', checked);
      const payload = checked;
      const claims = readClaims(payload);
      if (!claims) return answer('invalid', '人才码内容不完整');
      const listAgeSeconds = Math.max(0, Math.floor(ageMs / 1000));
      const shown = { maskedName: claims.nm, level: claims.lvl, levelName: LEVEL_NAMES[claims.lvl], listAgeSeconds, cardId: claims.card };
      if (claims.idx >= list.size) return answer('invalid', '人才码不在吊销名单范围内，请更新名单', { listAgeSeconds });
      if (list.isSet(claims.idx)) return answer('revoked', '该卡已吊销', shown);
      if (claims.vt < chinaDate(now)) return answer('expired', '该卡已过有效期', shown);
      return answer('valid', claims.use === 'print' ? '打印卡有效' : '人才码有效', shown);
    },
  };
}

function readClaims(p: Record<string, unknown>): (CardClaims & { card: number }) | null {
  const card = typeof p.sub === 'string' && /^card:[1-9][0-9]{0,14}$/.test(p.sub) ? Number(p.sub.slice(5)) : null;
  const ok =
    card !== null &&
    (p.lvl === 'gold' || p.lvl === 'silver' || p.lvl === 'standard') &&
    typeof p.nm === 'string' &&
    typeof p.vt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.vt) &&
    Number.isSafeInteger(p.idx) && (p.idx as number) >= 0 &&
    (p.use === 'live' || p.use === 'print');
  return ok ? { card, lvl: p.lvl as CardLevel, nm: p.nm as string, vt: p.vt as string, idx: p.idx as number, use: p.use as CodeUse } : null;
}

/**
 * The compact JWS checked as jose's jwtVerify would (EdDSA only, the kind's typ, issuer, audience,
 * nbf and exp required) but with Node's synchronous Ed25519 verify: a partner's device checks
 * thousands of codes a second on one core. The payload, or why not ('expired' or the reason).
 */
function checkJws(code: string, byKid: ReadonlyMap<string, KeyObject>, now: Date): Record<string, unknown> | string {
  const [h, b, sig] = code.split('.') as [string, string, string];
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
    payload = JSON.parse(Buffer.from(b, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return '不是人才码';
  }
  if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return '不是人才码';
  if (header.alg !== 'EdDSA' || Object.hasOwn(header, 'crit') || Object.hasOwn(header, 'b64')) return '签名算法不符';
  const key = typeof header.kid === 'string' ? byKid.get(header.kid) : undefined;
  if (!key) return '签名密钥未知（不是本平台签发）';
  const signature = Buffer.from(sig, 'base64url');
  if (signature.length !== 64 || !verify(null, Buffer.from(`${h}.${b}`, 'ascii'), key, signature)) return '签名无效或内容被改动';
  if (header.typ !== TALENT_CARD_TYP) return '不是人才码';
  if (payload.iss !== CREDENTIAL_ISSUER) return '不是本平台签发的人才码';
  if (payload.aud !== CARD_AUDIENCE) return '不是发给合作单位核验的人才码';
  const t = Math.floor(now.getTime() / 1000);
  for (const c of ['exp', 'nbf', 'iat'] as const) if (typeof payload[c] !== 'number' || !Number.isFinite(payload[c])) return '人才码内容不完整';
  if (typeof payload.jti !== 'string' || !payload.jti) return '人才码内容不完整';
  if ((payload.nbf as number) > t + CLOCK_TOLERANCE_S) return '人才码尚未生效';
  if ((payload.exp as number) <= t - CLOCK_TOLERANCE_S) return 'expired';
  return payload;
}

/** Leeway for a partner device's clock. */
const CLOCK_TOLERANCE_S = 30;
const TALENT_CARD_TYP = typOf('talent-card');

const canonical = (part: string): boolean => Buffer.from(part, 'base64url').toString('base64url') === part;
