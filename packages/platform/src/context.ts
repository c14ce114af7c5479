// The platform's dependencies in one place: the database, the personal-data vault, the evidence
// file store, the working-day calendar and the clock. Every service takes it as its first argument.

import { join } from 'node:path';
import { FileStore, loadVault, openDatabase, type Database, type Db, type Vault } from '@rencai/store';
import { formatDay, type Day } from '@rencai/engine';
import { todayInChina } from '@rencai/services';
import type { WorkCalendar } from '@rencai/domain';
import { loadCalendar, seedCalendar } from './calendar.js';
import { loadOfficialValues } from './official-values.js';

export interface Platform {
  db: Db;
  database: Database;
  vault: Vault;
  files: FileStore;
  calendar: WorkCalendar;
  /** Today in China (tests may fix it). */
  today(): Day;
  dataDir: string | undefined;
}

export interface PlatformOptions {
  /** DATABASE_URL of a PostgreSQL server; otherwise embedded PGlite in dataDir. */
  databaseUrl?: string;
  /** Data folder (PGlite files, generated key, evidence files); 'memory' keeps the database in memory. */
  dataDir?: string;
  /** An already open database (tests). */
  database?: Database;
  vault?: Vault;
  filesDir?: string;
  today?: () => Day;
}

export async function createPlatform(opts: PlatformOptions): Promise<Platform> {
  const dataDir = opts.dataDir && opts.dataDir !== 'memory' ? opts.dataDir : undefined;
  const database =
    opts.database ?? (await openDatabase(opts.databaseUrl ? { url: opts.databaseUrl } : { dataDir: dataDir ? join(dataDir, 'pgdata') : 'memory' }));
  const vault = opts.vault ?? loadVault(dataDir);
  const files = new FileStore(opts.filesDir ?? join(dataDir ?? join(process.cwd(), '.data', 'tmp'), 'files'));
  await seedCalendar(database.db);
  const calendar = await loadCalendar(database.db);
  const platform: Platform = { db: database.db, database, vault, files, calendar, today: opts.today ?? (() => todayInChina()), dataDir };
  await loadOfficialValues(platform); // the confirmed official values, laid over the packages every calculation uses
  return platform;
}

export const todayString = (p: Platform): string => formatDay(p.today());
