// Sessions over HTTP: the HttpOnly, SameSite=Strict session cookie (Secure when served over HTTPS),
// the CSRF header every changing request must carry (the token comes with login and /auth/me), and
// the caller for a request — refused everything but changing the password while a change is due.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { PlatformError, resolveSession, type Caller, type Platform } from '@rencai/platform';

export const SESSION_COOKIE = 'rencai_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Whether the cookie gets `Secure`: RENCAI_SECURE_COOKIES=1 always, =0 never; otherwise when the
 * request came over HTTPS — directly, or (with RENCAI_TRUST_PROXY set) as the trusted proxy's
 * X-Forwarded-Proto says.
 */
export function secureCookie(req: FastifyRequest): boolean {
  const setting = process.env.RENCAI_SECURE_COOKIES;
  if (setting === '1') return true;
  if (setting === '0') return false;
  return req.protocol === 'https';
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(req), maxAge: 12 * 3600 });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(req) });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const MUST_CHANGE_MESSAGE = '首次登录（或管理员设置密码后）须先修改密码：请在“修改密码”页面设置新密码后再继续';

/** The signed-in session: 401 when not signed in, 403 when a changing request lacks the CSRF token. */
export async function sessionOf(p: Platform, req: FastifyRequest): Promise<{ caller: Caller; mustChangePassword: boolean; token: string }> {
  const token = req.cookies[SESSION_COOKIE];
  const s = await resolveSession(p, token);
  if (!s || !token) throw new PlatformError(401, '请先登录（会话不存在或已过期）');
  if (!SAFE.has(req.method) && req.headers[CSRF_HEADER] !== s.csrfToken) throw new PlatformError(403, '缺少或错误的 CSRF 令牌（请求头 x-csrf-token），请刷新页面后重试');
  return { caller: s.caller, mustChangePassword: s.mustChangePassword, token };
}

/** The signed-in caller, as `sessionOf`; while a password change is due, 403 with a message saying so. */
export async function callerOf(p: Platform, req: FastifyRequest): Promise<Caller> {
  const s = await sessionOf(p, req);
  if (s.mustChangePassword) throw new PlatformError(403, MUST_CHANGE_MESSAGE, [{ path: 'password', message: '请先修改密码' }]);
  return s.caller;
}
