// Accounts from the command line. Whoever runs `rencai` here holds the database's credentials, so
// the account commands (create the first administrator, create, disable, enable) are recorded as
// that operator — role 'cli', the operating-system user and the host — never as a platform account.
// Acting *as* an account (`--as`, for imports, exports, batches …) needs that account's password,
// checked exactly like a web sign-in (counted, throttled, disabled accounts refused, a due password
// change first), and is audited as 'auth.cli' with the same operator and host.

import { hostname, userInfo } from 'node:os';
import * as P from '@rencai/platform';
import { appendAudit } from '@rencai/store';
import { readNewSecret, readSecret } from './secrets.js';

export function cliOperator(): P.CliOperator {
  let operator: string;
  try {
    operator = userInfo().username;
  } catch {
    operator = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return { cli: true, operator, host: hostname() };
}

const addressOf = (o: P.CliOperator) => `cli:${o.operator}@${o.host}`;

/** Signs in as `username` with its password (prompted, or from standard input) for one command. */
export async function signInAs(p: P.Platform, username: string, command: string): Promise<P.Caller> {
  const op = cliOperator();
  const password = await readSecret(`账号 ${username} 的密码：`);
  const u = await P.authenticate(p, username, password, { address: addressOf(op), cli: { operator: op.operator, host: op.host, command } });
  if (u.must_change_password) throw new P.PlatformError(403, `账号「${username}」须先修改密码：在网页“修改密码”页面，或运行 rencai user password --username ${username}`);
  await p.db.transaction().execute((trx) =>
    appendAudit(trx, { actorId: u.id, actorRole: 'cli', action: 'auth.cli', entity: 'user', entityId: u.id, region: u.region, detail: { via: 'cli', operator: op.operator, host: op.host, username: u.username, role: u.role, command } }),
  );
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: u.person_id, employerId: u.employer_id };
}

async function userId(p: P.Platform, username: string | undefined): Promise<number> {
  if (!username) throw P.fieldError('--username', '请用 --username 指定账号');
  const u = await p.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!u) throw new P.PlatformError(404, `账号「${username}」不存在`);
  return u.id;
}

const intOption = (v: string | undefined, name: string): number | null => {
  if (v === undefined) return null;
  if (!/^[1-9][0-9]{0,14}$/.test(v)) throw P.fieldError(name, '应为正整数编号');
  return Number(v);
};

export interface AccountOptions {
  username?: string;
  name?: string;
  role?: string;
  region?: string;
  department?: string;
  'person-id'?: string;
  'employer-id'?: string;
  reason?: string;
  password?: string;
}

/** `rencai admin create-admin` and `rencai user create|disable|enable|password`; returns the output lines (undefined: no such subcommand). */
export async function accountCommand(p: P.Platform, command: 'admin' | 'user', sub: string | undefined, v: AccountOptions): Promise<string[] | undefined> {
  const op = cliOperator();
  if (command === 'admin' && sub === 'create-admin') {
    if (!v.username) throw P.fieldError('--username', '请用 --username 指定管理员的用户名');
    const password = await readNewSecret(`管理员 ${v.username} 的初始密码（至少 10 位；首次登录须修改）：`);
    const id = await P.createUser(p, { username: v.username, password, displayName: v.name ?? '系统管理员', role: 'admin', region: 'quzhou_city' }, op, { mustChangePassword: true });
    return [`已建立管理员 ${v.username}（编号 ${id}）。请用此账号登录网页，首次登录须修改密码。`];
  }
  if (command === 'user') {
    switch (sub) {
      case 'create': {
        const password = await readNewSecret(`账号 ${v.username ?? ''} 的初始密码（至少 10 位；首次登录须修改）：`);
        const id = await P.createUser(
          p,
          { username: v.username ?? '', password, displayName: v.name ?? '', role: (v.role ?? '') as P.Caller['role'], region: v.region ?? '', department: v.department ?? null, personId: intOption(v['person-id'], '--person-id'), employerId: intOption(v['employer-id'], '--employer-id') },
          op,
          { mustChangePassword: true },
        );
        return [`已建立账号 ${v.username}（编号 ${id}），首次登录须修改密码`];
      }
      case 'disable': {
        const r = await P.disableUser(p, op, await userId(p, v.username), v.reason);
        return [`已停用账号 ${v.username}${r.sessionsEnded ? `，结束会话 ${r.sessionsEnded} 个` : ''}`];
      }
      case 'enable':
        await P.enableUser(p, op, await userId(p, v.username));
        return [`已重新启用账号 ${v.username}`];
      case 'password': {
        const id = await userId(p, v.username);
        const currentPassword = await readSecret(`账号 ${v.username} 的当前密码：`);
        const newPassword = await readNewSecret('新密码（至少 10 位）：');
        const r = await P.changePassword(p, id, { currentPassword, newPassword }, { address: addressOf(op), cli: { operator: op.operator, host: op.host } });
        return [`已修改账号 ${v.username} 的密码${r.sessionsEnded ? `，结束会话 ${r.sessionsEnded} 个` : ''}`];
      }
    }
  }
  return undefined;
}
