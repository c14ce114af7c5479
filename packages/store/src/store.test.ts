// The storage layer against the database under test (PGlite in memory, or PostgreSQL when
// DATABASE_URL is set): migrations, exact int8 and date round trips, the append-only triggers,
// the audit chain and its verification after tampering, encryption and the file store.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { openTestDatabase } from './testing.js';
import { appendAudit, verifyAudit, withAuditKeys } from './audit.js';
import { Vault, loadVault } from './crypto.js';
import { checkEvidence, FileStore } from './files.js';
import { migrateToLatest } from './migrate.js';
import { openDatabase, PGLITE_SHARED_BUFFERS } from './db.js';
import * as m001 from './migrations/001_init.js';

let t: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => t?.drop());

describe('database', () => {
  it('migrates once (a second run applies nothing) and round-trips int8 money and dates exactly', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
    const r = await sql<{ a: number; d: string }>`select 9007199254740991::int8 as a, date '2024-02-29' as d`.execute(t.db);
    expect(r.rows[0]).toEqual({ a: 9007199254740991, d: '2024-02-29' });
    await expect(sql`select 9007199254740993::int8 as a`.execute(t.db)).rejects.toThrow(/超出精确范围/);
  });

  it.skipIf(process.env.DATABASE_URL)('starts embedded PGlite with the platform’s buffer pool (PGLITE_SHARED_BUFFERS, not the 128 MB default it zero-fills at every start), in memory and in a data folder', async () => {
    expect((await sql<{ s: string }>`select current_setting('shared_buffers') as s`.execute(t.db)).rows[0]!.s).toBe(PGLITE_SHARED_BUFFERS);
    const onDisk = await openDatabase({ dataDir: join(mkdtempSync(join(tmpdir(), 'rencai-buffers-')), 'pgdata'), migrate: false });
    try {
      expect((await sql<{ s: string }>`select current_setting('shared_buffers') as s`.execute(onDisk.db)).rows[0]!.s).toBe(PGLITE_SHARED_BUFFERS);
    } finally {
      await onDisk.close();
    }
  });

  it('upgrades a database made by 001 to the latest (bank accounts of 002, revocations of 003), keeping its rows, and refuses half an account', async () => {
    const old = await openTestDatabase({ migrate: false });
    try {
      const only001 = new Migrator({ db: old.db as never, provider: { getMigrations: async () => ({ '001_init': m001 }) } });
      expect((await only001.migrateToLatest()).error).toBeUndefined();
      const e = await old.db.insertInto('employers').values({ uscc: '91330800MA2DH12340', name: '旧单位', region: 'kecheng', kind: 'enterprise' }).returning('id').executeTakeFirstOrThrow();
      const pr = await old.db.insertInto('persons').values({ region: 'kecheng', name: '旧档案', id_hash: 'h', id_enc: 'v1:x', id_masked: '330802********0000' }).returning('id').executeTakeFirstOrThrow();
      expect(await migrateToLatest(old.db)).toEqual(expect.arrayContaining(['002_bank_accounts', '003_recognition_revocation', '004_accounts', '005_money_safety', '006_audit_keys', '007_fact_homes', '008_official_values']));
      const person = await old.db.selectFrom('persons').selectAll().where('id', '=', pr.id).executeTakeFirstOrThrow();
      expect(person).toMatchObject({ name: '旧档案', bank_name: null, bank_account_enc: null, bank_account_masked: null });
      expect(await old.db.selectFrom('employers').select(['name', 'bank_name']).where('id', '=', e.id).executeTakeFirstOrThrow()).toEqual({ name: '旧单位', bank_name: null });
      // All three or none: a bank without a number is refused by the database itself.
      await expect(old.db.updateTable('persons').set({ bank_name: '中国工商银行衢州分行' }).where('id', '=', pr.id).execute()).rejects.toThrow(/persons_bank_account_whole/);
      await expect(old.db.updateTable('employers').set({ bank_account_enc: 'v1:y', bank_account_masked: '6222********7890' }).where('id', '=', e.id).execute()).rejects.toThrow(/employers_bank_account_whole/);
      await old.db.updateTable('persons').set({ bank_name: '中国工商银行衢州分行', bank_account_enc: 'v1:y', bank_account_masked: '6222********7890' }).where('id', '=', pr.id).execute();
    } finally {
      await old.drop();
    }
  });

  it('refuses to change or delete ledger rows', async () => {
    await t.db
      .insertInto('ledger')
      .values({ kind: 'grant', region: 'kecheng', rule: 'r', benefit: 'b', clause: 'c', payer: 'city', amount_fen: 100, city_fen: 100, county_fen: 0, unit_fen: 0, instalment_key: 'k1', idempotency_key: 'i1' })
      .execute();
    await expect(t.db.updateTable('ledger').set({ note: 'x' }).execute()).rejects.toThrow(/只能追加/);
    await expect(t.db.deleteFrom('ledger').execute()).rejects.toThrow(/只能追加/);
    // Split shares must add up.
    await expect(
      t.db
        .insertInto('ledger')
        .values({ kind: 'grant', region: 'kecheng', rule: 'r', benefit: 'b', clause: 'c', payer: 'city', amount_fen: 100, city_fen: 50, county_fen: 0, unit_fen: 0, instalment_key: 'k2', idempotency_key: 'i2' })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps a recognition’s revocation whole (date, who and why together) and not before the recognition began', async () => {
    const pr = await t.db.insertInto('persons').values({ region: 'kecheng', name: '撤销测试', id_hash: 'h-revoke', id_enc: 'v1:x', id_masked: '330802********0001' }).returning('id').executeTakeFirstOrThrow();
    const rec = await t.db.insertInto('recognitions').values({ person_id: pr.id, qualifications: JSON.stringify([{ code: 'phd_fulltime' }]), valid_from: '2024-01-01' }).returning('id').executeTakeFirstOrThrow();
    const u = await t.db.insertInto('users').values({ username: 'revoker', password_hash: 'x', role: 'clerk', region: 'kecheng', display_name: '经办' }).returning('id').executeTakeFirstOrThrow();
    await expect(t.db.updateTable('recognitions').set({ revoked_on: '2025-01-01' }).where('id', '=', rec.id).execute()).rejects.toThrow();
    await expect(t.db.updateTable('recognitions').set({ revoked_on: '2023-12-31', revoked_by: u.id, revoke_reason: '测试理由' }).where('id', '=', rec.id).execute()).rejects.toThrow();
    await t.db.updateTable('recognitions').set({ revoked_on: '2025-01-01', revoked_by: u.id, revoke_reason: '测试理由' }).where('id', '=', rec.id).execute();
    expect(await t.db.selectFrom('recognitions').select(['revoked_on', 'revoke_reason']).where('id', '=', rec.id).executeTakeFirstOrThrow()).toEqual({ revoked_on: '2025-01-01', revoke_reason: '测试理由' });
  });

  it.runIf(process.env.DATABASE_URL)('survives the server ending its idle pooled connections (no crash; the next query reconnects)', async () => {
    await sql`select 1`.execute(t.db);
    const errors: unknown[] = [];
    const onUncaught = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const killer = new pg.Client({ connectionString: t.url });
      await killer.connect();
      const r = await killer.query(`select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) x`);
      await killer.end();
      expect(r.rows[0].n).toBeGreaterThan(0);
      await new Promise((res) => setTimeout(res, 200));
      const again = await sql<{ one: number }>`select 1 as one`.execute(t.db);
      expect(again.rows[0]?.one).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});

describe('audit chain', () => {
  it('verifies an intact chain and pinpoints a tampered row', async () => {
    const db = withAuditKeys(t.db, { keys: new Vault(randomBytes(32)).signingKeys('audit') });
    for (let i = 0; i < 20; i++) {
      await db.transaction().execute((trx) => appendAudit(trx, { actorId: i, actorRole: 'clerk', action: 'person.reveal', entity: 'person', entityId: i, region: 'kecheng', detail: { field: 'idNumber', n: i, nested: { b: 1, a: [1, 2] } } }));
    }
    // A rolled-back change leaves no audit row.
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'x', entity: 'x' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await verifyAudit(db)).toEqual({ ok: true, rows: 20 });
    await expect(t.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/只能追加/);

    const victim = (await t.db.selectFrom('audit_log').select('seq').orderBy('seq').offset(11).limit(1).executeTakeFirstOrThrow()).seq;
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db);
    await sql`update audit_log set detail = jsonb_set(detail, '{n}', '99') where seq = ${victim}`.execute(t.db);
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db);
    const v = await verifyAudit(db);
    expect(v.ok).toBe(false);
    expect(v.broken).toEqual({ seq: victim, reason: `第 ${victim} 条的内容与其哈希不符（该条被改动）` });
  });
});

