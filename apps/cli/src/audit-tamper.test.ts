// Data at rest end to end, on the database under test (PGlite in a data folder, or a new database on
// the PostgreSQL server in DATABASE_URL), through `rencai` and the API: a tamper script run with the
// table owner's rights (switch the trigger off, delete a `ledger.pay` row, re-attribute 74 rows,
// rebuild the chain with plain SHA-256 — or with anything else the database holds) is reported by
// `rencai audit verify` and `GET /api/v1/admin/audit/verify`, and so is cutting off the newest rows;
// a wrong or missing key is refused in Chinese and no key is generated over existing data; a key
// rotation keeps the audit chain verifiable; the data folder ends up owner-only.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createPlatform, payInstalment, seedDemo, todayString, DEMO_PASSWORD, type Caller, type Platform } from '@rencai/platform';
import { canonicalJson, GENESIS } from '@rencai/store';
import { buildApp } from '../../server/src/app.js';
import { serverTestDatabase } from '@rencai/store/testing';
import { cliArgv } from './cli-under-test.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'rencai-tamper-'));
const dataDir = join(work, 'data');
const keyDir = join(work, 'keys');
let url: string | undefined;
let server: Awaited<ReturnType<typeof serverTestDatabase>>;
let p: Platform;
let app: FastifyInstance | undefined;
const notices: string[] = [];

async function open(): Promise<Platform> {
  p = await createPlatform({ databaseUrl: url, dataDir, notify: (m) => notices.push(m) });
  app = await buildApp({ platform: p });
  return p;
}
async function close() {
  await app?.close();
  app = undefined;
  await p.database.close();
}

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...cliArgv(), ...args], {
    cwd: ROOT,
    env: { ...process.env, RENCAI_DATA_DIR: dataDir, RENCAI_KEY_DIR: keyDir, ...(url ? { DATABASE_URL: url } : {}), ...env },
    encoding: 'utf8',
    input: `${DEMO_PASSWORD}\n`, // the --as account's password, on standard input
    timeout: 180_000,
  });
}

async function apiVerify(): Promise<{ ok: boolean; broken?: { reason: string } }> {
  const login = await app!.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress: `10.0.0.${Math.floor(Math.random() * 200) + 1}` });
  expect(login.statusCode).toBe(200);
  const cookie = login.cookies.find((c) => c.name === 'rencai_session')!;
  const res = await app!.inject({ method: 'GET', url: '/api/v1/admin/audit/verify', cookies: { rencai_session: cookie.value } });
  expect(res.statusCode).toBe(200);
  return res.json();
}

type Row = { seq: number; at: Date; actor_id: number | null; actor_role: string | null; action: string; entity: string; entity_id: string | null; region: string | null; detail: unknown; prev_hash: string; hash: string; key_id: string | null };
let snapshot: Row[] = [];

/** What someone with the table owner's rights can do: switch the trigger off and rewrite rows. */
async function asOwner(fn: () => Promise<void>) {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(p.db);
  try {
    await fn();
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(p.db);
  }
}

async function rechain(hash: (fields: unknown[], r: Row) => string, keyId: (r: Row) => string | null) {
  const rows = (await p.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
  let prev = GENESIS;
  for (const r of rows) {
    const kid = keyId(r);
    const h = hash([r.at.toISOString(), r.actor_id, r.actor_role, r.action, r.entity, r.entity_id, r.region, r.detail, prev, ...(kid === null ? [] : [kid])], r);
    await sql`update audit_log set prev_hash = ${prev}, hash = ${h}, key_id = ${kid} where seq = ${r.seq}`.execute(p.db);
    prev = h;
  }
}

async function restore() {
  await asOwner(async () => {
    await sql`delete from audit_log`.execute(p.db);
    for (const r of snapshot)
      await sql`insert into audit_log overriding system value values (${r.seq}, ${r.at}, ${r.actor_id}, ${r.actor_role}, ${r.action}, ${r.entity}, ${r.entity_id}, ${r.region}, ${canonicalJson(r.detail)}::jsonb, ${r.prev_hash}, ${r.hash}, ${r.key_id})`.execute(p.db);
  });
}

const mode = (path: string) => statSync(path).mode & 0o777;
function looseModes(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    if (mode(d) & 0o077) out.push(d);
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) visit(path);
      else if (e.isFile() && mode(path) & 0o077) out.push(path);
    }
  };
  visit(dir);
  return out;
}

