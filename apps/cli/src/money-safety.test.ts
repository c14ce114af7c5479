// Money safety against the database under test (PGlite on disk, or a PostgreSQL server when
// DATABASE_URL is set): 1,000 concurrent duplicate payment requests for one instalment pay it once;
// the operators' CLI killed between two statements of a payment batch leaves no partial batch, and
// the same command then completes it; a tampered audit row is found by `rencai audit verify`.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { accept, approve, createPlatform, seedDemo, exportBatch, createBatch, payInstalment, review, updatePerson, type Caller, type Platform } from '@rencai/platform';
import { serverTestDatabase } from '@rencai/store/testing';
import { cliArgv } from './cli-under-test.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'rencai-money-'));
// The keyring of a server database lives outside the data folder: here, beside it in the temporary folder.
process.env.RENCAI_KEY_DIR = mkdtempSync(join(tmpdir(), 'rencai-money-keys-'));
let url: string | undefined;
let server: Awaited<ReturnType<typeof serverTestDatabase>>;
let p: Platform;
let clerk: Caller;
let talentRegion: string;
let talentPersonId: number;

async function open(): Promise<Platform> {
  return createPlatform({ databaseUrl: url, dataDir });
}

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...cliArgv(), ...args], {
    cwd: ROOT,
    env: { ...process.env, RENCAI_DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}), ...env },
    input: 'rencai-demo-2026\n', // the --as account's password, on standard input
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  server = await serverTestDatabase();
  url = server?.url;
  p = await open();
  await seedDemo(p, { persons: 30 });
  const u = await p.db.selectFrom('users').selectAll().where('username', '=', 'clerk_city').executeTakeFirstOrThrow();
  clerk = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: null, employerId: null };
  // The demo talent's submitted allowance application, approved: four yearly instalments due, none paid.
  const talent = await p.db.selectFrom('users').select(['person_id', 'region']).where('username', '=', 'talent').executeTakeFirstOrThrow();
  talentRegion = talent.region;
  talentPersonId = talent.person_id!;
  const app = await p.db.selectFrom('applications').select('id').where('person_id', '=', talent.person_id).where('state', '=', 'submitted').executeTakeFirstOrThrow();
  await accept(p, clerk, app.id);
  await review(p, clerk, app.id, { decision: 'approve' });
  const f = await p.db.selectFrom('users').selectAll().where('username', '=', 'review_finance').executeTakeFirstOrThrow();
  await review(p, { ...clerk, userId: f.id, role: 'reviewer', department: 'finance' }, app.id, { decision: 'approve' });
  const r = await approve(p, clerk, app.id);
  expect(r.grants.length).toBeGreaterThanOrEqual(3);
}, 180_000);

