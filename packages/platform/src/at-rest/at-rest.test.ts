// The platform's start-up on a PostgreSQL server (DATABASE_URL; skipped on embedded PGlite): with an
// owner URL (RENCAI_MIGRATION_DATABASE_URL) the owner migrates and the platform runs as the app's
// role, which is refused when it tries to rewrite the audit log, and no warning is given; with one
// URL whose role owns the tables the server warns in Chinese. The server's anchors are written at
// start and on close.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from '@rencai/store';
import { testDatabaseKind } from '@rencai/store/testing';
import { createPlatform } from '../create-platform.js';
import { startAtRest } from './at-rest.js';

const onServer = testDatabaseKind() === 'postgres';
const suffix = randomBytes(4).toString('hex');
const ownerRole = `rencai_o_${suffix}`;
const appRole = `rencai_a_${suffix}`;
const dbName = `rencai_start_${suffix}`;

async function admin(text: string, database?: string) {
  const u = new URL(process.env.DATABASE_URL!);
  if (database) u.pathname = `/${database}`;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
const urlAs = (user: string | undefined) => {
  const u = new URL(process.env.DATABASE_URL!);
  if (user) u.username = user;
  u.pathname = `/${dbName}`;
  return u.toString();
};

beforeAll(async () => {
  if (!onServer) return;
  await admin(`create role ${ownerRole} login`);
  await admin(`create role ${appRole} login`);
  await admin(`create database ${dbName} owner ${ownerRole}`);
  await admin(`alter schema public owner to ${ownerRole}`, dbName);
}, 60_000);

afterAll(async () => {
  if (!onServer) return;
  await admin(`drop database if exists ${dbName} with (force)`);
  await admin(`drop role if exists ${appRole}`);
  await admin(`drop role if exists ${ownerRole}`);
});

describe.skipIf(!onServer)('start-up on a PostgreSQL server', () => {
  it('migrates as the owner, runs as the restricted app role without a warning; warns on a role that owns the audit log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rencai-start-'));
    process.env.RENCAI_KEY_DIR = join(dataDir, 'secrets');
    const notes: string[] = [];
    const p = await createPlatform({ databaseUrl: urlAs(appRole), migrationDatabaseUrl: urlAs(ownerRole), dataDir, notify: (m) => notes.push(m) });
    try {
      await startAtRest(p, (m) => notes.push(m));
      expect(notes.join('\n')).not.toMatch(/警告/);
      expect((await sql<{ u: string }>`select current_user as u`.execute(p.db)).rows[0]!.u).toBe(appRole);
      await expect(sql`alter table audit_log disable trigger audit_log_no_change`.execute(p.db)).rejects.toMatchObject({ code: '42501' });
      await expect(sql`truncate audit_log`.execute(p.db)).rejects.toMatchObject({ code: '42501' });
      await expect(sql`delete from ledger`.execute(p.db)).rejects.toMatchObject({ code: '42501' });
      // The anchor is outside the database, written at start.
      expect(p.anchors!.location.startsWith(join(dataDir, 'secrets', 'anchors'))).toBe(true);
      expect(JSON.parse(readFileSync(p.anchors!.location, 'utf8'))).toMatchObject({ database: expect.stringContaining(dbName), seq: 0 });
    } finally {
      await p.database.close();
    }

    const single: string[] = [];
    const q = await createPlatform({ databaseUrl: urlAs(ownerRole), dataDir, notify: (m) => single.push(m) });
    try {
      await startAtRest(q, (m) => single.push(m));
      expect(single.join('\n')).toMatch(new RegExp(`警告：应用以数据库账号「${ownerRole}」运行，该账号拥有审计日志表.*RENCAI_MIGRATION_DATABASE_URL`));
    } finally {
      await q.database.close();
    }
  }, 120_000);
});
