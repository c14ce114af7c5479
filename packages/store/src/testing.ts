// A fresh database for one test file: PGlite in memory by default, or — when DATABASE_URL is set —
// a new database created on that PostgreSQL server and dropped afterwards. The same tests so run
// against both.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './db.js';

export async function openTestDatabase(opts: { migrate?: boolean } = {}): Promise<Database & { drop(): Promise<void>; url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const d = await openDatabase({ dataDir: 'memory', migrate: opts.migrate });
    return { ...d, drop: () => d.close() };
  }
  const name = `rencai_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const d = await openDatabase({ url: u.toString(), migrate: opts.migrate });
  return {
    ...d,
    url: u.toString(),
    drop: async () => {
      await d.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const testDatabaseKind = (): 'postgres' | 'pglite' => (process.env.DATABASE_URL ? 'postgres' : 'pglite');