afterAll(async () => {
  await p?.database.close().catch(() => undefined);
  await server?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function unpaidDueGrant(): Promise<{ key: string; region: string }> {
  const g = await p.db
    .selectFrom('ledger as g')
    .select(['g.instalment_key', 'g.region'])
    .where('g.kind', '=', 'grant')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger as x').select('x.id').where('x.kind', '=', 'payment').whereRef('x.instalment_key', '=', 'g.instalment_key'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('batch_items as bi').select('bi.batch_id').whereRef('bi.instalment_key', '=', 'g.instalment_key'))))
    .orderBy('g.id')
    .executeTakeFirstOrThrow();
  return { key: g.instalment_key, region: g.region };
}

describe('exactly once', () => {
  it('1,000 concurrent requests to pay one instalment under different idempotency keys: one payment, 999 refusals', async () => {
    const { key } = await unpaidDueGrant();
    const results = await Promise.allSettled(Array.from({ length: 1000 }, (_, i) => payInstalment(p, clerk, key, `concurrent-${i}-${key}`)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(999);
    expect(new Set(refused.map((r) => (r.reason as { status?: number; message: string }).status))).toEqual(new Set([409]));
    const rows = await p.db.selectFrom('ledger').selectAll().where('kind', '=', 'payment').where('instalment_key', '=', key).execute();
    expect(rows).toHaveLength(1);
  });

  it('1,000 concurrent retries of one request (same idempotency key) all get the same single payment', async () => {
    const { key } = await unpaidDueGrant();
    const results = await Promise.all(Array.from({ length: 1000 }, () => payInstalment(p, clerk, key, `retry-${key}`)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await p.db.selectFrom('ledger').select('id').where('kind', '=', 'payment').where('instalment_key', '=', key).execute()).length).toBe(1);
  });
});

describe('a payment batch is all or nothing, and resumes after a crash', () => {
  it('kills the CLI between two statements, finds nothing booked, then completes the batch with the same command', async () => {
    // The talent's region: two of the talent's four instalments are still unpaid after the tests above.
    // The talent registers a receiving account first (a payee without one is held out of batches).
    const { version } = await p.db.selectFrom('persons').select('version').where('id', '=', talentPersonId).executeTakeFirstOrThrow();
    await updatePerson(p, clerk, talentPersonId, { bankName: '中国工商银行衢州分行', bankAccount: '6222021234567890123' }, version, '本人提供银行卡');
    const batch = await createBatch(p, clerk, talentRegion, `crash-test-${talentRegion}`);
    expect(batch.items).toBeGreaterThanOrEqual(2); // so that there is a "between two statements"

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBatch(p, clerk, batch.id)) as unknown as ArrayBuffer);
    wb.worksheets[0]!.eachRow((r, i) => {
      if (i > 1 && String(r.getCell(1).value ?? '').startsWith('app')) r.getCell(12).value = '成功';
    });
    const file = join(dataDir, 'bank-result.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await p.database.close(); // the embedded database is single-process: hand it to the CLI

    const killed = cli(['batch-result', String(batch.id), file, '--as', 'clerk_city'], { RENCAI_FAILPOINT: 'batch.after-first-payment' });
    expect(killed.signal).toBe('SIGKILL');

    p = await open();
    const afterCrash = await p.db.selectFrom('ledger').select('id').where('batch_id', '=', batch.id).execute();
    expect(afterCrash).toHaveLength(0);
    expect((await p.db.selectFrom('payment_batches').select('state').where('id', '=', batch.id).executeTakeFirstOrThrow()).state).toBe('open');
    await p.database.close();

    const resumed = cli(['batch-result', String(batch.id), file, '--as', 'clerk_city']);
    expect(resumed.stderr).toBe('');
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`批次 ${batch.id} 已整批入账：${batch.items} 笔`);
    const again = cli(['batch-result', String(batch.id), file, '--as', 'clerk_city']);
    expect(again.stdout).toContain('已入账，无需重复导入');

    p = await open();
    const paid = await p.db.selectFrom('ledger').select(['instalment_key']).where('batch_id', '=', batch.id).where('kind', '=', 'payment').execute();
    expect(paid).toHaveLength(batch.items);
    expect(new Set(paid.map((x) => x.instalment_key)).size).toBe(batch.items);
  }, 240_000);
});

describe('audit verify', () => {
  it('passes on the intact chain and names the tampered row', async () => {
    await p.database.close();
    const ok = cli(['audit', 'verify']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/审计日志完整：\d+ 条/);
    p = await open();
    const victim = (await p.db.selectFrom('audit_log').select('seq').where('action', '=', 'ledger.pay').orderBy('seq').executeTakeFirstOrThrow()).seq;
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(p.db);
    await sql`update audit_log set detail = '{"amountFen": 1}'::jsonb where seq = ${victim}`.execute(p.db);
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(p.db);
    await p.database.close();
    const bad = cli(['audit', 'verify']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`审计日志被篡改：第 ${victim} 条的内容与其哈希不符（该条被改动）`);
    p = await open();
  }, 120_000);
});