beforeAll(async () => {
  process.env.RENCAI_KEY_DIR = keyDir;
  server = await serverTestDatabase();
  url = server?.url;
  // A data folder as an earlier version left it: readable by everyone.
  mkdirSync(join(dataDir, 'exports'), { recursive: true });
  chmodSync(dataDir, 0o755);
  chmodSync(join(dataDir, 'exports'), 0o755);
  writeFileSync(join(dataDir, 'exports', 'old.csv'), '姓名\n张三\n');
  chmodSync(join(dataDir, 'exports', 'old.csv'), 0o644);
  await open();
  await seedDemo(p, { persons: 12 });
  // Two payments booked one by one (ledger.pay rows in the audit log).
  const u = await p.db.selectFrom('users').selectAll().where('username', '=', 'clerk_city').executeTakeFirstOrThrow();
  const clerk: Caller = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: null, employerId: null };
  const due = await p.db
    .selectFrom('ledger as g')
    .select('g.instalment_key')
    .where('g.kind', '=', 'grant')
    .where('g.due_on', '<=', todayString(p))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger as x').select('x.id').where('x.kind', '=', 'payment').whereRef('x.instalment_key', '=', 'g.instalment_key'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('batch_items as bi').select('bi.batch_id').whereRef('bi.instalment_key', '=', 'g.instalment_key'))))
    .orderBy('g.id')
    .limit(2)
    .execute();
  for (const g of due) await payInstalment(p, clerk, g.instalment_key, `tamper-test-${g.instalment_key}`);
  snapshot = (await p.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
}, 300_000);

afterAll(async () => {
  await app?.close().catch(() => undefined);
  await p?.database.close().catch(() => undefined);
  await server?.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('data folder', () => {
  it('is made owner-only at start, and says so', async () => {
    expect(notices.some((n) => /已收紧 .* 下的文件权限：1 个文件改为 0600、2 个目录改为 0700/.test(n))).toBe(true);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'exports', 'old.csv'))).toBe(0o600);
    expect(mode(join(keyDir, 'keyring.json'))).toBe(0o600);
    expect(existsSync(join(dataDir, 'keys'))).toBe(false); // the key was put where RENCAI_KEY_DIR says, not in the data folder
    // The embedded database's own files (PGlite creates them 0666) are owner-only as well.
    if (!url) expect(looseModes(join(dataDir, 'pgdata'))).toEqual([]);
  });
});

describe('a tampered audit log', () => {
  it('is found when a payment row is deleted, 74 rows re-attributed and the chain rebuilt with plain SHA-256', async () => {
    expect(snapshot.filter((r) => r.action === 'ledger.pay').length).toBeGreaterThan(0);
    expect(snapshot.length).toBeGreaterThan(80);
    expect(await apiVerify()).toMatchObject({ ok: true });
    await asOwner(async () => {
      const pay = snapshot.find((r) => r.action === 'ledger.pay')!;
      await sql`delete from audit_log where seq = ${pay.seq}`.execute(p.db);
      await sql`update audit_log set actor_id = ${pay.actor_id} where seq in (select seq from audit_log where action <> 'ledger.pay' order by seq limit 74)`.execute(p.db);
      await rechain((f) => createHash('sha256').update(canonicalJson(f)).digest('hex'), () => null);
    });
    expect(await apiVerify()).toMatchObject({ ok: false, broken: { reason: expect.stringMatching(/均已签名|锚点不符|已被删除/) } });
    await close();
    const r = cli(['audit', 'verify']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/审计日志被篡改：.*(均已签名|锚点不符|已被删除)/);
  }, 300_000);

  it('is found when the chain is rebuilt keyed with what the database holds', async () => {
    await open();
    await restore();
    expect(await apiVerify()).toMatchObject({ ok: true });
    await asOwner(async () => {
      await sql`update audit_log set actor_id = 1 where seq in (select seq from audit_log order by seq limit 74)`.execute(p.db);
      await rechain((f, r) => createHmac('sha256', Buffer.from(`${r.key_id}${r.hash}`)).update(canonicalJson(f)).digest('hex'), (r) => r.key_id);
    });
    expect(await apiVerify()).toMatchObject({ ok: false, broken: { reason: expect.stringContaining('内容与其哈希不符') } });
    await close();
    const r = cli(['audit', 'verify']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`审计日志被篡改：第 ${snapshot[0]!.seq} 条的内容与其哈希不符（该条被改动）`);
  }, 300_000);

  it('is found when the newest rows are cut off', async () => {
    await open();
    await restore();
    await close(); // writes the anchor at the head
    const ok = cli(['audit', 'verify']);
    expect(ok.stdout).toMatch(/审计日志完整：\d+ 条，哈希链校验通过；与 .*（北京时间）的库外锚点（第 \d+ 条）一致/);
    expect(ok.status).toBe(0);
    await open();
    await asOwner(async () => {
      await sql`delete from audit_log where seq > (select max(seq) - 5 from audit_log)`.execute(p.db);
    });
    await close();
    const r = cli(['audit', 'verify']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/审计日志被篡改：审计日志末尾被截断：.*（北京时间）的锚点记录到第 \d+ 条（共 \d+ 条），数据库中现在只到第 \d+ 条/);
    // Through the API too (signing in adds rows after the cut: the anchored row is then missing from the middle).
    await open();
    expect(await apiVerify()).toMatchObject({ ok: false, broken: { reason: expect.stringMatching(/审计日志末尾被截断|锚点.*所记第 \d+ 条已被删除/) } });
    await close();
  }, 300_000);
});

