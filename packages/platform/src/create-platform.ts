// Start-up of the platform: opens the database (embedded PGlite or a PostgreSQL server), finds and
// checks the data keys, keeps the audit anchors, reads the identity provider's settings, loads the
// working-day calendar and the confirmed
// official values, and hands every service the result (shared/platform.ts) as its first argument.

import { join } from 'node:path';
import { FileStore, openDatabase, tightenModes, withAuditKeys, type Database, type Vault } from '@rencai/store';
import type { OidcSettings, Platform, ScopeRelations } from './shared/index.js';
import type { Day } from '@rencai/engine';
import { todayInChina } from '@rencai/services';
import { loadCalendar, seedCalendar } from './calendar/index.js';
import { anchorNow, anchorStoreFor, checkVault, notifyStderr, openPlatformDatabase, openVault, secureFolder, stopAnchorTimer, watchModes, type Notify } from './at-rest/index.js';
import { loadOfficialValues } from './official-values/index.js';
import { employeesOf } from './registry/index.js';
import { oidcSettingsFromEnv } from './oidc/index.js';
import { applicantsRoutedTo, awaitingOpinionOf, employersRoutedTo, routedTo } from './review/index.js';

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
  /** Owner URL for migrations (RENCAI_MIGRATION_DATABASE_URL); the platform then runs as DATABASE_URL's restricted role. */
  migrationDatabaseUrl?: string;
  /** Where start-up notices go (a generated key, fixed file modes, anchor problems); standard error by default. */
  notify?: Notify;
  /** Recorded as `origin` on every audit row this platform writes (the command line: operator and host). */
  auditOrigin?: Record<string, string>;
  /** Sign-in through the identity provider; by default from RENCAI_OIDC_* (null: off whatever the environment says). */
  oidc?: OidcSettings | null;
}

/** Each scope relation, answered by the module that owns it (shared/scope.ts). */
const SCOPE: ScopeRelations = { employeesOf, routedTo, awaitingOpinionOf, applicantsRoutedTo, employersRoutedTo };

export async function createPlatform(opts: PlatformOptions): Promise<Platform> {
  const dataDir = opts.dataDir && opts.dataDir !== 'memory' ? opts.dataDir : undefined;
  const notify = opts.notify ?? notifyStderr;
  const oidc = opts.oidc === undefined ? oidcSettingsFromEnv() : (opts.oidc ?? undefined);
  if (dataDir) secureFolder(dataDir, notify);
  const migrationUrl = opts.migrationDatabaseUrl ?? (opts.databaseUrl ? process.env.RENCAI_MIGRATION_DATABASE_URL : undefined);
  const opened =
    opts.database ?? (opts.databaseUrl ? await openPlatformDatabase(opts.databaseUrl, migrationUrl) : await openDatabase({ dataDir: dataDir ? join(dataDir, 'pgdata') : 'memory' }));
  // PGlite sets its own files' modes (0666) regardless of the umask: owner-only again, now and on close.
  const pgdata = !opts.database && !opts.databaseUrl && dataDir ? join(dataDir, 'pgdata') : undefined;
  if (pgdata) tightenModes(pgdata);
  try {
    let vault = opts.vault;
    if (vault) await checkVault(opened.db, vault);
    else vault = (await openVault(opened.db, { dataDir, server: opened.kind === 'postgres', notify })).vault;
    const anchors = await anchorStoreFor(opened, dataDir, vault);
    // Every query and transaction through the platform carries the audit keys and anchors.
    const db = withAuditKeys(opened.db, { keys: vault.signingKeys('audit'), anchors, origin: opts.auditOrigin });
    const database: Database = {
      ...opened,
      db,
      close: async () => {
        stopAnchorTimer(db);
        if (anchors) await anchorNow(db, notify);
        await opened.close();
        if (pgdata) tightenModes(pgdata);
      },
    };
    const files = new FileStore(opts.filesDir ?? join(dataDir ?? join(process.cwd(), '.data', 'tmp'), 'files'), vault);
    await seedCalendar(db);
    const calendar = await loadCalendar(db);
    if (anchors) await anchorNow(db, notify);
    if (pgdata) watchModes(db, pgdata);
    const platform: Platform = { db, database, vault, files, calendar, today: opts.today ?? (() => todayInChina()), dataDir, anchors, scope: SCOPE, ...(oidc ? { oidc } : {}) };
    await loadOfficialValues(platform); // the confirmed official values, laid over the packages every calculation uses
    return platform;
  } catch (e) {
    if (!opts.database) await opened.close();
    throw e;
  }
}

