// What `npm start` does about accounts: no demo data on a server database (or an embedded one past
// its first start) unless asked, the demo accounts printed at every start while they exist, and —
// with no administrator — how to create the first one. The start-up itself runs as the real process
// against a fresh database (a new database on the PostgreSQL server in DATABASE_URL, else PGlite).

import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPlatform, disableUser, type CliOperator } from '@rencai/platform';
import { openTestDatabase } from '@rencai/store/testing';
import { accountNotes, demoChoice } from './first-run.js';
import { startHarness } from './platform/harness.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('demo data only when asked', () => {
  it('seeds on the embedded default’s first start, or with RENCAI_DEMO=1 / --demo; never on a server database by default; RENCAI_DEMO=0 never', () => {
    const choose = (env: Record<string, string>, argv: string[], serverDatabase: boolean, freshEmbedded: boolean) => demoChoice({ env, argv, serverDatabase, freshEmbedded }).seed;
    expect(choose({}, [], false, true)).toBe(true);
    expect(choose({}, [], false, false)).toBe(false);
    expect(choose({}, [], true, false)).toBe(false);
    expect(choose({}, [], true, true)).toBe(false);
    expect(choose({ RENCAI_DEMO: '1' }, [], true, false)).toBe(true);
    expect(choose({}, ['--demo'], true, false)).toBe(true);
    expect(choose({ RENCAI_DEMO: '0' }, ['--demo'], false, true)).toBe(false);
  });
});

describe('start-up notes', () => {
  it('prints the demo accounts whenever the demo data is present (also after a restart), and stops listing a disabled one', async () => {
    const h = await startHarness({ persons: 20 });
    cleanups.push(() => h.close());
    const first = (await accountNotes(h.p, { asked: false, seeded: true, serverDatabase: false })).join('\n');
    expect(first).toContain('已生成演示数据（合成数据）。演示账号（密码均为 rencai-demo-2026）：');
    const restart = (await accountNotes(h.p, { asked: false, seeded: false, serverDatabase: false })).join('\n');
    expect(restart).toContain('本数据库含合成演示数据。演示账号（密码均为 rencai-demo-2026）：');
    expect(restart).toMatch(/ {2}admin {12}系统管理员：系统管理员（全市）/);
    expect(restart).toMatch(/ {2}talent {11}人才：人才（人才库编号 \d+，柯城区）/);
    expect(restart).not.toContain('尚无管理员账户');
    const op: CliOperator = { cli: true, operator: 'ops', host: 'test' };
    const leader = await h.p.db.selectFrom('users').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow();
    await disableUser(h.p, op, leader.id, '演示结束');
    expect((await accountNotes(h.p, { asked: false, seeded: false, serverDatabase: true })).join('\n')).not.toMatch(/^ {2}leader /m);
    expect((await accountNotes(h.p, { asked: false, seeded: false, serverDatabase: true })).join('\n')).toContain('切勿在生产数据库中保留演示数据');
  });

  it('without an administrator, says how to create the first one', async () => {
    const database = await openTestDatabase();
    cleanups.push(() => database.drop());
    const p = await createPlatform({ database, dataDir: 'memory' });
    const notes = (await accountNotes(p, { asked: false, seeded: false, serverDatabase: true })).join('\n');
    expect(notes).toContain('尚无管理员账户');
    expect(notes).toContain('npx rencai admin create-admin --username 用户名');
    expect(notes).not.toContain('演示账号');
  });
});

describe('npm start on a fresh database', () => {
  it('creates no demo accounts unless asked and prints how to create the first administrator', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rencai-start-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    let url = '';
    if (process.env.DATABASE_URL) {
      const name = `rencai_s_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const u = new URL(process.env.DATABASE_URL);
      u.pathname = `/${name}`;
      url = u.toString();
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      });
    } else {
      // An embedded database past its first start (the first start is the demo's, by design).
      const p = await createPlatform({ dataDir });
      await p.database.close();
    }
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/server/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RENCAI_DATA_DIR: dataDir, RENCAI_KEY_DIR: join(dataDir, 'keys'), DATABASE_URL: url, RENCAI_DEMO: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    await new Promise<void>((done, fail) => {
      const t = setInterval(() => {
        if (out.includes('按 Ctrl+C 停止')) {
          clearInterval(t);
          done();
        }
      }, 100);
      void exited.then(() => {
        clearInterval(t);
        fail(new Error(`服务已退出：${err}`));
      });
    });
    child.kill('SIGTERM');
    await exited;
    expect(out).toContain('尚无管理员账户');
    expect(out).toContain('npx rencai admin create-admin --username 用户名');
    expect(out).not.toContain('演示账号（密码');
    const p = await createPlatform({ databaseUrl: url || undefined, dataDir });
    try {
      expect(await p.db.selectFrom('users').select('username').execute()).toEqual([]);
    } finally {
      await p.database.close();
    }
  }, 180_000);
});
