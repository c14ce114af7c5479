// Migration 004 (accounts) on a database made before it (PGlite in memory, or PostgreSQL when
// DATABASE_URL is set): the demo's accounts in a database the demo seeded are recognised as demo
// accounts (so `npm start` keeps listing them), nobody else's are, and everyone keeps signing in.

import { describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { openTestDatabase } from './testing.js';
import { migrateToLatest } from './migrate.js';
import * as m001 from './migrations/001_init.js';
import * as m002 from './migrations/002_bank_accounts.js';
import * as m003 from './migrations/003_recognition_revocation.js';

async function before004() {
  const db = await openTestDatabase({ migrate: false });
  const m = new Migrator({ db: db.db as never, provider: { getMigrations: async () => ({ '001_init': m001, '002_bank_accounts': m002, '003_recognition_revocation': m003 }) } });
  expect((await m.migrateToLatest()).error).toBeUndefined();
  return db;
}

const user = (username: string, display_name: string, role: 'admin' | 'talent' | 'clerk' = 'clerk') => ({ username, password_hash: 'x', display_name, role, region: 'quzhou_city', department: role === 'clerk' ? 'talent_office' : null });

describe('migration 004_accounts', () => {
  it('marks the accounts of a database the demo seeded as demo accounts, and only those', async () => {
    const seeded = await before004();
    try {
      await seeded.db.insertInto('users').values([user('admin', '系统管理员', 'admin'), user('clerk_city', '市人才办经办人员（全市）'), user('zhang', '张三')]).execute();
      const e = await seeded.db.insertInto('persons').values({ region: 'kecheng', name: '林思远', id_hash: 'h', id_enc: 'v1:x', id_masked: 'm' }).returning('id').executeTakeFirstOrThrow();
      await seeded.db.insertInto('users').values({ ...user('talent', '演示人才', 'talent'), person_id: e.id }).execute();
      expect(await migrateToLatest(seeded.db)).toContain('004_accounts');
      const rows = await seeded.db.selectFrom('users').select(['username', 'demo', 'must_change_password', 'disabled_at']).orderBy('username').execute();
      expect(rows).toEqual([
        { username: 'admin', demo: true, must_change_password: false, disabled_at: null },
        { username: 'clerk_city', demo: true, must_change_password: false, disabled_at: null },
        { username: 'talent', demo: true, must_change_password: false, disabled_at: null },
        { username: 'zhang', demo: false, must_change_password: false, disabled_at: null },
      ]);
    } finally {
      await seeded.drop();
    }
    const real = await before004();
    try {
      await real.db.insertInto('users').values([user('admin', '系统管理员', 'admin')]).execute();
      await migrateToLatest(real.db);
      expect(await real.db.selectFrom('users').select(['username', 'demo']).execute()).toEqual([{ username: 'admin', demo: false }]);
    } finally {
      await real.drop();
    }
  });
});
