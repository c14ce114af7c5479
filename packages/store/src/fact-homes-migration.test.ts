// Migration 007 (fact homes, per-rule decisions, ledger attribution) on a database that already
// holds decisions and applications, against the database under test (PGlite in memory, or
// PostgreSQL when DATABASE_URL is set): existing decisions become the first of their application
// (an adjusted one awaiting its second approver marked pending), several decisions per application
// are then possible, the new fact columns start empty, and an approved application with open rules
// holds its benefit period.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { openTestDatabase } from './testing.js';
import { migrateToLatest } from './migrate.js';
import * as m001 from './migrations/001_init.js';
import * as m002 from './migrations/002_bank_accounts.js';
import * as m003 from './migrations/003_recognition_revocation.js';
import * as m004 from './migrations/004_accounts.js';
import * as m005 from './migrations/005_money_safety.js';
import * as m006 from './migrations/006_audit_keys.js';

let old: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  old = await openTestDatabase({ migrate: false });
}, 60_000);
afterAll(async () => old?.drop());

describe('007_fact_homes on existing data', () => {
  it('keeps existing decisions as the first of each application (pending when awaiting a second approver), then allows later ones; open rules hold the period', async () => {
    const before = new Migrator({ db: old.db as never, provider: { getMigrations: async () => ({ '001_init': m001, '002_bank_accounts': m002, '003_recognition_revocation': m003, '004_accounts': m004, '005_money_safety': m005, '006_audit_keys': m006 }) } });
    expect((await before.migrateToLatest()).error).toBeUndefined();
    const db = old.db;
    const person = await db.insertInto('persons').values({ region: 'kecheng', name: '旧档案', id_hash: 'h-007', id_enc: 'v1:x', id_masked: '330802********0007' } as never).returning('id').executeTakeFirstOrThrow();
    const app = async (state: string, period: string) => (await db.insertInto('applications').values({ matter: 'talent_award', applicant_kind: 'person', person_id: person.id, region: 'kecheng', state, data: '{}', period_key: period } as never).returning('id').executeTakeFirstOrThrow()).id;
    const adjusting = await app('reviewing', 'p1');
    const decided = await app('scheduled', 'p2');
    const decision = (id: number, computed: number, approved: number) =>
      db.insertInto('decisions').values({ application_id: id, as_of: '2026-01-05', policies: '[]', facts_hash: 'h', facts: '{}', entitlements: '[]', computed_fen: computed, approved_fen: approved } as never).execute();
    await decision(adjusting, 1000, 900);
    await decision(decided, 1000, 1000);

    expect(await migrateToLatest(db)).toContain('007_fact_homes');
    const rows = await db.selectFrom('decisions').select(['application_id', 'seq', 'pending', 'rules', 'open']).orderBy('application_id').execute();
    expect(rows).toEqual([
      { application_id: adjusting, seq: 1, pending: true, rules: [], open: [] },
      { application_id: decided, seq: 1, pending: false, rules: [], open: [] },
    ]);
    await db.insertInto('decisions').values({ application_id: decided, seq: 2, as_of: '2026-01-05', policies: '[]', facts_hash: 'h2', facts: '{}', entitlements: '[]', computed_fen: 5, approved_fen: 5 }).execute();
    await expect(db.insertInto('decisions').values({ application_id: decided, seq: 2, as_of: '2026-01-05', policies: '[]', facts_hash: 'h3', facts: '{}', entitlements: '[]', computed_fen: 5, approved_fen: 5 }).execute()).rejects.toMatchObject({ code: '23505' });
    expect(await db.selectFrom('persons').select('facts').where('id', '=', person.id).executeTakeFirstOrThrow()).toEqual({ facts: {} });

    // An approved application with rules still open holds its period; once none is open, it does not.
    const withOpen = await app('approved', 'p3');
    await db.updateTable('applications').set({ open_rules: JSON.stringify(['art18.new115']) }).where('id', '=', withOpen).execute();
    await expect(app('draft', 'p3')).rejects.toMatchObject({ code: '23505' });
    await db.updateTable('applications').set({ open_rules: '[]' }).where('id', '=', withOpen).execute();
    expect(await app('draft', 'p3')).toBeGreaterThan(withOpen);
  });
});