describe('personal data encryption', () => {
  it('encrypts with a fresh IV each time, decrypts, detects tampering and hashes with a key', () => {
    const v = new Vault(randomBytes(32));
    const a = v.encrypt('11010519491231002X');
    expect(a).not.toContain('1101051949');
    expect(v.encrypt('11010519491231002X')).not.toBe(a);
    expect(v.decrypt(a)).toBe('11010519491231002X');
    const raw = Buffer.from(a.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => v.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
    expect(v.lookupHash('x')).toBe(v.lookupHash('x'));
    expect(new Vault(randomBytes(32)).lookupHash('x')).not.toBe(v.lookupHash('x'));
  });
  it('generates a key once into the data folder and reuses it; honours RENCAI_DATA_KEY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-key-'));
    const a = loadVault(dir, {});
    const b = loadVault(dir, {});
    expect(b.decrypt(a.encrypt('hello'))).toBe('hello');
    expect(() => loadVault(dir, { RENCAI_DATA_KEY: 'c2hvcnQ=' })).toThrow(/32 字节/);
  });
});

describe('evidence files', () => {
  it('accepts PDF/JPEG/PNG by content, rejects others and oversize, stores content-addressed once', () => {
    const pdf = Buffer.from('%PDF-1.4\n…');
    expect(checkEvidence(pdf)).toEqual({ ok: true, mime: 'application/pdf' });
    expect(checkEvidence(Buffer.from('MZ\x90\x00 exe renamed to .pdf'))).toMatchObject({ ok: false, reason: expect.stringContaining('只接受 PDF、JPEG、PNG') });
    expect(checkEvidence(Buffer.alloc(0))).toMatchObject({ ok: false });
    expect(checkEvidence(Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]))).toMatchObject({ ok: false, reason: expect.stringContaining('上限 10 MB') });
    const fs = new FileStore(mkdtempSync(join(tmpdir(), 'rencai-files-')));
    const sha = fs.put(pdf);
    expect(fs.put(pdf)).toBe(sha);
    expect(fs.get(sha).equals(pdf)).toBe(true);
  });
});
