// Accounts and sessions: argon2id password hashes, random session tokens stored only as hashes,
// a CSRF token per session, and lockout after repeated failures (the HTTP layer also rate-limits
// the login route per address).

import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { appendAudit, type Role } from '@rencai/store';
import { REGIONS } from '@rencai/policies';
import type { Platform } from './context.js';
import type { Caller } from './caller.js';
import { badInput, conflict, isUniqueViolation, PlatformError, type FieldError } from './errors.js';

const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const ROLES: Role[] = ['talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin'];
// argon2id, OWASP's minimum profile (19 MiB, 2 passes).
const ARGON = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  region: string;
  department?: string | null;
  personId?: number | null;
  employerId?: number | null;
}

export async function createUser(p: Platform, input: NewUser, actor: Caller | null): Promise<number> {
  const u = (typeof input === 'object' && input !== null ? input : {}) as NewUser;
  const errors: FieldError[] = [];
  if (!/^[A-Za-z0-9_.-]{2,32}$/.test(u.username ?? '')) errors.push({ path: 'username', message: '用户名为 2–32 位字母、数字、下划线、点或连字符' });
  if (typeof u.password !== 'string' || u.password.length < 10) errors.push({ path: 'password', message: '密码至少 10 位' });
  if (typeof u.displayName !== 'string' || !u.displayName.trim()) errors.push({ path: 'displayName', message: '请填写姓名' });
  if (!ROLES.includes(u.role)) errors.push({ path: 'role', message: `角色应为 ${ROLES.join('、')} 之一` });
  if (!REGIONS.some((r) => r.code === u.region)) errors.push({ path: 'region', message: '未知的地区代码' });
  if (u.role === 'talent' && !Number.isSafeInteger(u.personId)) errors.push({ path: 'personId', message: '人才账号须关联人才库中的人员' });
  if (u.role === 'employer' && !Number.isSafeInteger(u.employerId)) errors.push({ path: 'employerId', message: '单位账号须关联单位' });
  if ((u.role === 'clerk' || u.role === 'reviewer') && typeof u.department !== 'string') errors.push({ path: 'department', message: '经办、审核人员须指定部门' });
  if (errors.length) throw badInput(errors);
  const password_hash = await hash(u.password, ARGON);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('users')
        .values({ username: u.username, password_hash, display_name: u.displayName, role: u.role, region: u.region, department: u.department ?? null, person_id: u.personId ?? null, employer_id: u.employerId ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: actor?.userId ?? null, actorRole: actor?.role ?? 'system', action: 'user.create', entity: 'user', entityId: row.id, region: u.region, detail: { username: u.username, role: u.role } });
      return row.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`用户名「${u.username}」已存在`);
    if ((e as { code?: string }).code === '23503') throw badInput([{ path: u.role === 'talent' ? 'personId' : 'employerId', message: '关联的人员或单位不存在' }]);
    throw e;
  }
}

export interface Session {
  token: string;
  csrfToken: string;
  caller: Caller;
}

const INVALID = () => new PlatformError(401, '用户名或密码不正确');

export async function login(p: Platform, username: unknown, password: unknown): Promise<Session> {
  const errors: FieldError[] = [];
  if (typeof username !== 'string' || !username) errors.push({ path: 'username', message: '请填写用户名' });
  if (typeof password !== 'string' || !password) errors.push({ path: 'password', message: '请填写密码' });
  if (errors.length) throw badInput(errors);
  const user = await p.db.selectFrom('users').selectAll().where('username', '=', username as string).executeTakeFirst();
  if (!user) {
    await hash('timing-equaliser', ARGON); // same work whether or not the account exists
    throw INVALID();
  }
  if (user.locked_until && user.locked_until > new Date()) {
    throw new PlatformError(429, `连续登录失败次数过多，账号已临时锁定，请 ${Math.ceil((user.locked_until.getTime() - Date.now()) / 60000)} 分钟后再试`);
  }
  if (!(await verify(user.password_hash, password as string))) {
    const failures = user.failed_logins + 1;
    await p.db
      .updateTable('users')
      .set({ failed_logins: failures >= MAX_FAILURES ? 0 : failures, locked_until: failures >= MAX_FAILURES ? new Date(Date.now() + LOCK_MINUTES * 60000) : null })
      .where('id', '=', user.id)
      .execute();
    throw INVALID();
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await p.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx.insertInto('sessions').values({ token_hash: sha(token), user_id: user.id, csrf_token: csrfToken, expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000) }).execute();
    await appendAudit(trx, { actorId: user.id, actorRole: user.role, action: 'auth.login', entity: 'user', entityId: user.id, region: user.region });
  });
  return { token, csrfToken, caller: callerOf(user) };
}

function callerOf(u: { id: number; username: string; display_name: string; role: Role; region: string; department: string | null; person_id: number | null; employer_id: number | null }): Caller {
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: u.person_id, employerId: u.employer_id };
}

/** The caller behind a session token, with the session's CSRF token; undefined when expired or unknown. */
export async function resolveSession(p: Platform, token: string | undefined): Promise<{ caller: Caller; csrfToken: string } | undefined> {
  if (!token) return undefined;
  const row = await p.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'users.region', 'users.department', 'users.person_id', 'users.employer_id', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', sha(token))
    .executeTakeFirst();
  if (!row || row.expires_at < new Date()) return undefined;
  return { caller: callerOf(row), csrfToken: row.csrf_token };
}

export async function logout(p: Platform, token: string | undefined): Promise<void> {
  if (token) await p.db.deleteFrom('sessions').where('token_hash', '=', sha(token)).execute();
}
