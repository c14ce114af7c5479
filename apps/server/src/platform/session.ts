// Sessions over HTTP: the HttpOnly, SameSite=Strict session cookie, the CSRF header every changing
// request must carry (the token comes with login and /auth/me), and the caller for a request.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { PlatformError, resolveSession, type Caller, type Platform } from '@rencai/platform';

export const SESSION_COOKIE = 'rencai_session';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: process.env.RENCAI_SECURE_COOKIES === '1', maxAge: 12 * 3600 });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in caller; 401 when not signed in, 403 when a changing request lacks the CSRF token. */
export async function callerOf(p: Platform, req: FastifyRequest): Promise<Caller> {
  const s = await resolveSession(p, req.cookies[SESSION_COOKIE]);
  if (!s) throw new PlatformError(401, '请先登录（会话不存在或已过期）');
  if (!SAFE.has(req.method) && req.headers[CSRF_HEADER] !== s.csrfToken) throw new PlatformError(403, '缺少或错误的 CSRF 令牌（请求头 x-csrf-token），请刷新页面后重试');
  return s.caller;
}
