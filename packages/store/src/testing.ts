// A fresh database for one test file: PGlite in memory by default, or — when DATABASE_URL is set —
// a new database created on that PostgreSQL server and dropped afterwards. The same tests so run
// against both. A prepared database (migrated and seeded) is made once per test run and copied for
// each file that asks for it: PGlite from a dump of its data folder, PostgreSQL as a template.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './db.js';

export type TestDatabase = Database & { drop(): Promise<void>; url?: string };

/**
 * A new, empty database on the PostgreSQL server in DATABASE_URL — its URL (for a command run as a
 * separate process) and how to drop it — or undefined when the tests run on PGlite.
 */
export async function serverTestDatabase(opts: { name?: string; template?: string } = {}): Promise<{ url: string; name: string; drop(): Promise<void> } | undefined> {
  const server = process.env.DATABASE_URL;
  if (!server) return undefined;
  const name = opts.name ?? `rencai_t_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string): Promise<void> => void (await serverStatement(server, statement));
  await admin(`create database ${name}${opts.template ? ` template ${opts.template}` : ''}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { url: u.toString(), name, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function serverStatement(server: string, statement: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    return await c.query(statement);
  } finally {
    await c.end();
  }
}

export async function openTestDatabase(opts: { migrate?: boolean; loadDataDir?: Blob; template?: string; name?: string } = {}): Promise<TestDatabase> {
  // A migrated database is copied from the run's migrated one (see migratedDatabase) when there is a run.
  const migrated = opts.migrate === false || opts.loadDataDir || opts.template ? undefined : await migratedDatabase();
  const created = await serverTestDatabase({ template: opts.template ?? migrated?.template, name: opts.name });
  if (!created) {
    const loadDataDir = opts.loadDataDir ?? (migrated?.tar ? new Blob([readFileSync(migrated.tar)]) : undefined);
    const d = await openDatabase({ dataDir: 'memory', migrate: opts.migrate, loadDataDir });
    return { ...d, drop: () => d.close() };
  }
  const d = await openDatabase({ url: created.url, migrate: opts.migrate });
  return {
    ...d,
    url: created.url,
    drop: async () => {
      await d.close();
      await created.drop();
    },
  };
}

/**
 * The run's empty, migrated database, made by the first file that asks (every migration applied once
 * per run instead of once per file: 31 migrations take about 7 s on PGlite), for openTestDatabase to
 * copy — a dump of PGlite's data folder, or a PostgreSQL template. The copy is opened with migrations
 * on as before: the migrator finds them all applied. Undefined outside a run (no run folder).
 */
async function migratedDatabase(): Promise<{ tar?: string; template?: string } | undefined> {
  const folder = process.env[SNAPSHOTS_ENV];
  if (!folder) return undefined;
  const server = Boolean(process.env.DATABASE_URL);
  const base = join(folder, `${server ? 'postgres' : 'pglite'}-migrated`);
  if (!existsSync(`${base}.json`) && !(await builtByAnother(base))) {
    const own = `${base}.${process.pid}.${randomBytes(3).toString('hex')}`;
    let meta: { tar?: string; template?: string };
    const created = await serverTestDatabase({ name: server ? `${templatePrefix(folder)}m${randomBytes(5).toString('hex')}` : undefined });
    if (created) {
      await (await openDatabase({ url: created.url })).close(); // the template keeps its data; no connection may stay open on it
      meta = { template: created.name };
    } else {
      const d = await openDatabase({ dataDir: 'memory' });
      writeFileSync(`${own}.tar`, Buffer.from(await (await d.dumpDataDir!()).arrayBuffer()));
      await d.close();
      meta = { tar: `${own}.tar` };
    }
    writeFileSync(`${own}.json`, JSON.stringify(meta));
    renameSync(`${own}.json`, `${base}.json`);
  }
  return JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { tar?: string; template?: string };
}

export const testDatabaseKind = (): 'postgres' | 'pglite' => (process.env.DATABASE_URL ? 'postgres' : 'pglite');

/** The folder of this test run's prepared databases (made by the run's global set-up, snapshots-setup.ts); none outside a run. */
const SNAPSHOTS_ENV = 'RENCAI_TEST_SNAPSHOTS';
/** Prepared PostgreSQL templates are named after the run, so that the run's end drops exactly its own. */
export const templatePrefix = (folder: string): string => `rencai_s_${basename(folder).replace(/[^a-z0-9]/g, '')}_`;

/**
 * A fresh database for one test file, copied from the prepared database `name`: the first file of the
 * run that asks builds it — an empty migrated database handed to `prepare`, which seeds it and returns
 * what the copies need besides the data (the key it encrypted with; files it wrote go in `dir`, a folder
 * of the prepared database's own, to be copied by each user) — and every file, the first
 * included, opens a copy. Without a run folder (a test started outside the suite's set-up) each call
 * prepares its own. A file asking while another builds waits for that one (a lock folder), up to two
 * minutes, then builds its own.
 */
export async function openPreparedTestDatabase(name: string, prepare: (d: Database, dir: string) => Promise<string>): Promise<TestDatabase & { state: string; dir: string }> {
  const folder = process.env[SNAPSHOTS_ENV];
  if (!folder) {
    const d = await openTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'rencai-prepared-'));
    return { ...d, state: await prepare(d, dir), dir };
  }
  const server = Boolean(process.env.DATABASE_URL);
  const base = join(folder, `${server ? 'postgres' : 'pglite'}-${name}`);
  if (!existsSync(`${base}.json`) && !(await builtByAnother(base))) {
    const own = `${base}.${process.pid}.${randomBytes(3).toString('hex')}`;
    const template = server ? `${templatePrefix(folder)}${randomBytes(5).toString('hex')}` : undefined;
    const d = await openTestDatabase({ name: template });
    const dir = `${own}.d`;
    mkdirSync(dir);
    const state = await prepare(d, dir);
    if (d.dumpDataDir) {
      writeFileSync(`${own}.tar`, Buffer.from(await (await d.dumpDataDir()).arrayBuffer()));
      await d.drop();
    } else await d.close(); // the template keeps its data; no connection may stay open on it
    writeFileSync(`${own}.json`, JSON.stringify({ state, dir, template, tar: template ? undefined : `${own}.tar` }));
    renameSync(`${own}.json`, `${base}.json`);
  }
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { state: string; dir: string; template?: string; tar?: string };
  const d = meta.template ? await openTestDatabase({ template: meta.template }) : await openTestDatabase({ loadDataDir: new Blob([readFileSync(meta.tar!)]) });
  return { ...d, state: meta.state, dir: meta.dir };
}

/** Whether another file is building the prepared database `base` (it holds the lock) and finished within the wait; false: build it here. */
async function builtByAnother(base: string): Promise<boolean> {
  try {
    mkdirSync(`${base}.lock`);
    return false; // the lock is ours: build
  } catch {
    for (let waited = 0; waited < 120_000; waited += 100) {
      if (existsSync(`${base}.json`)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }
}

/** Makes the run's folder of prepared databases; the returned function removes it and drops the run's templates. */
export async function prepareSnapshotsFolder(): Promise<() => Promise<void>> {
  const folder = join(tmpdir(), `rencai-snap-${randomBytes(5).toString('hex')}`);
  mkdirSync(folder, { recursive: true });
  process.env[SNAPSHOTS_ENV] = folder;
  return async () => {
    rmSync(folder, { recursive: true, force: true });
    const server = process.env.DATABASE_URL;
    if (!server) return;
    const made = await serverStatement(server, `select datname from pg_database where datname like '${templatePrefix(folder)}%'`);
    for (const r of made.rows as Array<{ datname: string }>) await serverStatement(server, `drop database if exists ${r.datname} with (force)`);
  };
}
