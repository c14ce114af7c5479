// Accounts and sessions: argon2id password hashes, random session tokens stored only as hashes,
// a CSRF token per session, failed sign-ins counted in the database per name and address
// (login-throttle.ts; the HTTP layer also rate-limits the login route per address), disabled
// accounts refused, and a forced password change for accounts someone else set up. Sessions opened
// through the identity provider (linked-sign-in.ts) are made the same way.

import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { appendAudit, type Role, type Transaction, type DB } from '@rencai/store';
import { quzhouWorkList, REGIONS } from '@rencai/policies';
import { type Platform, type Caller, badInput, conflict, isUniqueViolation, PlatformError, type FieldError, actorOf, type AccountActor } from '../shared/index.js';
import { beginAttempt, networkOf, purgeOldFailures, succeeded } from './login-throttle.js';

const SESSION_HOURS = 12;
const ROLES: Role[] = ['talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier', 'enterprise', 'helper'];
// argon2id, OWASP's minimum profile (19 MiB, 2 passes).
const ARGON = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');
export const hashPassword = (password: string) => hash(password, ARGON);

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

export interface NewUserOptions {
  /** The person must choose a new password at first sign-in (default: yes — someone else chose this one). */
  mustChangePassword?: boolean;
  /** An account of the synthetic demo (listed on the sign-in page, never forced to change). */
  demo?: boolean;
  /** Made within the caller's transaction (with the record it belongs to: an enterprise's registration). */
  trx?: Transaction<DB>;
}

/** The rules every new password meets; messages name the field given. */
export function passwordProblems(password: unknown, path: string, opts: { username?: string } = {}): FieldError[] {
  if (typeof password !== 'string' || password.length < 10) return [{ path, message: '密码至少 10 位' }];
  if (password.length > 128) return [{ path, message: '密码最多 128 位' }];
  if (opts.username && password.toLowerCase().includes(opts.username.toLowerCase())) return [{ path, message: '密码不能包含用户名' }];
  if (password === PUBLIC_DEMO_PASSWORD) return [{ path, message: '不能使用公开的演示密码' }];
  return [];
}
/** The demo's published password (demo.ts): never accepted as a chosen one. */
const PUBLIC_DEMO_PASSWORD = 'rencai-demo-2026';

/**
 * Demo accounts share the published demo password: its argon2 hash is worked out once per process and
 * reused (one salt for them all, which tells nothing about a password that is public anyway), instead of
 * some thirty hashes each time the demo is seeded.
 */
const demoHashes = new Map<string, Promise<string>>();
function demoHash(password: string): Promise<string> {
  let h = demoHashes.get(password);
  if (!h) demoHashes.set(password, (h = hash(password, ARGON)));
  return h;
}

