// Migration 005 (money and workflow safety) on a database that already holds applications, against
// the database under test (PGlite in memory, or PostgreSQL when DATABASE_URL is set): every row gets
// its benefit period, existing duplicates are kept but renamed so the one-open-application index can
// be built, and from then on the database itself refuses a second open application for a period.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { openTestDatabase } from './testing.js';
import { migrateToLatest } from './migrate.js';
import * as m001 from './migrations/001_init.js';
import * as m002 from './migrations/002_bank_accounts.js';
import * as m003 from './migrations/003_recognition_revocation.js';

let old: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  old = await openTestDatabase({ migrate: false });
}, 60_000);
afterAll(async () => old?.drop());

describe('005_money_safety on existing data', () => {
  it('gives every application its period, renames existing duplicates, and then refuses a second open one', async () => {
    const before = new Migrator({ db: old.db as never, provider: { getMigrations: async () => ({ '001_init': m001, '002_bank_accounts': m002, '003_recognition_revocation': m003 }) } });
    expect((await before.migrateToLatest()).error).toBeUndefined();
    const db = old.db;
    const person = await db.insertInto('persons').values({ region: 'kecheng', name: '旧档案', id_hash: 'h-005', id_enc: 'v1:x', id_masked: '330802********0005' }).returning('id').executeTakeFirstOrThrow();
    const employer = await db.insertInto('employers').values({ uscc: '91330800MA2DH12340', name: '旧单位', region: 'kecheng', kind: 'enterprise' }).returning('id').executeTakeFirstOrThrow();
    // Inserted without period_key (the column does not exist yet): raw rows as an older version wrote them.
    const app = async (matter: string, state: string, data: object, kind: 'person' | 'employer' = 'person') =>
      (
        await db
          .insertInto('applications')
          .values({ matter, applicant_kind: kind, person_id: kind === 'person' ? person.id : null, employer_id: kind === 'employer' ? employer.id : null, region: 'kecheng', state, data: JSON.stringify(data) } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const first = await app('talent_allowance', 'paid', {});
    const second = await app('talent_allowance', 'submitted', {});
    const withdrawn = await app('talent_allowance', 'withdrawn', {});
    const y2025 = await app('salary_subsidy', 'submitted', { year: 2025 }, 'employer');
    const y2025dup = await app('salary_subsidy', 'draft', { year: 2025 }, 'employer');
    const y2026 = await app('salary_subsidy', 'draft', { year: 2026 }, 'employer');
    const station = await app('work_station', 'draft', { postdocStation: { level: 'national' } }, 'employer');

    expect(await migrateToLatest(db)).toContain('005_money_safety');
    const keys = Object.fromEntries((await db.selectFrom('applications').select(['id', 'period_key']).execute()).map((r) => [r.id, r.period_key]));
    expect(keys).toEqual({
      [first]: 'once',
      [second]: `once#duplicate-of-${first}`,
      [withdrawn]: 'once',
      [y2025]: 'year:2025',
      [y2025dup]: `year:2025#duplicate-of-${y2025}`,
      [y2026]: 'year:2026',
      [station]: 'postdoc_station',
    });
    const again = (state: string) => db.insertInto('applications').values({ matter: 'talent_allowance', applicant_kind: 'person', person_id: person.id, employer_id: null, region: 'kecheng', state, data: '{}', period_key: 'once' }).execute();
    await expect(again('draft')).rejects.toMatchObject({ code: '23505' });
    await again('rejected'); // a closed one does not hold the period
    await expect(db.insertInto('applications').values({ matter: 'salary_subsidy', applicant_kind: 'employer', person_id: null, employer_id: employer.id, region: 'kecheng', state: 'reviewing', data: '{}', period_key: 'year:2026' }).execute()).rejects.toMatchObject({ code: '23505' });
  });
});
