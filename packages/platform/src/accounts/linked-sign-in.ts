// Accounts as the government's identity provider finds them: a staff account by the provider's staff
// id an administrator linked it to, a talent's account by the registry person it belongs to. Roles and
// regions always come from the account here, never from the provider; nobody gets an account by
// signing in there.

import { appendAudit } from '@rencai/store';
import { type Platform, type AccountActor, PlatformError, actorOf, conflict, fieldError, requireRole, isUniqueViolation, isCliOperator } from '../shared/index.js';
import { openSession, revokeSessions, type Session, type UserRow } from './auth.js';

const COLUMNS = ['id', 'username', 'password_hash', 'display_name', 'role', 'region', 'department', 'person_id', 'employer_id', 'must_change_password', 'disabled_at'] as const;

/** The account linked to the identity provider's staff id. */
export async function accountOfStaffId(p: Platform, staffId: string): Promise<UserRow | undefined> {
  return (await p.db.selectFrom('users').select(COLUMNS).where('oidc_staff_id', '=', staffId).executeTakeFirst()) as UserRow | undefined;
}

/** The talent account of a registry person (the oldest, when several were made). */
export async function talentAccountOf(p: Platform, personId: number): Promise<UserRow | undefined> {
  return (await p.db.selectFrom('users').select(COLUMNS).where('person_id', '=', personId).where('role', '=', 'talent').orderBy('id').limit(1).executeTakeFirst()) as UserRow | undefined;
}

/**
 * Signs in an account the identity provider vouched for: the same session as a password sign-in,
 * audited 'auth.login' with via 'oidc'. A disabled account is refused (and the refusal audited).
 */
export async function signInLinked(p: Platform, user: UserRow, from: { address?: string; issuer: string }): Promise<Session> {
  if (user.disabled_at) {
    await p.db.transaction().execute((trx) =>
      appendAudit(trx, { actorId: user.id, actorRole: user.role, action: 'auth.login_failed', entity: 'user', entityId: user.id, region: user.region, detail: { reason: 'disabled', via: 'oidc', address: from.address ?? null, username: user.username } }),
    );
    throw new PlatformError(403, '该账号已停用，请联系系统管理员');
  }
  return openSession(p, user, { address: from.address, via: 'oidc', detail: { issuer: from.issuer } });
}

/**
 * Links an account to the identity provider's staff id (administrator), or unlinks it (null). Each
 * staff id signs in one account; talents are found by their ID number and are never linked here.
 * Changing the link ends the account's sessions.
 */
export async function linkStaffId(p: Platform, actor: AccountActor, userId: number, staffId: unknown): Promise<{ sessionsEnded: number }> {
  if (!isCliOperator(actor)) requireRole(actor, ['admin'], '关联统一身份认证账号');
  if (staffId !== null && (typeof staffId !== 'string' || !/^[\x21-\x7e]{1,128}$/.test(staffId))) throw fieldError('staffId', '工号（统一身份认证中的员工标识）应为 1–128 位可见字符，或为 null 表示取消关联');
  const u = Number.isSafeInteger(userId) && userId > 0 ? await p.db.selectFrom('users').select(['id', 'username', 'role', 'region', 'oidc_staff_id']).where('id', '=', userId).executeTakeFirst() : undefined;
  if (!u) throw new PlatformError(404, '未找到该账户');
  if (u.role === 'talent' && staffId !== null) throw fieldError('staffId', '人才账号按身份证号关联，无需填写工号');
  if (u.oidc_staff_id === staffId) return { sessionsEnded: 0 };
  const a = actorOf(actor);
  try {
    return await p.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ oidc_staff_id: staffId }).where('id', '=', u.id).execute();
      const sessionsEnded = await revokeSessions(trx, u.id);
      await appendAudit(trx, { actorId: a.actorId, actorRole: a.actorRole, action: 'user.oidc_link', entity: 'user', entityId: u.id, region: u.region, detail: { ...a.detail, username: u.username, staffId, previous: u.oidc_staff_id, sessionsEnded } });
      return { sessionsEnded };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该工号已关联另一个账号');
    throw e;
  }
}
