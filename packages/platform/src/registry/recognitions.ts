// Revoking a tier recognition (撤销认定), e.g. when a talent has left or the evidence proved false:
// a clerk of the person's region names the reason and the date from which it no longer counts (not
// before it took effect, not in the future). From that date the engine no longer reads its
// qualifications or tiers; earlier dates, past decisions and their receipts are untouched — the
// list of past decisions a change would alter shows which ones to look at again.

import { parseDay } from '@rencai/engine';
import { appendAudit, type DB, type Db, type Transaction } from '@rencai/store';
import { type Platform, todayString, type Caller, badInput, conflict, forbidden, notFound, type FieldError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { personsInScope } from './scope.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function revokeRecognition(p: Platform, c: Caller, id: number, input: { reason?: unknown; effectiveOn?: unknown }) {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以撤销认定');
  const today = todayString(p);
  return p.db.transaction().execute(async (trx) => {
    // The recognition within the caller's scope first: elsewhere it answers 404 whatever the body says.
    const rec = await trx
      .selectFrom('recognitions')
      .innerJoin('persons', 'persons.id', 'recognitions.person_id')
      .selectAll('recognitions')
      .select('persons.region')
      .where('recognitions.id', '=', Number.isSafeInteger(id) ? id : -1)
      .where('recognitions.person_id', 'in', personsInScope(p, c, trx).select('persons.id'))
      .executeTakeFirst();
    if (!rec) throw notFound('该认定（或无权查看）');
    const errors: FieldError[] = [];
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (reason.length < 4) errors.push({ path: 'reason', message: '撤销认定须写明理由（至少 4 个字）' });
    let effectiveOn = today;
    if (input.effectiveOn !== undefined && input.effectiveOn !== null && input.effectiveOn !== '') {
      const valid = typeof input.effectiveOn === 'string' && DATE.test(input.effectiveOn) && Number.isFinite(parseDayOrNaN(input.effectiveOn));
      if (!valid) errors.push({ path: 'effectiveOn', message: '撤销生效日期应为 YYYY-MM-DD 的有效日期' });
      else if ((input.effectiveOn as string) > today) errors.push({ path: 'effectiveOn', message: `撤销生效日期不能晚于今天（${today}）` });
      else effectiveOn = input.effectiveOn as string;
    }
    if (errors.length) throw badInput(errors);
    if (rec.revoked_on) throw conflict(`该认定已于 ${rec.revoked_on} 撤销`);
    if (effectiveOn < rec.valid_from) throw badInput([{ path: 'effectiveOn', message: `撤销生效日期不能早于认定生效日期（${rec.valid_from}）` }]);
    const row = await trx
      .updateTable('recognitions')
      .set({ revoked_on: effectiveOn, revoked_by: c.userId, revoke_reason: reason })
      .where('id', '=', rec.id)
      .where('revoked_on', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict('该认定已被他人撤销，请刷新');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'recognition.revoke', entity: 'recognition', entityId: rec.id, region: rec.region, detail: { personId: rec.person_id, effectiveOn, reason } });
    await sendMessages(trx, [{ personId: rec.person_id, applicationId: rec.application_id, text: `您的人才层次认定（编号 ${rec.id}）自 ${effectiveOn} 起撤销。理由：${reason}` }]);
    return { id: row.id, personId: row.person_id, validFrom: row.valid_from, validTo: row.valid_to, revokedOn: row.revoked_on, revokeReason: row.revoke_reason };
  });
}

function parseDayOrNaN(s: string): number {
  try {
    return parseDay(s);
  } catch {
    return NaN;
  }
}


/** A person's recognitions in the order they were made (revoked ones included). */
export const recognitionsOf = (db: Db | Transaction<DB>, personId: number) => db.selectFrom('recognitions').selectAll().where('person_id', '=', personId).orderBy('id').execute();

export interface NewRecognition {
  personId: number;
  /** The tier recognition (人才层次认定) application it comes from; none for one recorded directly (the demo). */
  applicationId?: number | null;
  qualifications: Array<{ code: string | undefined; obtained?: string }>;
  tierArt19?: number | null;
  tierArt20?: number | null;
  facts?: Record<string, unknown>;
  basis: string;
  validFrom: string;
  validTo?: string | null;
  recognisedBy: number;
}

/** Records a recognition (an approved tier recognition, or the demo's), inside the caller's transaction. */
export async function recordRecognition(db: Db | Transaction<DB>, r: NewRecognition): Promise<void> {
  await db
    .insertInto('recognitions')
    .values({ person_id: r.personId, ...(r.applicationId !== undefined ? { application_id: r.applicationId } : {}), qualifications: JSON.stringify(r.qualifications), ...(r.tierArt19 !== undefined ? { tier_art19: r.tierArt19 } : {}), ...(r.tierArt20 !== undefined ? { tier_art20: r.tierArt20 } : {}), ...(r.facts !== undefined ? { facts: JSON.stringify(r.facts) } : {}), basis: r.basis, valid_from: r.validFrom, ...(r.validTo !== undefined ? { valid_to: r.validTo } : {}), recognised_by: r.recognisedBy })
    .execute();
}

/**
 * The persons first recognised with any of `codes` on a day in [from, to], by the region of the
 * person, each with that first day — for counts the work list reads (a person recognised twice
 * counts once; a recognition revoked from its first day never counted).
 */
export async function firstRecognitions(db: Db | Transaction<DB>, codes: readonly string[], from: string, to: string): Promise<Array<{ personId: number; region: string; on: string }>> {
  const want = new Set(codes);
  const rows = await db
    .selectFrom('recognitions')
    .innerJoin('persons', 'persons.id', 'recognitions.person_id')
    .select(['recognitions.person_id', 'recognitions.valid_from', 'recognitions.revoked_on', 'recognitions.qualifications', 'persons.region'])
    .where('recognitions.valid_from', '<=', to)
    .orderBy('recognitions.valid_from')
    .execute();
  const first = new Map<number, { personId: number; region: string; on: string }>();
  for (const r of rows) {
    if (r.revoked_on !== null && r.revoked_on <= r.valid_from) continue;
    if (!r.qualifications.some((q) => want.has(q.code))) continue;
    if (!first.has(r.person_id)) first.set(r.person_id, { personId: r.person_id, region: r.region, on: r.valid_from });
  }
  return [...first.values()].filter((x) => x.on >= from);
}

/** Of `personIds`, those with a recognition revoked with effect on or before `asOf` (the talent card withdraws their card when the rules no longer make them eligible). */
export async function personsWithRevokedRecognitions(db: Db | Transaction<DB>, personIds: readonly number[], asOf: string): Promise<number[]> {
  if (!personIds.length) return [];
  const rows = await db.selectFrom('recognitions').select('person_id').distinct().where('person_id', 'in', [...personIds]).where('revoked_on', 'is not', null).where('revoked_on', '<=', asOf).execute();
  return rows.map((r) => r.person_id);
}
