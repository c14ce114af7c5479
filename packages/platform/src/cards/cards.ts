// Talent cards (高层次人才服务“电子一卡通”, 衢委发〔2020〕7号 art. 23): issued to each person the rules
// make eligible (rule art23.talent_card on their recognised registry facts) at the level the dated
// parameters give; one active card per person (the database holds it). Issued on a clerk's or the
// talent's request, and in bulk by issueDueCards (the scheduled job). A card ends when the talent
// reports it lost, when a clerk revokes it with a reason, or when a revoked recognition leaves the
// person no longer eligible (checked each time the status list is built).

import { calculateRequest } from '@rencai/services';
import { addYears, formatDay, type TraceNode } from '@rencai/engine';
import { appendAudit, type CardEndKind, type CardLevel, type DB, type Transaction } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, forbidden, isUniqueViolation, notFound, todayString } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { getPersonRow, personProfile, personRow, personsIn, personsWithRevokedRecognitions } from '../registry/index.js';
import { LEVEL_NAMES, levelOfTier, servicesOf } from './levels.js';
import { invalidateStatusList } from './list-cache.js';

type PersonRow = NonNullable<Awaited<ReturnType<typeof personRow>>>;

/** How long a card is valid once issued (the bulk job renews it before then). */
export const CARD_YEARS = 1;

export interface Eligibility {
  eligible: boolean;
  tier: number | null;
  level: CardLevel | null;
  reason: string;
}

function tierIn(node: TraceNode): number | null {
  if (node.kind === 'var' && node.label === '第19条津贴层次' && typeof node.value === 'number') return node.value;
  for (const ch of node.children ?? []) {
    const t = tierIn(ch);
    if (t !== null) return t;
  }
  return null;
}

/** Whether the rules make the person eligible for a card today, and at which level. */
export async function cardEligibility(p: Platform, person: PersonRow, db: Platform['db'] | Transaction<DB> = p.db): Promise<Eligibility> {
  const asOf = todayString(p);
  const profile = await personProfile(db, person, asOf);
  const result = calculateRequest({ profile, date: asOf, whyNot: true });
  const granted = result.inKind.find((e) => e.rule === 'art23.talent_card' && e.status === 'granted');
  if (!granted) {
    const why = [...(result.notEligible ?? []), ...result.undetermined].find((e) => e.rule === 'art23.talent_card');
    return { eligible: false, tier: null, level: null, reason: why?.reason ?? '不属于第19条所列高层次人才' };
  }
  const tier = tierIn(granted.explanation.eligibility);
  if (tier === null) return { eligible: false, tier: null, level: null, reason: '未能确定第19条人才层次' };
  return { eligible: true, tier, level: levelOfTier(tier, p.today()), reason: `第19条第(${tier})项人才` };
}

export interface CardView {
  id: number;
  personId: number;
  level: CardLevel;
  levelName: string;
  status: 'active' | 'revoked';
  statusText: string;
  validFrom: string;
  validTo: string;
  issuedAt: string;
  endReason: string | null;
  services: Array<{ code: string; name: string; open: boolean }>;
}

type CardRow = Awaited<ReturnType<typeof activeCard>> & object;

const activeCard = (db: Platform['db'] | Transaction<DB>, personId: number) => db.selectFrom('talent_cards').selectAll().where('person_id', '=', personId).where('status', '=', 'active').executeTakeFirst();

function cardView(p: Platform, r: CardRow): CardView {
  const expired = r.status === 'active' && r.valid_to < todayString(p);
  return {
    id: r.id,
    personId: r.person_id,
    level: r.level,
    levelName: LEVEL_NAMES[r.level],
    status: r.status,
    statusText: r.status === 'revoked' ? '已吊销' : expired ? '已过期' : '有效',
    validFrom: r.valid_from,
    validTo: r.valid_to,
    issuedAt: new Date(r.issued_at).toISOString(),
    endReason: r.end_reason,
    services: servicesOf(r.level, p.today()),
  };
}