describe('exports', () => {
  it('are written owner-only, even over an existing file others could read', () => {
    const file = join(work, 'export.csv');
    writeFileSync(file, 'old');
    chmodSync(file, 0o644);
    const r = cli(['export', 'persons', file, '--as', 'clerk_city']);
    expect(r.status).toBe(0);
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('身份证号');
  }, 200_000);
});

describe('keys', () => {
  it('refuses a wrong or missing key in Chinese and never generates one over existing data', async () => {
    const wrong = cli(['audit', 'verify'], { RENCAI_DATA_KEY: randomBytes(32).toString('base64') });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/无法启动：数据库中已有加密的.*无法解密.*不会生成新密钥/);
    const empty = join(work, 'no-keys');
    const missing = cli(['audit', 'verify'], { RENCAI_KEY_DIR: empty });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/无法启动：数据库中已有加密的个人信息或签名的审计日志，但找不到数据密钥/);
    expect(existsSync(join(empty, 'keyring.json'))).toBe(false);
  }, 300_000);

  it('rotates: everything re-encrypted under a new key, audited, and the audit chain still verifies', async () => {
    await open();
    await restore();
    const before = await p.db.selectFrom('persons').select('id_enc').orderBy('id').limit(1).executeTakeFirstOrThrow();
    await close();
    const r = cli(['keys', 'rotate', '--force']);
    expect(r.stderr).not.toMatch(/无法|错误/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/密钥轮换完成：当前密钥 (k[0-9a-f]{12})；重新加密 \d+ 个字段值/);
    const ring = JSON.parse(readFileSync(join(keyDir, 'keyring.json'), 'utf8')) as { current: string; keys: unknown[]; rotation?: unknown };
    expect(ring.keys).toHaveLength(2);
    expect(ring.rotation).toBeUndefined();
    const v = cli(['audit', 'verify']);
    expect(v.stdout).toMatch(/审计日志完整/);
    expect(v.status).toBe(0);
    await open();
    const after = await p.db.selectFrom('persons').select('id_enc').orderBy('id').limit(1).executeTakeFirstOrThrow();
    expect(after.id_enc.startsWith(`v2:${ring.current}:`)).toBe(true);
    expect(p.vault.decrypt(after.id_enc)).toBe(p.vault.decrypt(before.id_enc));
    expect(await p.db.selectFrom('audit_log').select('key_id').where('action', '=', 'keys.rotate').executeTakeFirstOrThrow()).toEqual({ key_id: ring.current });
    expect(await apiVerify()).toMatchObject({ ok: true });
    await close();
    if (!url) expect(looseModes(dataDir)).toEqual([]);
  }, 400_000);
});
