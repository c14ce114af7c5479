// Accounts from the command line, as an operator runs them on a fresh database (PGlite on disk, or a
// new database on the PostgreSQL server in DATABASE_URL): the first administrator created with a
// password from standard input (never from the arguments) and forced to change it; `--as` needing
// the account's password; account commands recorded as the command line's, with OS user and host.
// Scheduled jobs listed and run by hand with --as, audited likewise.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createPlatform, type Platform } from '@rencai/platform';
import { serverTestDatabase } from '@rencai/store/testing';
import { cliArgv } from './cli-under-test.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'rencai-accounts-'));
// One keyring for this file's own platform and the commands it runs, outside the operator's home.
process.env.RENCAI_KEY_DIR = join(dataDir, 'keys');
let url: string | undefined;
let server: Awaited<ReturnType<typeof serverTestDatabase>>;

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [...cliArgv(), ...args], {
    cwd: ROOT,
    env: { ...process.env, RENCAI_DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : { DATABASE_URL: '' }) },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Opens the database between commands (the embedded one admits one process at a time). */
async function withPlatform<T>(fn: (p: Platform) => Promise<T>): Promise<T> {
  const p = await createPlatform({ databaseUrl: url, dataDir });
  try {
    return await fn(p);
  } finally {
    await p.database.close();
  }
}

beforeAll(async () => {
  server = await serverTestDatabase();
  url = server?.url;
});