/** Issues a card to a person the rules make eligible; the card they already hold when they have one. */
async function issueFor(p: Platform, c: Caller | null, person: PersonRow, how: 'request' | 'job'): Promise<{ card: CardRow; created: boolean } | { refused: string }> {
  const held = await activeCard(p.db, person.id);
  if (held) return { card: held, created: false };
  const e = await cardEligibility(p, person);
  if (!e.eligible || !e.level) return { refused: e.reason };
  const today = todayString(p);
  try {
    const card = await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('talent_cards')
        .values({ person_id: person.id, level: e.level!, valid_from: today, valid_to: formatDay(addYears(p.today(), CARD_YEARS) - 1), issued_by: c?.userId ?? null })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c?.userId ?? null, actorRole: c?.role ?? 'system', action: 'card.issue', entity: 'talent_card', entityId: row.id, region: person.region, detail: { personId: person.id, level: row.level, tier: e.tier, how } });
      await sendMessages(trx, [{ personId: person.id, text: `您的${LEVEL_NAMES[row.level]}（高层次人才服务“电子一卡通”）已开通，有效期至 ${row.valid_to}。可在“我的人才码”中出示。` }]);
      return row;
    });
    return { card, created: true };
  } catch (err) {
    // Issued meanwhile by someone else (the one-active-card index): that card is the answer.
    if (isUniqueViolation(err)) {
      const card = await activeCard(p.db, person.id);
      if (card) return { card, created: false };
    }
    throw err;
  }
}

/** A card on request: a clerk for a person in their scope, or a talent for themself. */
export async function issueCard(p: Platform, c: Caller, personId?: number): Promise<CardView> {
  let person: PersonRow;
  if (c.role === 'talent') {
    if (!c.personId || (personId !== undefined && personId !== c.personId)) throw forbidden('人才只能申领本人的人才卡');
    const row = await personRow(p.db, c.personId);
    if (!row) throw notFound('本人在人才库中的记录');
    person = row;
  } else if (c.role === 'clerk' || c.role === 'admin') {
    person = await getPersonRow(p, c, personId ?? -1);
  } else throw forbidden('只有人才办经办人员或人才本人可以申领人才卡');
  const out = await issueFor(p, c, person, 'request');
  if ('refused' in out) throw conflict(`不符合高层次人才服务“电子一卡通”的条件：${out.refused}`);
  return cardView(p, out.card);
}

/**
 * The scheduled job: a card for every eligible person without one; cards of persons the rules no
 * longer make eligible end. Safe to run again and at once with itself (one active card per person).
 */
export async function issueDueCards(p: Platform, opts: { limit?: number } = {}): Promise<{ scanned: number; issued: number; ended: number }> {
  const persons = await personsIn(p.db, null, opts.limit ?? 1_000_000);
  let issued = 0;
  let ended = 0;
  for (const person of persons) {
    const held = await activeCard(p.db, person.id);
    if (held) {
      const e = await cardEligibility(p, person);
      if (!e.eligible && (await endCard(p, null, held, 'ineligible', `不再符合条件：${e.reason}`))) ended++;
      continue;
    }
    const out = await issueFor(p, null, person, 'job');
    if ('created' in out && out.created) issued++;
  }
  return { scanned: persons.length, issued, ended };
}

/** Ends an active card (revoked in the status list from its next build); false when it had already ended. */
async function endCard(p: Platform, c: Caller | null, card: CardRow, kind: CardEndKind, reason: string): Promise<boolean> {
  const person = await personRow(p.db, card.person_id);
  const done = await p.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('talent_cards')
      .set({ status: 'revoked', ended_at: new Date(), ended_by: c?.userId ?? null, end_kind: kind, end_reason: reason })
      .where('id', '=', card.id)
      .where('status', '=', 'active')
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await appendAudit(trx, { actorId: c?.userId ?? null, actorRole: c?.role ?? 'system', action: 'card.revoke', entity: 'talent_card', entityId: card.id, region: person?.region ?? null, detail: { personId: card.person_id, kind, reason } });
    await sendMessages(trx, [{ personId: card.person_id, text: `您的${LEVEL_NAMES[card.level]}（编号 ${card.id}）已停用。原因：${reason}` }]);
    return true;
  });
  if (done) invalidateStatusList(p);
  return done;
}

