// Showing and checking cards: the talent's live and printable codes, the signed status list (built
// from the cards table, cached, rebuilt when a card ends or on request), a partner's verification —
// the same offline check a partner's device makes, on the server's current list — and each use of a
// card recorded once per request.

import { issueCredential, publicKeys } from '../signing/index.js';
import { type Platform, type Caller, conflict, fieldError, forbidden, notFound, todayString } from '../shared/index.js';
import { offlineVerifier, signCardCode, type CardCheck, type CodeUse } from './code.js';
import { encodeBits, entriesFor, STATUS_PURPOSE } from './status-list.js';
import { endCardsOfRevokedRecognitions } from './cards.js';
import { personRow } from '../registry/index.js';
import { listCache, type CachedList } from './list-cache.js';

/** The server rebuilds its list when it is older than this (verifiers may keep theirs up to 24 hours). */
export const STATUS_LIST_REFRESH_MS = 5 * 60_000;

type Cached = CachedList;
const cache = listCache;
const building = new WeakMap<Platform, Promise<Cached>>();

/** Builds and signs the status list from the cards table, after ending cards whose recognition was revoked. */
export async function buildStatusList(p: Platform): Promise<{ jws: string; size: number; revoked: number }> {
  await endCardsOfRevokedRecognitions(p);
  const top = await p.db.selectFrom('talent_cards').select((eb) => eb.fn.max('status_index').as('top')).executeTakeFirst();
  const revoked = await p.db.selectFrom('talent_cards').select('status_index').where('status', '=', 'revoked').execute();
  const size = entriesFor(Number(top?.top ?? 0));
  const encodedList = encodeBits(size, revoked.map((r) => r.status_index));
  const jws = await issueCredential(p, { kind: 'status-list', subject: 'talent-card-status', claims: { statusPurpose: STATUS_PURPOSE, encodedList, size } });
  return { jws, size, revoked: revoked.length };
}

/** The current signed list (rebuilt when older than 5 minutes, or when `refresh`). */
export async function currentStatusList(p: Platform, opts: { refresh?: boolean } = {}): Promise<Cached> {
  const held = cache.get(p);
  if (held && !opts.refresh && Date.now() - held.issuedAt.getTime() < STATUS_LIST_REFRESH_MS) return held;
  const pending = building.get(p);
  if (pending && !opts.refresh) return pending;
  const next = (async () => {
    const { jws } = await buildStatusList(p);
    const verifier = await offlineVerifier(await publicKeys(p), jws);
    const c = { jws, issuedAt: verifier.list.issuedAt, verifier };
    cache.set(p, c);
    return c;
  })().finally(() => building.delete(p));
  building.set(p, next);
  return next;
}

/** The talent's code for their active card: live (5 minutes) or printable (30 days, within the card's validity). */
export async function cardCode(p: Platform, c: Caller, use: unknown = 'live'): Promise<{ code: string; use: CodeUse; expiresAt: string; cardId: number }> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以出示人才码');
  if (use !== 'live' && use !== 'print') throw fieldError('use', '应为 live（实时码）或 print（打印卡）');
  const card = await p.db.selectFrom('talent_cards').selectAll().where('person_id', '=', c.personId).where('status', '=', 'active').executeTakeFirst();
  if (!card) throw notFound('有效的人才卡');
  if (card.valid_to < todayString(p)) throw conflict(`人才卡已于 ${card.valid_to} 到期，请重新申领`);
  const person = await personRow(p.db, c.personId);
  const { code, expiresAt } = await signCardCode(p, { id: card.id, level: card.level, validTo: card.valid_to, statusIndex: card.status_index }, person?.name ?? '', use);
  return { code, use, expiresAt: expiresAt.toISOString(), cardId: card.id };
}

/** What a partner's verifier sees: the answer, the masked name and level, the list's age, and the use recorded. */
export interface VerifierAnswer {
  status: CardCheck['status'];
  statusText: string;
  reason: string;
  maskedName: string | null;
  levelName: string | null;
  listAgeSeconds: number | null;
  use: { service: string; serviceName: string; usedAt: string } | null;
}

async function partnerOfCaller(p: Platform, c: Caller) {
  if (c.role !== 'partner_verifier') throw forbidden('只有合作单位核验员可以核验人才码');
  const partner = await p.db.selectFrom('card_partners').selectAll().where('code', '=', c.department ?? '').executeTakeFirst();
  if (!partner) throw notFound('核验员所属的合作单位');
  return partner;
}

export { partnerOfCaller };
