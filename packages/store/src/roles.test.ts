// Database roles on a PostgreSQL server (DATABASE_URL; skipped on embedded PGlite, which has one
// user): an owner role migrates and owns the tables, the app's role gets its grants and is refused
// — "permission denied" / "must be owner" — when it tries to switch off the audit trigger, delete or
// truncate audit rows, or rewrite the ledger, while the work it does normally still goes through.
// TRUNCATE is refused by a trigger too, for the single-role case.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from './db.js';
import { openTestDatabase, testDatabaseKind } from './testing.js';
import { checkRuntimeRole, grantAppRole } from './roles.js';
import { appendAudit, verifyAudit, withAuditKeys } from './audit.js';
import { Vault } from './crypto.js';

const onServer = testDatabaseKind() === 'postgres';
const suffix = randomBytes(4).toString('hex');
const ownerRole = `rencai_owner_${suffix}`;
const appRole = `rencai_app_${suffix}`;
const dbName = `rencai_roles_${suffix}`;
let owner: Database;
let app: Database;

async function admin(text: string) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
const urlAs = (user: string) => {
  const u = new URL(process.env.DATABASE_URL!);
  u.username = user;
  u.password = '';
  u.pathname = `/${dbName}`;
  return u.toString();
};

beforeAll(async () => {
  if (!onServer) return;
  await admin(`create role ${ownerRole} login`);
  await admin(`create role ${appRole} login`);
  await admin(`create database ${dbName} owner ${ownerRole}`);
  await admin(`grant all on database ${dbName} to ${ownerRole}`);
  // The schema belongs to the owner role too (on PostgreSQL 15 only its owner may create in it).
  const su = new URL(process.env.DATABASE_URL!);
  su.pathname = `/${dbName}`;
  const c = new pg.Client({ connectionString: su.toString() });
  await c.connect();
  await c.query(`alter schema public owner to ${ownerRole}`);
  await c.end();
  owner = await openDatabase({ url: urlAs(ownerRole) });
  await grantAppRole(owner.db, appRole);
  app = await openDatabase({ url: urlAs(appRole), migrate: false });
}, 120_000);

afterAll(async () => {
  if (!onServer) return;
  await app?.close();
  await owner?.close();
  await admin(`drop database if exists ${dbName} with (force)`);
  await admin(`drop role if exists ${appRole}`);
  await admin(`drop role if exists ${ownerRole}`);
});

describe.skipIf(!onServer)('owner and app roles', () => {
  it('lets the app work and append audit rows, and refuses it everything that would rewrite the audit log or the ledger', async () => {
    const keyed = withAuditKeys(app.db, { keys: new Vault(randomBytes(32)).signingKeys('audit') });
    await keyed.transaction().execute((trx) => appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'person.reveal', entity: 'person', entityId: 1 }));
    const e = await app.db.insertInto('employers').values({ uscc: '91330800MA2DH12340', name: '单位', region: 'kecheng', kind: 'enterprise' }).returning('id').executeTakeFirstOrThrow();
    await app.db.updateTable('employers').set({ name: '单位（改名）' }).where('id', '=', e.id).execute();
    await app.db
      .insertInto('ledger')
      .values({ kind: 'grant', region: 'kecheng', rule: 'r', benefit: 'b', clause: 'c', payer: 'city', amount_fen: 100, city_fen: 100, county_fen: 0, unit_fen: 0, instalment_key: 'k1', idempotency_key: 'i1', employer_id: e.id })
      .execute();
    expect(await verifyAudit(keyed)).toMatchObject({ ok: true, rows: 1 });
    expect(await checkRuntimeRole(app.db)).toEqual({ role: appRole, canAlterAudit: false });
    expect(await checkRuntimeRole(owner.db)).toEqual({ role: ownerRole, canAlterAudit: true });

    const refused = async (text: string) => {
      const err = await sql.raw(text).execute(app.db).then(
        () => undefined,
        (x: unknown) => x as { code?: string; message: string },
      );
      expect(err, text).toBeDefined();
      expect(err!.code, text).toBe('42501');
      expect(err!.message, text).toMatch(/permission denied|must be owner/);
    };
    await refused('alter table audit_log disable trigger audit_log_no_change');
    await refused('alter table audit_log disable trigger all');
    await refused('delete from audit_log');
    await refused("update audit_log set action = 'x'");
    await refused('truncate audit_log');
    await refused("update ledger set amount_fen = 1, city_fen = 1");
    await refused('delete from ledger');
    await refused('truncate ledger');
    await refused('truncate employers');
    await refused('drop table audit_log');
    await refused('create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$');
    expect((await app.db.selectFrom('audit_log').select('seq').execute()).length).toBe(1);
  });
});

describe('truncate', () => {
  it('is refused on the audit log and the ledger by a trigger, even for the owner', async () => {
    const t = await openTestDatabase();
    try {
      await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/审计日志只能追加/);
      await expect(sql`truncate ledger cascade`.execute(t.db)).rejects.toThrow(/资金台账只能追加/);
    } finally {
      await t.drop();
    }
  });
});
