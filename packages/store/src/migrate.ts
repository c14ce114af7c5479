// Versioned migrations, applied in order on start (Kysely's Migrator keeps the list in the
// database and takes a lock, so two processes starting at once do not both migrate).

import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m001 from './migrations/001_init.js';
import * as m002 from './migrations/002_bank_accounts.js';
import * as m003 from './migrations/003_recognition_revocation.js';
import * as m004 from './migrations/004_accounts.js';
import * as m005 from './migrations/005_money_safety.js';
import * as m006 from './migrations/006_audit_keys.js';
import * as m007 from './migrations/007_fact_homes.js';
import * as m008 from './migrations/008_official_values.js';
import * as m009 from './migrations/009_worklist.js';
import * as m010 from './migrations/010_jobs.js';
import * as m011 from './migrations/011_oidc_links.js';
import * as m012 from './migrations/012_cards.js';
import * as m013 from './migrations/013_enterprises.js';
import * as m014 from './migrations/014_enterprise_code.js';
import * as m015 from './migrations/015_apartments.js';
import * as m016 from './migrations/016_in_kind_services.js';
import * as m017 from './migrations/017_budgets.js';
import * as m018 from './migrations/018_housing_vouchers.js';
import * as m019 from './migrations/019_projects.js';
import * as m020 from './migrations/020_voucher_commitments.js';
import * as m021 from './migrations/021_talent_catalogue.js';
import * as m022 from './migrations/022_visits.js';
import * as m023 from './migrations/023_skills.js';
import * as m024 from './migrations/024_employment_help.js';
import * as m025 from './migrations/025_dividends.js';
import * as m026 from './migrations/026_native_students.js';
import * as m027 from './migrations/027_rural_talent.js';
import * as m028 from './migrations/028_enterprise_ctos.js';
import * as m029 from './migrations/029_events.js';
import * as m030 from './migrations/030_leader_contact.js';
import * as m031 from './migrations/031_talent_matching.js';

const MIGRATIONS: Record<string, Migration> = {
  '001_init': m001,
  '002_bank_accounts': m002,
  '003_recognition_revocation': m003,
  '004_accounts': m004,
  '005_money_safety': m005,
  '006_audit_keys': m006,
  '007_fact_homes': m007,
  '008_official_values': m008,
  '009_worklist': m009,
  '010_jobs': m010,
  '011_oidc_links': m011,
  '012_cards': m012,
  '013_enterprises': m013,
  '014_enterprise_code': m014,
  '015_apartments': m015,
  '016_in_kind_services': m016,
  '017_budgets': m017,
  '018_housing_vouchers': m018,
  '019_projects': m019,
  '020_voucher_commitments': m020,
  '021_talent_catalogue': m021,
  '022_visits': m022,
  '023_skills': m023,
  '024_employment_help': m024,
  '025_dividends': m025,
  '026_native_students': m026,
  '027_rural_talent': m027,
  '028_enterprise_ctos': m028,
  '029_events': m029,
  '030_leader_contact': m030,
  '031_talent_matching': m031,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/**
 * The migrations the database records as applied, read directly; undefined when it has no migration
 * table yet. Kysely's Migrator first looks for its two tables through a query over the whole catalogue,
 * twice, on every start: on the embedded database that is about 0.3–1 s of each `rencai` command.
 */
async function appliedMigrations<T>(db: Kysely<T>): Promise<Set<string> | undefined> {
  const table = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db);
  if (!table.rows[0]?.t) return undefined;
  return new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name));
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  // Exactly this code's migrations applied: nothing to do. Anything else (none yet, some missing, one
  // this code does not know) goes to the Migrator, under its lock, with its own checks and errors.
  const applied = await appliedMigrations(db);
  const names = Object.keys(MIGRATIONS);
  if (applied && applied.size === names.length && names.every((n) => applied.has(n))) return [];
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`数据库迁移失败：${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this code has that the database has not applied (empty when it is current). */
export async function pendingMigrations<T>(db: Kysely<T>): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return Object.keys(MIGRATIONS).filter((n) => !applied?.has(n));
}
