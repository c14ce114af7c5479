// The restore drill, on the database under test (PGlite on disk, or a PostgreSQL server when
// DATABASE_URL is set): back up with `rencai db backup`, destroy the database and the evidence files,
// restore with `rencai db restore`; the audit chain verifies, the ledger's totals and the evidence
// are as they were. A restore over data needs --force, and a restore whose figures differ from the
// backup's manifest says so and exits 1.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { createPlatform, seedDemo, type Platform } from '@rencai/platform';
import { verifyAudit } from '@rencai/store';
import { serverTestDatabase } from '@rencai/store/testing';
import { cliArgv } from './cli-under-test.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'rencai-backup-'));
const dataDir = join(work, 'data');
const keyDir = join(work, 'keys');
let url: string | undefined;
let server: Awaited<ReturnType<typeof serverTestDatabase>>;

const open = (): Promise<Platform> => createPlatform({ databaseUrl: url, dataDir });

function cli(args: string[]) {
  return spawnSync(process.execPath, [...cliArgv(), ...args], {
    cwd: ROOT,
    env: { ...process.env, RENCAI_DATA_DIR: dataDir, RENCAI_KEY_DIR: keyDir, ...(url ? { DATABASE_URL: url } : { DATABASE_URL: '' }) },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function state(p: Platform) {
  const ledger = (await sql<{ kind: string; n: string; fen: string }>`select kind, count(*) as n, sum(amount_fen) as fen from ledger group by kind order by kind`.execute(p.db)).rows;
  const file = await p.db.selectFrom('files').select(['sha256']).orderBy('sha256').limit(1).executeTakeFirst();
  return { audit: await verifyAudit(p.db), ledger, files: await p.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(), file };
}

beforeAll(async () => {
  process.env.RENCAI_KEY_DIR = keyDir;
  server = await serverTestDatabase();
  url = server?.url;
  const p = await open();
  await seedDemo(p, { persons: 20 });
  await p.database.close();
}, 180_000);

afterAll(async () => {
  await server?.drop();
  rmSync(work, { recursive: true, force: true });
});

it('backs up, is destroyed, restores: the audit chain verifies and the ledger and evidence are as they were', async () => {
  let p = await open();
  const before = await state(p);
  const evidence = before.file ? p.files.get(before.file.sha256) : undefined;
  await p.database.close();
  expect(before.audit.ok).toBe(true);
  expect(before.ledger.length).toBeGreaterThan(0);
  expect(evidence?.length).toBeGreaterThan(0);

  const folder = join(work, 'backup-1');
  const made = cli(['db', 'backup', folder]);
  expect([made.status, made.stderr]).toEqual([0, '']);
  expect(made.stdout).toContain('已备份到');
  expect(readdirSync(folder).sort()).toEqual(expect.arrayContaining(['files', 'manifest.json']));
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  expect(manifest).toMatchObject({ format: 'rencai-backup/1', database: url ? 'postgres' : 'pglite', auditRows: before.audit.rows });
  expect(JSON.stringify(manifest)).not.toMatch(/key|密钥/i);

  // Over a database that still has its data: refused without --force, nothing touched.
  const over = cli(['db', 'restore', folder]);
  expect(over.status).toBe(1);
  expect(over.stderr).toContain('不是空的');

  // Destroy the database and the evidence.
  if (url) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('drop schema public cascade; create schema public');
    await c.end();
  } else rmSync(join(dataDir, 'pgdata'), { recursive: true, force: true });
  rmSync(join(dataDir, 'files'), { recursive: true, force: true });

  const back = cli(['db', 'restore', folder]);
  expect([back.status, back.stderr]).toEqual([0, '']);
  expect(back.stdout).toContain('校验通过');

  p = await open();
  try {
    const after = await state(p);
    expect(after.audit.ok).toBe(true);
    expect(after.audit.rows).toBeGreaterThanOrEqual(before.audit.rows);
    expect(after.ledger).toEqual(before.ledger);
    expect(after.files).toEqual(before.files);
    expect(Buffer.compare(p.files.get(before.file!.sha256), evidence!)).toBe(0);
  } finally {
    await p.database.close();
  }
}, 240_000);

it('says what differs and exits 1 when the restored figures are not the backup’s', async () => {
  const folder = join(work, 'backup-2');
  expect(cli(['db', 'backup', folder]).status).toBe(0);
  const manifestFile = join(folder, 'manifest.json');
  const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
  m.ledger.fenByKind.grant += 1;
  writeFileSync(manifestFile, JSON.stringify(m));
  const r = cli(['db', 'restore', folder, '--force']);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/恢复后核对不一致：台账“核定应付”合计：恢复后 \d+ 分，备份时 \d+ 分/);
  expect(existsSync(dataDir)).toBe(true);
}, 240_000);

it('refuses, in Chinese and touching nothing, a folder that is not a backup or whose manifest is broken', async () => {
  const empty = mkdtempSync(join(work, 'not-a-backup-'));
  const r1 = cli(['db', 'restore', empty, '--force']);
  expect([r1.status, r1.stderr]).toEqual([1, expect.stringContaining('不是 rencai 备份')]);
  writeFileSync(join(empty, 'manifest.json'), '{"format": "rencai-backup/1", ');
  const r2 = cli(['db', 'restore', empty, '--force']);
  expect([r2.status, r2.stderr]).toEqual([1, expect.stringContaining('不是有效的 JSON')]);
  const missing = cli(['db', 'restore']);
  expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('用法：rencai db restore <备份目录>')]);
  expect(existsSync(join(dataDir, url ? 'files' : 'pgdata'))).toBe(true);
}, 120_000);
