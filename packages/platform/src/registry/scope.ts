// What of the registry a caller may see, as queries to refine: a talent their own record, an
// employer's HR their staff and organisation, clerks their regions, a reviewing department only the
// applicants and employers of applications routed to it. Every registry read starts here.

import type { Db, Transaction, DB } from '@rencai/store';
import { visibleRegions, type Caller, type Platform } from '../shared/index.js';

/**
 * The persons a caller may see, as a query to refine. A reviewing department sees only the
 * applicants (persons) of applications routed to it; the registry as such is the clerks'.
 */
export function personsInScope(p: Platform, c: Caller, db: Db | Transaction<DB> = p.db) {
  const q = db.selectFrom('persons');
  if (c.role === 'talent') return q.where('persons.id', '=', c.personId ?? -1);
  if (c.role === 'employer') return q.where('persons.employer_id', '=', c.employerId ?? -1);
  const regions = visibleRegions(c);
  const inRegions = q.where('persons.region', 'in', regions.length ? regions : ['-']);
  if (c.role !== 'reviewer') return inRegions;
  return inRegions.where('persons.id', 'in', p.scope.applicantsRoutedTo(db, c.department ?? '-'));
}

/** Employers a caller may see; `forLinking` lets a clerk attach a person to an employer anywhere in the visible regions. */
export function employersInScope(p: Platform, c: Caller, db: Db | Transaction<DB> = p.db, _forLinking = false) {
  const q = db.selectFrom('employers');
  if (c.role === 'employer') return q.where('employers.id', '=', c.employerId ?? -1);
  if (c.role === 'talent') return q.where('employers.id', 'in', (eb) => eb.selectFrom('persons').select('employer_id').where('persons.id', '=', c.personId ?? -1).where('employer_id', 'is not', null) as never);
  const regions = visibleRegions(c);
  const inRegions = q.where('employers.region', 'in', regions.length ? regions : ['-']);
  // A reviewing department: the employers named on applications routed to it.
  if (c.role !== 'reviewer') return inRegions;
  return inRegions.where('employers.id', 'in', p.scope.employersRoutedTo(db, c.department ?? '-'));
}