export async function createUser(p: Platform, input: NewUser, actor: AccountActor | null, opts: NewUserOptions = {}): Promise<number> {
  const u = (typeof input === 'object' && input !== null ? input : {}) as NewUser;
  const errors: FieldError[] = [];
  if (!/^[A-Za-z0-9_.-]{2,32}$/.test(u.username ?? '')) errors.push({ path: 'username', message: '用户名为 2–32 位字母、数字、下划线、点或连字符' });
  if (opts.demo) {
    if (typeof u.password !== 'string' || u.password.length < 10) errors.push({ path: 'password', message: '密码至少 10 位' });
  } else errors.push(...passwordProblems(u.password, 'password', { username: typeof u.username === 'string' ? u.username : undefined }));
  if (typeof u.displayName !== 'string' || !u.displayName.trim()) errors.push({ path: 'displayName', message: '请填写姓名' });
  if (!ROLES.includes(u.role)) errors.push({ path: 'role', message: `角色应为 ${ROLES.join('、')} 之一` });
  if (!REGIONS.some((r) => r.code === u.region)) errors.push({ path: 'region', message: '未知的地区代码' });
  if (u.role === 'talent' && !Number.isSafeInteger(u.personId)) errors.push({ path: 'personId', message: '人才账号须关联人才库中的人员' });
  if (u.role === 'employer' && !Number.isSafeInteger(u.employerId)) errors.push({ path: 'employerId', message: '单位账号须关联单位' });
  if ((u.role === 'clerk' || u.role === 'reviewer') && typeof u.department !== 'string') errors.push({ path: 'department', message: '经办、审核人员须指定部门' });
  if ((u.role === 'unit_reporter' || u.role === 'unit_head') && !quzhouWorkList().units.some((x) => x.code === u.department && x.kind !== 'group'))
    errors.push({ path: 'department', message: '责任单位账号须指定工作清单中的责任单位' });
  if (u.role === 'partner_verifier' && !/^[a-z][a-z0-9_]{1,39}$/.test(u.department ?? '')) errors.push({ path: 'department', message: '合作单位核验员须指定合作单位代码' });
  if (u.role === 'unit_reporter' || u.role === 'unit_head') {
    const county = u.department === 'counties';
    if (county !== (u.region !== 'quzhou_city' && REGIONS.some((r) => r.code === u.region && r.city === 'quzhou')))
      errors.push({ path: 'region', message: county ? '各县（市、区）的账号须指定所在县（市、区）' : '市级责任单位的账号地区应为衢州市本级' });
  }
  if (u.role === 'helper' && !REGIONS.some((r) => r.code === u.region && r.adminCode && !r.adminCode.endsWith('00'))) errors.push({ path: 'region', message: '帮扶工作人员账号须指定所在县（市、区）' });
  if (errors.length) throw badInput(errors);
  const password_hash = opts.demo ? await demoHash(u.password) : await hash(u.password, ARGON);
  try {
    const run = async (trx: Transaction<DB>) => {
      const row = await trx
        .insertInto('users')
        .values({ username: u.username, password_hash, display_name: u.displayName, role: u.role, region: u.region, department: u.department ?? null, person_id: u.personId ?? null, employer_id: u.employerId ?? null, must_change_password: !opts.demo && opts.mustChangePassword !== false, demo: opts.demo === true })
        .returning('id')
        .executeTakeFirstOrThrow();
      const a = actorOf(actor);
      await appendAudit(trx, { actorId: a.actorId, actorRole: a.actorRole, action: 'user.create', entity: 'user', entityId: row.id, region: u.region, detail: { ...a.detail, username: u.username, role: u.role, ...(opts.demo ? { demo: true } : {}) } });
      return row.id;
    };
    return opts.trx ? await run(opts.trx) : await p.db.transaction().execute(run);
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
  /** Every other request of this session is refused until the password is changed. */
  mustChangePassword: boolean;
}

const INVALID = () => new PlatformError(401, '用户名或密码不正确');
const DISABLED = () => new PlatformError(403, '该账号已停用，请联系系统管理员');

export type UserRow = { id: number; username: string; password_hash: string; display_name: string; role: Role; region: string; department: string | null; person_id: number | null; employer_id: number | null; must_change_password: boolean; disabled_at: Date | null };

let dummyHash: Promise<string> | undefined;
/** The same argon2 work for a name without an account as for one with it. */
const equaliseTiming = async (password: string) => {
  dummyHash ??= hash(randomBytes(16).toString('hex'), ARGON);
  await verify(await dummyHash, password).catch(() => false);
};

export interface SignInFrom {
  /** The client's address (its /64 network for IPv6) the failures are counted under. */
  address?: string;
  /** Set when the sign-in is the operators' CLI acting for the account (`--as`). */
  cli?: { operator: string; host: string; command: string };
}

/**
 * Checks a name and password the way every sign-in does: counted and throttled per name and
 * address, the same answer for a name without an account, disabled accounts refused, every failure
 * audited. Returns the account.
 */
export async function authenticate(p: Platform, username: unknown, password: unknown, from: SignInFrom = {}): Promise<UserRow> {
  const errors: FieldError[] = [];
  if (typeof username !== 'string' || !username) errors.push({ path: 'username', message: '请填写用户名' });
  if (typeof password !== 'string' || !password) errors.push({ path: 'password', message: '请填写密码' });
  if (errors.length) throw badInput(errors);
  const name = username as string;
  const user = name.length <= 64 ? ((await p.db.selectFrom('users').selectAll().where('username', '=', name).executeTakeFirst()) as UserRow | undefined) : undefined;
  const fail = async (reason: 'password' | 'throttled' | 'disabled', address: string) => {
    await p.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actorId: user?.id ?? null,
        actorRole: from.cli ? 'cli' : (user?.role ?? null),
        action: 'auth.login_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        region: user?.region ?? null,
        // A name without an account is kept only as a hash: it may be a password typed in the wrong field.
        detail: { reason, address, ...(user ? { username: user.username } : { unknownName: sha(name).slice(0, 16) }), ...(from.cli ? { via: 'cli', operator: from.cli.operator, host: from.cli.host } : {}) },
      }),
    );
  };
  let attempt;
  try {
    attempt = await beginAttempt(p, name, from.address);
  } catch (e) {
    if (e instanceof PlatformError && e.status === 429) await fail('throttled', networkOf(from.address));
    throw e;
  }
  const ok = user ? await verify(user.password_hash, password as string).catch(() => false) : (await equaliseTiming(password as string), false);
  if (!user || !ok) {
    await fail('password', attempt.address);
    throw INVALID();
  }
  if (user.disabled_at) {
    await fail('disabled', attempt.address);
    throw DISABLED();
  }
  await succeeded(p, attempt);
  return user;
}

