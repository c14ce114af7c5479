// The keyed audit chain against the database under test (PGlite in memory, or PostgreSQL when
// DATABASE_URL is set): someone who can switch off the trigger and rewrite the table — deleting a
// payment's row, re-attributing rows and re-chaining everything with plain SHA-256, or with anything
// else the database holds — is found; so is cutting off the newest rows, against the anchor kept
// outside the database; the anchor itself cannot be edited unnoticed and never moves over a break.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openTestDatabase } from './testing.js';
import { advanceAnchor, appendAudit, canonicalJson, GENESIS, verifyAudit, withAuditKeys } from './audit.js';
import { FileAnchorStore } from './audit-anchor.js';
import { Vault } from './crypto.js';
import type { DB } from './schema.js';

let t: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Kysely<DB>;
let anchors: FileAnchorStore;
const vault = new Vault(randomBytes(32));

beforeAll(async () => {
  t = await openTestDatabase();
  anchors = new FileAnchorStore(mkdtempSync(join(tmpdir(), 'rencai-anchor-')), 'test-db', vault.signingKeys('anchor'));
  db = withAuditKeys(t.db, { keys: vault.signingKeys('audit'), anchors });
}, 60_000);
afterAll(async () => t?.drop());

async function append(n: number, action = 'person.reveal') {
  for (let i = 0; i < n; i++) await db.transaction().execute((trx) => appendAudit(trx, { actorId: 7, actorRole: 'clerk', action, entity: 'person', entityId: i, region: 'kecheng', detail: { i } }));
}

/** The tamperer's tools: whatever the database role that owns the table can do. */
async function asOwner(fn: () => Promise<void>) {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db);
  try {
    await fn();
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db);
  }
}

type Row = { seq: number; at: Date; actor_id: number | null; actor_role: string | null; action: string; entity: string; entity_id: string | null; region: string | null; detail: unknown; prev_hash: string; hash: string; key_id: string | null };

