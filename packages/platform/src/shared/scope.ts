// The relations that decide what a caller may see and that cross modules: whom an employer employs
// now, which applications are routed to a reviewing department (and whose opinion is still open
// there), and who applied for those. Each is answered by the module that owns it, as a query of ids
// that the scoping module composes into its own query (so a page is still one query, scoped in the
// database), and reaches the modules below its owner through the platform context — wired once, at
// start-up (create-platform.ts). So the registry can scope a reviewer without importing the modules
// above it.

import type { SelectQueryBuilder } from 'kysely';
import type { DB, Db, Transaction } from '@rencai/store';

type Q = Db | Transaction<DB>;

/** A query of ids (one column, `id`), to be used as `where(column, 'in', …)`. */
export type IdQuery = SelectQueryBuilder<DB, keyof DB, { id: number | null }>;

export interface ScopeRelations {
  /** Persons whose current employer (in the registry) is the employer. Answered by the registry. */
  employeesOf(db: Q, employerId: number): IdQuery;
  /** Applications routed to a reviewing department: a joint-review opinion of it is asked for. Answered by review. */
  routedTo(db: Q, department: string): IdQuery;
  /** Applications routed to a department whose opinion is still open. Answered by review. */
  awaitingOpinionOf(db: Q, department: string): IdQuery;
  /** Persons who applied for an application routed to a department. Answered by review (with applications). */
  applicantsRoutedTo(db: Q, department: string): IdQuery;
  /** Employers named on an application routed to a department. Answered by review (with applications). */
  employersRoutedTo(db: Q, department: string): IdQuery;
}