export async function login(p: Platform, username: unknown, password: unknown, from: SignInFrom = {}): Promise<Session> {
  const user = await authenticate(p, username, password, from);
  return openSession(p, user, { address: from.address, via: 'password' });
}

/**
 * Starts a session for an account that has proved who it is (a password, or the identity provider):
 * the same token, CSRF token, lifetime and audit ('auth.login', with `via` for the identity provider)
 * whichever way. A session opened through the identity provider is not held to a password change.
 */
export async function openSession(p: Platform, user: UserRow, from: { address?: string; via: 'password' | 'oidc'; detail?: Record<string, unknown> }): Promise<Session> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const mustChangePassword = from.via === 'password' && user.must_change_password;
  await p.db.transaction().execute(async (trx) => {
    // Expired sessions and failures outside the counting window go at each sign-in.
    await trx.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
    await trx.insertInto('sessions').values({ token_hash: sha(token), user_id: user.id, csrf_token: csrfToken, expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000), via: from.via }).execute();
    const detail = { address: from.address ?? null, ...(from.via === 'oidc' ? { via: 'oidc' } : {}), ...from.detail, ...(mustChangePassword ? { mustChangePassword: true } : {}) };
    await appendAudit(trx, { actorId: user.id, actorRole: user.role, action: 'auth.login', entity: 'user', entityId: user.id, region: user.region, detail });
  });
  await purgeOldFailures(p);
  return { token, csrfToken, caller: callerOf(user), mustChangePassword };
}

function callerOf(u: { id: number; username: string; display_name: string; role: Role; region: string; department: string | null; person_id: number | null; employer_id: number | null }): Caller {
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: u.person_id, employerId: u.employer_id };
}

/** The caller behind a session token, with the session's CSRF token; undefined when expired, unknown or the account is disabled. */
export async function resolveSession(p: Platform, token: string | undefined): Promise<{ caller: Caller; csrfToken: string; mustChangePassword: boolean; via: 'password' | 'oidc' } | undefined> {
  if (!token) return undefined;
  const row = await p.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'users.region', 'users.department', 'users.person_id', 'users.employer_id', 'users.must_change_password', 'users.disabled_at', 'sessions.csrf_token', 'sessions.expires_at', 'sessions.via'])
    .where('sessions.token_hash', '=', sha(token))
    .executeTakeFirst();
  if (!row || row.expires_at < new Date() || row.disabled_at) return undefined;
  return { caller: callerOf(row), csrfToken: row.csrf_token, mustChangePassword: row.via === 'password' && row.must_change_password, via: row.via };
}

/** Ends a session (audited); the caller has already been checked (session and CSRF token). */
export async function logout(p: Platform, token: string | undefined): Promise<void> {
  if (!token) return;
  await p.db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('sessions').where('token_hash', '=', sha(token)).returning('user_id').executeTakeFirst();
    if (!gone) return;
    const u = await trx.selectFrom('users').select(['id', 'role', 'region']).where('id', '=', gone.user_id).executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: u.id, actorRole: u.role, action: 'auth.logout', entity: 'user', entityId: u.id, region: u.region });
  });
}

/** Ends a user's sessions inside a transaction — all of them, or all but the one to keep; returns how many. */
export async function revokeSessions(trx: Transaction<DB>, userId: number, keepToken?: string): Promise<number> {
  let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken) q = q.where('token_hash', '<>', sha(keepToken));
  const rows = await q.returning('token_hash').execute();
  return rows.length;
}