const reasonOf = (input: { reason?: unknown }, least: number): string => {
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason.length < least || reason.length > 200) throw badInput([{ path: 'reason', message: `请写明理由（${least}–200 个字）` }]);
  return reason;
};

/** A clerk revokes a card of a person in their scope, with a reason. */
export async function revokeCard(p: Platform, c: Caller, id: number, input: { reason?: unknown }): Promise<CardView> {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以吊销人才卡');
  const card = await p.db.selectFrom('talent_cards').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();
  if (!card) throw notFound('该人才卡');
  await getPersonRow(p, c, card.person_id).catch(() => {
    throw notFound('该人才卡（或无权查看）');
  });
  const reason = reasonOf(input, 4);
  if (card.status !== 'active' || !(await endCard(p, c, card, 'clerk', reason))) throw conflict('该人才卡已停用');
  return cardView(p, (await p.db.selectFrom('talent_cards').selectAll().where('id', '=', card.id).executeTakeFirstOrThrow()) as CardRow);
}

/** The talent reports their card lost: it is revoked at once; a new one may be requested. */
export async function reportCardLost(p: Platform, c: Caller, input: { reason?: unknown }): Promise<{ revoked: number }> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以挂失');
  const card = await activeCard(p.db, c.personId);
  if (!card) throw notFound('有效的人才卡');
  const reason = typeof input.reason === 'string' && input.reason.trim() ? `本人挂失：${input.reason.trim().slice(0, 100)}` : '本人挂失';
  await endCard(p, c, card, 'lost', reason);
  return { revoked: card.id };
}

/** Active cards of persons with a revoked recognition who are no longer eligible end (run before each status list). */
export async function endCardsOfRevokedRecognitions(p: Platform): Promise<number> {
  const active = await p.db.selectFrom('talent_cards').selectAll().where('status', '=', 'active').execute();
  const byPerson = new Map(active.map((r) => [r.person_id, r]));
  const affected = await personsWithRevokedRecognitions(p.db, [...byPerson.keys()], todayString(p));
  let ended = 0;
  for (const personId of affected) {
    const person = await personRow(p.db, personId);
    if (!person) continue;
    const e = await cardEligibility(p, person);
    if (!e.eligible && (await endCard(p, null, byPerson.get(personId)!, 'recognition', `人才层次认定已撤销，不再符合条件：${e.reason}`))) ended++;
  }
  return ended;
}

/** The talent's own card (the latest), and whether they may request one. */
export async function myCard(p: Platform, c: Caller): Promise<{ card: CardView | null; eligible: boolean; reason: string }> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看');
  const card = await p.db.selectFrom('talent_cards').selectAll().where('person_id', '=', c.personId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const person = await personRow(p.db, c.personId);
  if (!person) throw notFound('本人在人才库中的记录');
  const e = card?.status === 'active' ? { eligible: true, reason: '' } : await cardEligibility(p, person);
  return { card: card ? cardView(p, card) : null, eligible: e.eligible, reason: e.reason };
}

/** A clerk's list of a person's cards. */
export async function personCards(p: Platform, c: Caller, personId: number): Promise<CardView[]> {
  if (!(c.role === 'clerk' || c.role === 'admin' || c.role === 'leader')) throw forbidden('只有人才办工作人员可以查看');
  await getPersonRow(p, c, personId);
  const rows = await p.db.selectFrom('talent_cards').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').execute();
  return rows.map((r) => cardView(p, r));
}

export { activeCard };
export type { CardRow };
