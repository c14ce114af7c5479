// A fresh database for one test file: PGlite in memory by default, or — when DATABASE_URL is set —
// a new database created on that PostgreSQL server and dropped afterwards. The same tests so run
// against both.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './db.js';

/**
 * A new, empty database on the PostgreSQL server in DATABASE_URL — its URL (for a command run as a
 * separate process) and how to drop it — or undefined when the tests run on PGlite.
 */
export async function serverTestDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const server = process.env.DATABASE_URL;
  if (!server) return undefined;
  const name = `rencai_t_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

export async function openTestDatabase(opts: { migrate?: boolean } = {}): Promise<Database & { drop(): Promise<void>; url?: string }> {
  const created = await serverTestDatabase();
  if (!created) {
    const d = await openDatabase({ dataDir: 'memory', migrate: opts.migrate });
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

export const testDatabaseKind = (): 'postgres' | 'pglite' => (process.env.DATABASE_URL ? 'postgres' : 'pglite');
