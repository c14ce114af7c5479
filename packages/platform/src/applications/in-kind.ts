// Eligibility for an in-kind matter (a service, not money: 人才公寓 …): one of the matter's in-kind
// rules must hold for the applicant on the registry's recognised facts, through the same policy
// package the calculator uses. A rule the facts cannot decide yet does not refuse the application —
// the joint review checks it — only rules all unmet do, with the rules' own reasons.

import { calculateRequest } from '@rencai/services';
import type { Entitlement } from '@rencai/engine';
import type { Db, DB, PersonsTable, Selectable, Transaction } from '@rencai/store';
import { PlatformError } from '../shared/index.js';
import { personProfile } from '../registry/index.js';
import type { Matter } from '../matters/index.js';

export interface InKindEligibility {
  granted: Entitlement[];
  undetermined: Entitlement[];
  notEligible: Entitlement[];
}

/** What the rules say of `rules` for the person as of `asOf`. */
export async function inKindEligibility(db: Db | Transaction<DB>, person: Selectable<PersonsTable>, rules: readonly string[], asOf: string): Promise<InKindEligibility> {
  const result = calculateRequest({ profile: await personProfile(db, person, asOf), date: asOf, whyNot: true });
  const mine = (e: Entitlement) => rules.includes(e.rule);
  return { granted: result.inKind.filter((e) => mine(e) && e.status === 'granted'), undetermined: result.undetermined.filter(mine), notEligible: (result.notEligible ?? []).filter(mine) };
}

/** Refuses (422, naming `matter`) an application of an in-kind matter whose rules are all unmet for the person. */
export async function requireInKindEligibility(db: Db | Transaction<DB>, matter: Matter, person: Selectable<PersonsTable>, asOf: string): Promise<void> {
  if (!matter.inKindRules?.length) return;
  const e = await inKindEligibility(db, person, matter.inKindRules, asOf);
  if (e.granted.length || e.undetermined.length) return;
  const why = [...new Set(e.notEligible.map((x) => x.reason).filter(Boolean))].join('；') || '不符合条件';
  throw new PlatformError(422, `不符合「${matter.name}」的申请条件：${why}`, [{ path: 'matter', message: `不符合「${matter.name}」的申请条件（${matter.clauses.join('、')}）：${why}` }]);
}
