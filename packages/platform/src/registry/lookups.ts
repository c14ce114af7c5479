// What other modules read of the registry, so that none of them touches its tables: a record by id,
// the applicants' names for a page (one query each for persons and employers), queries of ids to
// filter or scope by (a name, an ID number's keyed hash, an employer's staff), the person an ID number
// belongs to (signing in through the identity provider), the payees' receiving
// accounts of a payment batch, the dashboard's talent counts, the persons proactive screening runs
// over, and the rows of the bulk import and export.

import { sql, appendAuditMany, type DB, type Db, type EmployersTable, type PersonsTable, type Selectable, type Transaction } from '@rencai/store';
import { parseIdCard } from '@rencai/domain';
import type { Caller, IdQuery, Platform } from '../shared/index.js';
import { personSnapshot, storedPersonColumns } from './registry.js';
import { employersInScope, personsInScope } from './scope.js';
import type { PersonValues } from './person-input.js';

type Q = Db | Transaction<DB>;
type PersonRow = Selectable<PersonsTable>;
type EmployerRow = Selectable<EmployersTable>;

/** A person's record by id, whoever asks (the caller's scope is the asking module's business). */
export const personRow = (db: Q, id: number): Promise<PersonRow | undefined> => db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();

/** An employer's record by id, whoever asks. */
export const employerRow = (db: Q, id: number): Promise<EmployerRow | undefined> => db.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirst();

/** Persons whose current employer is the employer (a scope relation, shared/scope.ts). */
export const employeesOf = (db: Q, employerId: number): IdQuery => db.selectFrom('persons').select('persons.id as id').where('persons.employer_id', '=', employerId);

/** An employer's current staff by registry id and name (what its HR picks from on a form), in id order. */
export const staffOf = (db: Q, employerId: number) => db.selectFrom('persons').select(['id', 'name']).where('employer_id', '=', employerId).orderBy('id').execute();

/** Persons found by a fragment of the name (a LIKE pattern) or by the keyed hash of a full ID number. */
export function personsMatching(db: Q, by: { like?: string; idHash?: string }): IdQuery {
  const q = db.selectFrom('persons').select('persons.id as id');
  return by.idHash !== undefined ? q.where('persons.id_hash', '=', by.idHash) : q.where('persons.name', 'like', by.like ?? '');
}

/**
 * The person registered under an ID number, found by its keyed hash (the number itself is neither
 * stored nor kept); undefined when the number is not a valid one or nobody has it.
 */
export async function personOfIdNumber(p: Platform, idNumber: unknown): Promise<{ id: number; region: string } | undefined> {
  const id = parseIdCard(idNumber, p.today());
  if (!id.ok) return undefined;
  return p.db.selectFrom('persons').select(['id', 'region']).where('id_hash', '=', p.vault.lookupHash(id.value.number)).executeTakeFirst();
}

/** Employers found by a fragment of the name (a LIKE pattern). */
export const employersNamed = (db: Q, like: string): IdQuery => db.selectFrom('employers').select('employers.id as id').where('employers.name', 'like', like);

/** The applicant's name for each of a page of applications: the person's for a personal one, the employer's otherwise. */
export async function applicantNames(db: Q, apps: ReadonlyArray<{ applicant_kind: string; person_id: number | null; employer_id: number | null }>): Promise<(app: { applicant_kind: string; person_id: number | null; employer_id: number | null }) => string | null> {
  const personIds = [...new Set(apps.filter((a) => a.applicant_kind === 'person' && a.person_id !== null).map((a) => a.person_id!))];
  const employerIds = [...new Set(apps.filter((a) => a.applicant_kind !== 'person' && a.employer_id !== null).map((a) => a.employer_id!))];
  const persons = new Map(personIds.length ? (await db.selectFrom('persons').select(['id', 'name']).where('id', 'in', personIds).execute()).map((r) => [r.id, r.name]) : []);
  const employers = new Map(employerIds.length ? (await db.selectFrom('employers').select(['id', 'name']).where('id', 'in', employerIds).execute()).map((r) => [r.id, r.name]) : []);
  return (a) => (a.applicant_kind === 'person' ? (a.person_id !== null ? (persons.get(a.person_id) ?? null) : null) : a.employer_id !== null ? (employers.get(a.employer_id) ?? null) : null);
}

/** The receiving accounts (and names, masked ID numbers, credit codes) of the persons and employers to be paid. */
export async function payeesOf(db: Q, lines: ReadonlyArray<{ person_id: number | null; employer_id: number | null }>) {
  const personIds = [...new Set(lines.map((l) => l.person_id).filter((x): x is number => x !== null))];
  const employerIds = [...new Set(lines.map((l) => l.employer_id).filter((x): x is number => x !== null))];
  const persons = new Map<number, { name: string; id_masked: string; bank_name: string | null; bank_account_enc: string | null; bank_account_masked: string | null }>();
  const employers = new Map<number, { name: string; uscc: string; bank_name: string | null; bank_account_enc: string | null; bank_account_masked: string | null }>();
  for (let i = 0; i < personIds.length; i += 1000)
    for (const r of await db.selectFrom('persons').select(['id', 'name', 'id_masked', 'bank_name', 'bank_account_enc', 'bank_account_masked']).where('id', 'in', personIds.slice(i, i + 1000)).execute()) persons.set(r.id, r);
  for (let i = 0; i < employerIds.length; i += 1000)
    for (const r of await db.selectFrom('employers').select(['id', 'name', 'uscc', 'bank_name', 'bank_account_enc', 'bank_account_masked']).where('id', 'in', employerIds.slice(i, i + 1000)).execute()) employers.set(r.id, r);
  return { persons, employers };
}