afterAll(async () => {
  await server?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const operator = { operator: userInfo().username, host: hostname() };

describe('a command whose arguments do not fit', () => {
  it.skipIf(process.env.DATABASE_URL)('is told its usage before anything is opened: an empty data folder gets no database and no key', () => {
    const empty = join(dataDir, 'untouched');
    const inEmpty = (args: string[]) => {
      const r = spawnSync(process.execPath, [...cliArgv(), ...args], { cwd: ROOT, env: { ...process.env, RENCAI_DATA_DIR: empty, RENCAI_KEY_DIR: join(empty, 'keys'), DATABASE_URL: '' }, input: '', encoding: 'utf8', timeout: 120_000 });
      return { code: r.status, err: r.stderr };
    };
    const cases: Array<[string[], string]> = [
      [['jobs', 'rerun'], '用法：rencai jobs list | jobs run <任务>'],
      [['import', 'persons'], '用法：rencai import persons|employers'],
      [['export'], '用法：rencai export persons|employers'],
      [['user', 'remove', '--username', 'x'], '用法：rencai user create|disable|enable|password'],
      [['admin', 'make-admin'], '用法：rencai admin create-admin'],
      [['batch-result', 'seven', 'r.xlsx'], '用法：rencai batch-result <批次编号>'],
      [['audit', 'check'], '用法：rencai audit verify|anchor'],
      [['admin', 'create-admin', '--username', 'ops', '--password', 'Visible-in-ps-1'], '密码不能写在命令行上'],
      [['proactive', '--bogus'], '未知选项：--bogus'],
      [['jobs', 'list', '--as'], '选项 --as 需要一个值'],
      [['simulate', '--population', '10', 'extra'], '多余的参数：extra'],
    ];
    for (const [args, usage] of cases) {
      const r = inEmpty(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(usage);
      expect(r.err, args.join(' ')).not.toContain('已生成数据加密密钥');
    }
    expect(existsSync(empty), 'nothing created for a mistyped command').toBe(false);
  }, 240_000);
});

describe('the first administrator, on a fresh database', () => {
  it('create-admin reads the password from standard input, never from the arguments; the account must change it before acting', async () => {
    const onArgv = cli(['admin', 'create-admin', '--username', 'ops_admin', '--password', 'Visible-in-ps-1']);
    expect(onArgv.code).toBe(2);
    expect(onArgv.err).toContain('密码不能写在命令行上');
    const noInput = cli(['admin', 'create-admin', '--username', 'ops_admin']);
    expect(noInput.code).toBe(2);
    expect(noInput.err).toContain('没有从标准输入读到');
    expect(cli(['admin', 'create-admin', '--username', 'ops_admin'], 'short\n').err).toContain('密码至少 10 位');

    const made = cli(['admin', 'create-admin', '--username', 'ops_admin', '--name', '运维管理员'], 'Initial-pass-2026\n');
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/已建立管理员 ops_admin（编号 \d+）/);
    await withPlatform(async (p) => {
      const u = await p.db.selectFrom('users').selectAll().execute();
      expect(u).toEqual([expect.objectContaining({ username: 'ops_admin', role: 'admin', display_name: '运维管理员', must_change_password: true, demo: false })]);
      const audit = await p.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').execute();
      expect(audit).toEqual([expect.objectContaining({ actor_id: null, actor_role: 'cli' })]);
      expect(audit[0]!.detail).toMatchObject({ via: 'cli', ...operator, username: 'ops_admin', role: 'admin' });
    });

    const out = join(dataDir, 'persons.csv');
    const wrong = cli(['export', 'persons', out, '--as', 'ops_admin'], 'not-the-password\n');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('用户名或密码不正确');
    const due = cli(['export', 'persons', out, '--as', 'ops_admin'], 'Initial-pass-2026\n');
    expect(due.code).toBe(2);
    expect(due.err).toContain('须先修改密码');

    const changed = cli(['user', 'password', '--username', 'ops_admin'], 'Initial-pass-2026\nChosen-by-me-2027\n');
    expect(changed.err).toBe('');
    expect(changed.out).toContain('已修改账号 ops_admin 的密码');
    const exported = cli(['export', 'persons', out, '--as', 'ops_admin'], 'Chosen-by-me-2027\n');
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('身份证号');
    await withPlatform(async (p) => {
      const rows = await p.db.selectFrom('audit_log').selectAll().where('action', 'in', ['auth.cli', 'auth.login_failed', 'auth.password_change']).orderBy('seq').execute();
      expect(rows.map((r) => [r.action, r.actor_role])).toEqual([
        ['auth.login_failed', 'cli'],
        ['auth.password_change', 'cli'],
        ['auth.cli', 'cli'],
      ]);
      expect(rows[0]!.detail).toMatchObject({ reason: 'password', via: 'cli', ...operator });
      expect(rows[2]!.detail).toMatchObject({ via: 'cli', ...operator, username: 'ops_admin', role: 'admin', command: 'export persons' });
      // Every row a command writes, also those the platform's own services write, says where it came from.
      for (const r of rows) expect(r.detail).toMatchObject({ origin: { channel: 'cli', ...operator } });
      expect(rows[2]!.actor_id).toBe((await p.db.selectFrom('users').select('id').where('username', '=', 'ops_admin').executeTakeFirstOrThrow()).id);
    });
  }, 240_000);

  it('jobs run and jobs list act as the administrator given with --as, and the run is audited as the command line’s', async () => {
    const ran = cli(['jobs', 'run', 'worklist.notices', '--as', 'ops_admin'], 'Chosen-by-me-2027\n');
    expect(ran.err).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^重点任务清单填报提醒与逾期督办：成功（\d+ 毫秒）/);
    const listed = cli(['jobs', 'list', '--as', 'ops_admin'], 'Chosen-by-me-2027\n');
    expect(listed.out).toMatch(/重点任务清单填报提醒与逾期督办（worklist\.notices）：每个工作日 08:40；上次 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 成功；下次 \d{4}-\d{2}-\d{2} 08:40/);
    expect(listed.out).toContain('申报件超期督办（applications.escalate）：每个工作日 08:30；上次 尚未运行');
    expect(cli(['jobs', 'rerun'], '').err).toContain('用法：rencai jobs list | jobs run <任务>');
    await withPlatform(async (p) => {
      const rows = await p.db.selectFrom('audit_log').selectAll().where('action', '=', 'job.run').execute();
      expect(rows.map((r) => [r.entity_id, r.actor_role])).toEqual([['worklist.notices', 'admin']]);
      expect(rows[0]!.detail).toMatchObject({ origin: { channel: 'cli', ...operator } });
    });
  }, 240_000);

  it('user create, disable and enable are the operator’s; a disabled account cannot be used with --as', async () => {
    const made = cli(['user', 'create', '--username', 'clerk_lz', '--name', '龙游经办', '--role', 'clerk', '--region', 'longyou', '--department', 'talent_office'], 'Clerk-initial-01\n');
    expect(made.err).toBe('');
    expect(made.out).toMatch(/已建立账号 clerk_lz（编号 \d+），首次登录须修改密码/);
    expect(cli(['user', 'password', '--username', 'clerk_lz'], 'Clerk-initial-01\nClerk-chosen-0002\n').code).toBe(0);
    expect(cli(['user', 'disable', '--username', 'clerk_lz'], '').err).toContain('请填写停用理由');
    const off = cli(['user', 'disable', '--username', 'clerk_lz', '--reason', '调离']);
    expect(off.out).toContain('已停用账号 clerk_lz');
    const refused = cli(['export', 'persons', join(dataDir, 'p2.csv'), '--as', 'clerk_lz'], 'Clerk-chosen-0002\n');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('该账号已停用');
    expect(cli(['user', 'enable', '--username', 'clerk_lz']).out).toContain('已重新启用账号 clerk_lz');
    expect(cli(['export', 'persons', join(dataDir, 'p2.csv'), '--as', 'clerk_lz'], 'Clerk-chosen-0002\n').code).toBe(0);
    expect(cli(['user', 'disable', '--username', 'nobody_here', '--reason', 'x']).err).toContain('账号「nobody_here」不存在');
    await withPlatform(async (p) => {
      const rows = await p.db.selectFrom('audit_log').selectAll().where('action', 'in', ['user.disable', 'user.enable']).orderBy('seq').execute();
      expect(rows.map((r) => [r.action, r.actor_id, r.actor_role])).toEqual([
        ['user.disable', null, 'cli'],
        ['user.enable', null, 'cli'],
      ]);
      expect(rows[0]!.detail).toMatchObject({ ...operator, username: 'clerk_lz', reason: '调离' });
    });
  }, 240_000);
});
