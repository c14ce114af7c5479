// Who changes an account, as the audit log records it: a signed-in user (their id and role), or an
// operator at the server's command line — recorded with role 'cli', the operating-system user and
// the host, never as one of the platform's accounts.

import type { Caller } from './caller.js';

/** An operator running the `rencai` command on a machine with the database's credentials. */
export interface CliOperator {
  cli: true;
  /** The operating-system user. */
  operator: string;
  host: string;
}

export type AccountActor = Caller | CliOperator;

export const isCliOperator = (a: AccountActor | null | undefined): a is CliOperator => typeof a === 'object' && a !== null && 'cli' in a && a.cli === true;

/** The audit columns and detail for an actor (null: the system itself, e.g. seeding the demo). */
export function actorOf(a: AccountActor | null | undefined): { actorId: number | null; actorRole: string; detail: Record<string, unknown> } {
  if (!a) return { actorId: null, actorRole: 'system', detail: {} };
  if (isCliOperator(a)) return { actorId: null, actorRole: 'cli', detail: { via: 'cli', operator: a.operator, host: a.host } };
  return { actorId: a.userId, actorRole: a.role, detail: {} };
}