/** The dashboard's talents within `regions`: how many in each region and by highest degree (as first recorded). */
export async function talentCounts(db: Db, regions: string[]) {
  const byRegion = await db.selectFrom('persons').select(['region', (eb) => eb.fn.countAll<number>().as('n')]).where('region', 'in', regions).groupBy('region').execute();
  const byDegree = await db
    .selectFrom('persons')
    .select([sql<string>`coalesce(education->0->>'degree', 'unknown')`.as('degree'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('region', 'in', regions)
    .groupBy(sql`coalesce(education->0->>'degree', 'unknown')`)
    .execute();
  return { byRegion, byDegree };
}

/** Persons in id order after `afterId`, within `regions` (null: all of them, for the system's own job), at most `limit`. */
export function personsIn(db: Db, regions: string[] | null, limit: number, afterId = 0): Promise<PersonRow[]> {
  let q = db.selectFrom('persons').selectAll().where('id', '>', afterId).orderBy('id');
  if (regions) q = q.where('region', 'in', regions.length ? regions : ['-']);
  return q.limit(limit).execute();
}

/** Persons' records by id, whoever asks (the asking module scopes its callers: matching reads the persons who opted in to be found). */
export async function personRows(db: Q, ids: readonly number[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 1000) out.push(...(await db.selectFrom('persons').selectAll().where('id', 'in', unique.slice(i, i + 1000)).execute()));
  return out;
}

// ---------------------------------------------------------------- bulk import and export

/** Credit code → id of the employers with those codes that the caller may see. */
export async function employerIdsByCode(p: Platform, c: Caller, codes: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < codes.length; i += 1000) for (const e of await employersInScope(p, c).select(['employers.id', 'employers.uscc']).where('employers.uscc', 'in', codes.slice(i, i + 1000)).execute()) out.set(e.uscc, e.id);
  return out;
}

/** The persons the caller may see, masked, with their employer's credit code, in id order. */
export async function personsToExport(p: Platform, c: Caller) {
  const rows = await personsInScope(p, c).select(['persons.id', 'persons.id_masked', 'persons.name', 'persons.phone_masked', 'persons.region', 'persons.employer_id', 'persons.education', 'persons.qualifications', 'persons.bank_name', 'persons.bank_account_masked']).orderBy('persons.id').execute();
  const ids = [...new Set(rows.map((r) => r.employer_id).filter((x): x is number => x !== null))];
  const codes = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 1000) for (const e of await p.db.selectFrom('employers').select(['id', 'uscc']).where('id', 'in', ids.slice(i, i + 1000)).execute()) codes.set(e.id, e.uscc);
  return rows.map((r) => ({ ...r, uscc: r.employer_id !== null ? (codes.get(r.employer_id) ?? null) : null }));
}

/** The employers the caller may see, in id order. */
export const employersToExport = (p: Platform, c: Caller): Promise<EmployerRow[]> => employersInScope(p, c).selectAll('employers').orderBy('employers.id').execute();

/** Keyed ID-number hash → the person registered with it, for the hashes given. */
export async function registeredByHash(db: Q, hashes: string[]): Promise<Map<string, { id: number; region: string }>> {
  const out = new Map<string, { id: number; region: string }>();
  for (let i = 0; i < hashes.length; i += 1000) {
    for (const r of await db.selectFrom('persons').select(['id', 'region', 'id_hash']).where('id_hash', 'in', hashes.slice(i, i + 1000)).execute()) out.set(r.id_hash, { id: r.id, region: r.region });
  }
  return out;
}

/**
 * Writes one chunk of imported persons in one transaction — rows, their first versions and audit
 * entries — skipping an ID number already registered (or registered by someone else a moment ago).
 * Returns the new ids by keyed hash, and who holds the hashes that were there already.
 */
export async function insertImportedPersons(p: Platform, c: Caller, chunk: ReadonlyArray<{ values: PersonValues; hash: string }>): Promise<{ created: Map<string, number>; held: Map<string, { id: number; region: string }> }> {
  return p.db.transaction().execute(async (trx) => {
    const held = await registeredByHash(trx, chunk.map((x) => x.hash));
    const fresh = chunk.filter((x) => !held.has(x.hash));
    const rows = fresh.length ? await trx.insertInto('persons').values(fresh.map((x) => storedPersonColumns(x.values, p) as never)).onConflict((oc) => oc.column('id_hash').doNothing()).returningAll().execute() : [];
    if (rows.length) {
      await trx.insertInto('record_versions').values(rows.map((row) => ({ entity: 'person', entity_id: row.id, version: 1, changed_by: c.userId, reason: '建档', before: null, after: personSnapshot(row) }))).execute();
      await appendAuditMany(trx, rows.map((row) => ({ actorId: c.userId, actorRole: c.role, action: 'person.create', entity: 'person', entityId: row.id, region: row.region, detail: { via: 'import' } })));
    }
    return { created: new Map(rows.map((r) => [r.id_hash, r.id])), held };
  });
}

/**
 * Keyed ID-number hash → the registry person with it and their earliest recorded post in one of
 * `regions` (its county and start day), for the hashes given; a person with no post there is left
 * out. The 衢籍大学生 database counts a student found here as returned to work in the city.
 */
export async function postsInByHash(db: Q, hashes: string[], regions: readonly string[]): Promise<Map<string, { personId: number; region: string; since: string }>> {
  const out = new Map<string, { personId: number; region: string; since: string }>();
  for (let i = 0; i < hashes.length; i += 1000) {
    for (const r of await db.selectFrom('persons').select(['id', 'id_hash', 'employment']).where('id_hash', 'in', hashes.slice(i, i + 1000)).execute()) {
      const first = r.employment.filter((e) => regions.includes(e.region) && e.start).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
      if (first) out.set(r.id_hash, { personId: r.id, region: first.region, since: first.start });
    }
  }
  return out;
}
