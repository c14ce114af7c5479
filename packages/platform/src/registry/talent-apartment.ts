// The registry fact 租住人才公寓 (person.talentApartment) as the apartments module records it: each
// tenancy is a dated period on the person's housing record (from the move-in, until the tenancy
// ends), so the rules read it as of a date — true from the move-in, false again from the end. Each
// change is a new version of the record (who, when, before and after) and audited, in the caller's
// transaction.

import { appendAudit, type DB, type Housing, type Transaction } from '@rencai/store';
import { conflict, type Caller } from '../shared/index.js';
import { personSnapshot } from './registry.js';

type Period = NonNullable<Housing['talentApartmentPeriods']>[number];

/** Whether a talent apartment is rented on `asOf` by the recorded periods (undefined when none are recorded). */
export function talentApartmentOn(housing: Housing, asOf: string): boolean | undefined {
  const periods = housing.talentApartmentPeriods;
  if (!periods?.length) return undefined;
  return periods.some((x) => x.from <= asOf && (!x.to || asOf < x.to));
}

/**
 * Records the start (`from`) or the end (`to`) of tenancy `tenancyId` on the person's record; the
 * same change again changes nothing (false). The boolean `talentApartment` follows the latest
 * state, for the record's readers.
 */
export async function recordTalentApartment(trx: Transaction<DB>, c: Caller, personId: number, change: { tenancyId: number; from: string } | { tenancyId: number; to: string }, reason: string): Promise<boolean> {
  const before = await trx.selectFrom('persons').selectAll().where('id', '=', personId).forUpdate().executeTakeFirst();
  if (!before) throw conflict('人才库中没有该人员');
  const periods: Period[] = [...(before.housing.talentApartmentPeriods ?? [])];
  const at = periods.findIndex((x) => x.tenancyId === change.tenancyId);
  if ('from' in change) {
    if (at >= 0) return false;
    periods.push({ from: change.from, tenancyId: change.tenancyId });
  } else {
    if (at < 0) throw conflict('人才库中没有该租住记录的入住日期');
    if (periods[at]!.to === change.to) return false;
    periods[at] = { ...periods[at]!, to: change.to };
  }
  const housing: Housing = { ...before.housing, talentApartmentPeriods: periods, talentApartment: periods.some((x) => !x.to) };
  const row = await trx
    .updateTable('persons')
    .set({ housing: JSON.stringify(housing), version: before.version + 1, updated_at: new Date() })
    .where('id', '=', personId)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.insertInto('record_versions').values({ entity: 'person', entity_id: personId, version: row.version, changed_by: c.userId, reason, before: personSnapshot(before), after: personSnapshot(row) }).execute();
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'person.talent_apartment', entity: 'person', entityId: personId, region: row.region, detail: { ...change, version: row.version } });
  return true;
}
