// What other modules may know about accounts: the display names of a set of accounts (one query
// for a whole page), the leaders an overdue case escalates to, whether any account exists yet or a
// user name is taken, and
// the demo's accounts. Nothing here reveals a password hash or a session.

import type { DB, Db, Role, Transaction } from '@rencai/store';
import { overseeingRegions } from '../shared/index.js';

type Q = Db | Transaction<DB>;

/** Account id → display name, for the ids given (nulls and repeats ignored). */
export async function displayNames(db: Q, ids: ReadonlyArray<number | null | undefined>): Promise<Map<number, string>> {
  const want = [...new Set(ids.filter((x): x is number => typeof x === 'number'))];
  if (!want.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', want).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The enabled leaders who oversee a region: its own, and its city's level (市本级; none for 台州's regions). */
export async function leadersOf(db: Q, region: string): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'leader').where('disabled_at', 'is', null).where('region', 'in', overseeingRegions(region)).execute();
  return rows.map((r) => r.id);
}

/** Whether a user name is taken (a form that opens an account with other records checks it before writing any). */
export async function usernameTaken(db: Q, username: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
}

/** Whether any account exists (the demo is seeded only into a database without one). */
export async function anyAccount(db: Q): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

export interface DemoUser {
  username: string;
  role: Role;
  display_name: string;
  region: string;
  person_id: number | null;
  employer_id: number | null;
}

/** The demo's accounts that can still sign in with the published password (not disabled, never changed). */
export async function demoUsers(db: Q): Promise<DemoUser[]> {
  return db
    .selectFrom('users')
    .select(['username', 'role', 'display_name', 'region', 'person_id', 'employer_id'])
    .where('demo', '=', true)
    .where('disabled_at', 'is', null)
    .where('password_changed_at', 'is', null)
    .execute();
}

/** The accounts of a work-list unit (its reporters or its heads), for a county unit those of its county. */
export async function unitAccounts(db: Q, role: 'unit_reporter' | 'unit_head', unit: string, region: string): Promise<number[]> {
  let q = db.selectFrom('users').select('id').where('role', '=', role).where('department', '=', unit).where('disabled_at', 'is', null);
  if (unit === 'counties') q = q.where('region', '=', region);
  return (await q.execute()).map((r) => r.id);
}

/** The talent office's clerks who oversee a region: its own, and its city's level (市本级; none for 台州's regions). */
export async function clerksOf(db: Q, region: string): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'clerk').where('disabled_at', 'is', null).where('region', 'in', overseeingRegions(region)).execute();
  return rows.map((r) => r.id);
}

/** The community helpers (帮扶工作人员) of the given regions, enabled, with their names. */
export async function helpersIn(db: Q, regions: readonly string[]): Promise<Array<{ id: number; displayName: string; region: string }>> {
  if (!regions.length) return [];
  const rows = await db.selectFrom('users').select(['id', 'display_name', 'region']).where('role', '=', 'helper').where('disabled_at', 'is', null).where('region', 'in', [...regions]).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, region: r.region }));
}

/** A department's joint-review members who oversee a region: its own, and its city's level (市本级; none for 台州's regions). */
export async function reviewersOf(db: Q, department: string, region: string): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'reviewer').where('department', '=', department).where('disabled_at', 'is', null).where('region', 'in', overseeingRegions(region)).execute();
  return rows.map((r) => r.id);
}

/** Ties an enterprise's account to its employer in the registry once the enterprise is verified (the caller audits it). */
export async function tieAccountToEmployer(db: Q, userId: number, employerId: number): Promise<void> {
  await db.updateTable('users').set({ employer_id: employerId }).where('id', '=', userId).where('role', '=', 'enterprise').execute();
}