/** Re-chains every row from the genesis with a hash function of the tamperer's choice. */
async function rechain(hash: (fields: unknown[], r: Row) => string, keyId: (r: Row) => string | null) {
  const rows = (await t.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
  let prev = GENESIS;
  for (const r of rows) {
    const kid = keyId(r);
    const fields = [r.at.toISOString(), r.actor_id, r.actor_role, r.action, r.entity, r.entity_id, r.region, r.detail, prev, ...(kid === null ? [] : [kid])];
    const h = hash(fields, r);
    await sql`update audit_log set prev_hash = ${prev}, hash = ${h}, key_id = ${kid} where seq = ${r.seq}`.execute(t.db);
    prev = h;
  }
}

let snapshot: Row[] = [];
async function save() {
  snapshot = (await t.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
}
async function restore() {
  await asOwner(async () => {
    await sql`delete from audit_log`.execute(t.db);
    for (const r of snapshot) await sql`insert into audit_log overriding system value values (${r.seq}, ${r.at}, ${r.actor_id}, ${r.actor_role}, ${r.action}, ${r.entity}, ${r.entity_id}, ${r.region}, ${canonicalJson(r.detail)}::jsonb, ${r.prev_hash}, ${r.hash}, ${r.key_id})`.execute(t.db);
  });
  expect((await verifyAudit(db)).ok).toBe(true);
}

describe('keyed audit chain', () => {
  it('signs rows with a key id, verifies them, and refuses to append without the key', async () => {
    await append(80);
    await append(3, 'ledger.pay');
    await append(10);
    const rows = await t.db.selectFrom('audit_log').select(['key_id', 'hash']).execute();
    expect(new Set(rows.map((r) => r.key_id))).toEqual(new Set([vault.currentKeyId]));
    expect(await verifyAudit(db)).toMatchObject({ ok: true, rows: 93 });
    await expect(t.db.transaction().execute((trx) => appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'x', entity: 'x' }))).rejects.toThrow(/未配置签名密钥/);
    // The anchor, outside the database, records the head.
    const a = await advanceAnchor(db);
    expect(a.anchor).toMatchObject({ seq: expect.any(Number), rows: 93 });
    expect(await verifyAudit(db)).toMatchObject({ ok: true, rows: 93, anchor: { ok: true, seq: a.anchor!.seq } });
    await save();
  });

  it('finds a deleted payment row, 74 re-attributed rows and a chain rebuilt with plain SHA-256', async () => {
    await asOwner(async () => {
      const pay = await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'ledger.pay').orderBy('seq').limit(1).executeTakeFirstOrThrow();
      await sql`delete from audit_log where seq = ${pay.seq}`.execute(t.db);
      await sql`update audit_log set actor_id = 99 where seq in (select seq from audit_log where action = 'person.reveal' order by seq limit 74)`.execute(t.db);
      await rechain((f) => createHash('sha256').update(canonicalJson(f)).digest('hex'), () => null);
    });
    const v = await verifyAudit(db);
    expect(v.ok).toBe(false);
    // The rebuilt rows look like rows from before keys, but the anchor's row no longer matches.
    expect(v.broken!.reason).toMatch(/均已签名|锚点不符|已被删除|截断/);
    expect((await advanceAnchor(db)).problem).toBeDefined();
    await restore();
  });

  it('finds a chain rebuilt with anything the database holds as the key (key ids, hashes, the genesis)', async () => {
    const guesses: ((r: Row) => Buffer)[] = [(r) => Buffer.from(r.key_id ?? ''), (r) => Buffer.from(r.hash, 'hex'), () => Buffer.from(GENESIS, 'hex'), () => Buffer.alloc(32)];
    const hashes: ((f: unknown[], r: Row) => string)[] = [
      // What an unkeyed chain would allow: plain SHA-256 over the same fields, key ids left in place.
      (f) => createHash('sha256').update(canonicalJson(f)).digest('hex'),
      ...guesses.map((guess) => (f: unknown[], r: Row) => createHmac('sha256', guess(r)).update(canonicalJson(f)).digest('hex')),
    ];
    for (const hash of hashes) {
      await asOwner(async () => {
        await sql`update audit_log set actor_id = 99 where seq in (select seq from audit_log order by seq limit 74)`.execute(t.db);
        await rechain(hash, (r) => r.key_id);
      });
      const v = await verifyAudit(db);
      expect(v.ok).toBe(false);
      expect(v.broken).toMatchObject({ seq: snapshot[0]!.seq, reason: expect.stringContaining('内容与其哈希不符') });
      await restore();
    }
  });

  it('finds rows added without a key after signed ones', async () => {
    await asOwner(async () => {
      const last = snapshot[snapshot.length - 1]!;
      const at = new Date();
      const fields = [at.toISOString(), 1, 'admin', 'forged', 'x', null, null, {}, last.hash];
      await sql`insert into audit_log (at, actor_id, actor_role, action, entity, entity_id, region, detail, prev_hash, hash, key_id) values (${at}, 1, 'admin', 'forged', 'x', null, null, '{}'::jsonb, ${last.hash}, ${createHash('sha256').update(canonicalJson(fields)).digest('hex')}, null)`.execute(t.db);
    });
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: false, broken: { reason: expect.stringContaining('没有审计密钥编号') } });
    await restore();
  });

  it('finds the newest rows cut off, against the anchor', async () => {
    await append(5);
    const a = await advanceAnchor(db);
    expect(a.anchor!.rows).toBe(98);
    await asOwner(async () => {
      await sql`delete from audit_log where seq > (select max(seq) - 3 from audit_log)`.execute(t.db);
    });
    // The chain that is left is intact; only the anchor shows the loss.
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: false, anchor: { ok: false, seq: a.anchor!.seq } });
    expect(v.broken!.reason).toMatch(/审计日志末尾被截断：.*（北京时间）的锚点记录到第 \d+ 条（共 98 条），数据库中现在只到第 \d+ 条/);
    // The anchor does not move over the loss, and new rows appended after it do not hide it.
    expect((await advanceAnchor(db)).problem).toMatch(/截断|已不存在/);
    await append(4);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, broken: { reason: expect.stringMatching(/已被删除/) } });
  });

  it('refuses an anchor file that was edited', async () => {
    const a = JSON.parse(readFileSync(anchors.location, 'utf8')) as { seq: number };
    writeFileSync(anchors.location, JSON.stringify({ ...a, seq: 1 }));
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: false, anchor: { ok: false, reason: expect.stringContaining('签名无效') } });
    expect((await advanceAnchor(db)).problem).toMatch(/签名无效/);
  });
});

describe('rows from before keys', () => {
  it('verifies an earlier plain-SHA-256 chain and the keyed rows that continue it', async () => {
    const u = await openTestDatabase();
    try {
      const keyed = withAuditKeys(u.db, { keys: vault.signingKeys('audit') });
      let prev = GENESIS;
      for (let i = 0; i < 3; i++) {
        const at = new Date();
        const fields = [at.toISOString(), 1, 'clerk', 'old', 'x', String(i), null, {}, prev];
        const h = createHash('sha256').update(canonicalJson(fields)).digest('hex');
        await u.db.insertInto('audit_log').values({ at, actor_id: 1, actor_role: 'clerk', action: 'old', entity: 'x', entity_id: String(i), region: null, detail: '{}', prev_hash: prev, hash: h, key_id: null }).execute();
        prev = h;
      }
      await keyed.transaction().execute((trx) => appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'new', entity: 'x' }));
      expect(await verifyAudit(keyed)).toEqual({ ok: true, rows: 4 });
      // Without the keys the signed row cannot be checked.
      expect(await verifyAudit(u.db)).toMatchObject({ ok: false, broken: { reason: expect.stringContaining('没有提供审计密钥') } });
    } finally {
      await u.drop();
    }
  });
});
