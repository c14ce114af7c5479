// Looking after accounts: every user changes their own password (the current one checked and
// counted like a sign-in; the other sessions end), administrators list, disable and re-enable
// accounts (a disabled account cannot sign in and its sessions end at once); all of it audited.

import { verify } from '@node-rs/argon2';
import { appendAudit } from '@rencai/store';
import { REGIONS } from '@rencai/policies';
import { type Platform, ROLE_LABELS, requireRole, type Caller, badInput, conflict, fieldError, PlatformError, type FieldError, actorOf, isCliOperator, type AccountActor } from '../shared/index.js';
import { hashPassword, passwordProblems, revokeSessions } from './auth.js';
import { beginAttempt, succeeded } from './login-throttle.js';

export interface PasswordChange {
  currentPassword?: unknown;
  newPassword?: unknown;
}

/**
 * A user changes their own password. With `keepSessionToken` (the web) that session stays and every
 * other one ends; without it (the command line) all end. Clears a forced change.
 */
export async function changePassword(p: Platform, userId: number, body: PasswordChange, opts: { keepSessionToken?: string; address?: string; cli?: { operator: string; host: string } } = {}): Promise<{ sessionsEnded: number }> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as PasswordChange;
  const errors: FieldError[] = [];
  if (typeof b.currentPassword !== 'string' || !b.currentPassword) errors.push({ path: 'currentPassword', message: '请填写当前密码' });
  if (typeof b.newPassword !== 'string' || !b.newPassword) errors.push({ path: 'newPassword', message: '请填写新密码' });
  if (errors.length) throw badInput(errors);
  const user = await p.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user || user.disabled_at) throw new PlatformError(401, '请先登录（会话不存在或已过期）');
  // Counted like a sign-in: a session left open must not become a way to guess the password.
  const attempt = await beginAttempt(p, user.username, opts.address);
  if (!(await verify(user.password_hash, b.currentPassword as string).catch(() => false))) {
    await p.db.transaction().execute((trx) =>
      appendAudit(trx, { actorId: user.id, actorRole: opts.cli ? 'cli' : user.role, action: 'auth.password_change_failed', entity: 'user', entityId: user.id, region: user.region, detail: { reason: 'current_password', address: attempt.address, ...(opts.cli ? { via: 'cli', ...opts.cli } : {}) } }),
    );
    throw fieldError('currentPassword', '当前密码不正确');
  }
  await succeeded(p, attempt);
  const problems = passwordProblems(b.newPassword, 'newPassword', { username: user.username });
  if (!problems.length && b.newPassword === b.currentPassword) problems.push({ path: 'newPassword', message: '新密码不能与当前密码相同' });
  if (problems.length) throw badInput(problems);
  const password_hash = await hashPassword(b.newPassword as string);
  return p.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash, must_change_password: false, password_changed_at: new Date() }).where('id', '=', user.id).execute();
    const sessionsEnded = await revokeSessions(trx, user.id, opts.keepSessionToken);
    await appendAudit(trx, {
      actorId: user.id,
      actorRole: opts.cli ? 'cli' : user.role,
      action: 'auth.password_change',
      entity: 'user',
      entityId: user.id,
      region: user.region,
      detail: { forced: user.must_change_password, sessionsEnded, ...(opts.cli ? { via: 'cli', ...opts.cli } : {}) },
    });
    return { sessionsEnded };
  });
}

export interface AccountView {
  id: number;
  username: string;
  displayName: string;
  role: Caller['role'];
  roleLabel: string;
  region: string;
  regionName: string;
  department: string | null;
  mustChangePassword: boolean;
  demo: boolean;
  disabled: boolean;
  disabledAt: string | null;
  disableReason: string | null;
  createdAt: string;
  /** The identity provider's staff id this account is linked to (staff; talents are found by ID number). */
  oidcStaffId: string | null;
}

const regionName = (code: string) => REGIONS.find((r) => r.code === code)?.name ?? code;

/** Accounts for the administrator (?q= part of the user name or name, ?page=, ?pageSize= ≤ 200). */
export async function listUsers(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<{ items: AccountView[]; total: number; page: number; pageSize: number }> {
  requireRole(c, ['admin'], '管理账户');
  const page = /^[1-9][0-9]{0,5}$/.test(String(query.page ?? '1')) ? Number(query.page ?? 1) : 1;
  const pageSize = /^[1-9][0-9]{0,2}$/.test(String(query.pageSize ?? '50')) ? Math.min(200, Number(query.pageSize ?? 50)) : 50;
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 64) : '';
  let base = p.db.selectFrom('users');
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) => eb.or([eb('username', 'ilike', like), eb('display_name', 'ilike', like)]));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll().orderBy('username').limit(pageSize).offset((page - 1) * pageSize).execute();
  return {
    total,
    page,
    pageSize,
    items: rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      roleLabel: ROLE_LABELS[u.role],
      region: u.region,
      regionName: regionName(u.region),
      department: u.department,
      mustChangePassword: u.must_change_password,
      demo: u.demo,
      disabled: u.disabled_at !== null,
      disabledAt: u.disabled_at ? u.disabled_at.toISOString() : null,
      disableReason: u.disable_reason,
      createdAt: new Date(u.created_at).toISOString(),
      oidcStaffId: u.oidc_staff_id,
    })),
  };
}

async function accountFor(p: Platform, actor: AccountActor, userId: number) {
  if (!isCliOperator(actor)) requireRole(actor, ['admin'], '停用或启用账户');
  const u = Number.isSafeInteger(userId) && userId > 0 ? await p.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst() : undefined;
  if (!u) throw new PlatformError(404, '未找到该账户');
  return u;
}

/** Disables an account: it can no longer sign in, and every session of it ends now. */
export async function disableUser(p: Platform, actor: AccountActor, userId: number, reason: unknown): Promise<{ sessionsEnded: number }> {
  const u = await accountFor(p, actor, userId);
  if (typeof reason !== 'string' || !reason.trim()) throw fieldError('reason', '请填写停用理由');
  if (reason.length > 200) throw fieldError('reason', '停用理由最多 200 字');
  if (!isCliOperator(actor) && actor.userId === u.id) throw conflict('不能停用自己的账号');
  if (u.disabled_at) throw conflict(`账号「${u.username}」已停用`);
  const a = actorOf(actor);
  return p.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled_at: new Date(), disabled_by: a.actorId, disable_reason: reason.trim() }).where('id', '=', u.id).execute();
    const sessionsEnded = await revokeSessions(trx, u.id);
    await appendAudit(trx, { actorId: a.actorId, actorRole: a.actorRole, action: 'user.disable', entity: 'user', entityId: u.id, region: u.region, detail: { ...a.detail, username: u.username, reason: reason.trim(), sessionsEnded } });
    return { sessionsEnded };
  });
}

/** Re-enables a disabled account (its password unchanged). */
export async function enableUser(p: Platform, actor: AccountActor, userId: number): Promise<void> {
  const u = await accountFor(p, actor, userId);
  if (!u.disabled_at) throw conflict(`账号「${u.username}」未停用`);
  const a = actorOf(actor);
  await p.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled_at: null, disabled_by: null, disable_reason: null }).where('id', '=', u.id).execute();
    await appendAudit(trx, { actorId: a.actorId, actorRole: a.actorRole, action: 'user.enable', entity: 'user', entityId: u.id, region: u.region, detail: { ...a.detail, username: u.username } });
  });
}

/** Whether an administrator who can sign in exists (else the start-up output says how to create one). */
export async function hasActiveAdmin(p: Platform): Promise<boolean> {
  return !!(await p.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null).limit(1).executeTakeFirst());
}
