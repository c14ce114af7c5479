// Accounts: sign-in and sign-out, the current user, password changes, the demo accounts, and the
// administrator's account list, creation, disabling and enabling.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyObject, errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { clearSessionCookie, CSRF_HEADER, SESSION_COOKIE, sessionOf, setSessionCookie } from '../platform/session.js';
import { ERR, idParam, intId, PAGE, query, routeMaker, TAGS } from './kit.js';

/** `browse`: the per-address limit of the public demo-account list. */
export function accountsRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: [TAGS.auth],
        security: [],
        summary: '登录（用户名 + 密码）；返回用户与 CSRF 令牌，并设置 HttpOnly 会话 Cookie',
        description: '失败按“用户名 + 来源地址”计数：同一地址对同一用户名每小时前 5 次失败不受限，之后每次须等待逐次加倍的时间（1、2、4、8，最长 15 分钟），期间回答 429；同一地址每小时最多失败 30 次；同一用户名每小时失败超过 50 次后，只有未曾失败过的地址还能尝试。不存在的用户名与存在的同样计数、同样回答。mustChangePassword 为 true 时须先修改密码（POST /api/v1/auth/password），其他请求一律 403。',
        body: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } } },
        response: { 200: anyObject('用户、csrfToken 与 mustChangePassword'), ...ERR, 429: errorSchema },
      },
    },
    async (req, reply) => {
      const b = (req.body ?? {}) as { username?: unknown; password?: unknown };
      const s = await P.login(p, b.username, b.password, { address: req.ip });
      setSessionCookie(req, reply, s.token);
      return { user: s.caller, roleLabel: P.ROLE_LABELS[s.caller.role], csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword };
    },
  );
  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: [TAGS.auth],
        summary: '退出登录（须带 x-csrf-token 请求头；记入审计日志）；未登录时什么也不做。经统一身份认证登录的会话另给出 endSessionUrl（身份认证平台支持时），打开它在平台上也退出',
        security: [{ session: [], csrf: [] }, {}],
        response: { 200: anyObject('{ok, endSessionUrl?}'), ...ERR },
      },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const s = await P.resolveSession(p, token);
      if (s && req.headers[CSRF_HEADER] !== s.csrfToken) throw new P.PlatformError(403, '缺少或错误的 CSRF 令牌（请求头 x-csrf-token），请刷新页面后重试');
      if (s) await P.logout(p, token);
      clearSessionCookie(req, reply);
      const endSessionUrl = s?.via === 'oidc' ? await P.oidcEndSessionUrl(p) : null;
      return { ok: true, ...(endSessionUrl ? { endSessionUrl } : {}) };
    },
  );
  app.get('/api/v1/auth/me', { schema: { tags: [TAGS.auth], summary: '当前用户、CSRF 令牌，以及是否须先修改密码（mustChangePassword）', response: { 200: anyObject('用户'), ...ERR } } }, async (req) => {
    const s = await P.resolveSession(p, req.cookies[SESSION_COOKIE]);
    if (!s) throw new P.PlatformError(401, '请先登录（会话不存在或已过期）');
    return { user: s.caller, roleLabel: P.ROLE_LABELS[s.caller.role], csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword };
  });
  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: [TAGS.auth],
        summary: '修改本人密码（currentPassword、newPassword；新密码至少 10 位、不含用户名、不用演示密码）；本会话保留，其他会话全部结束',
        body: { type: 'object', properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } } },
        response: { 200: anyObject('{ok, mustChangePassword: false, sessionsEnded}'), ...ERR, 429: errorSchema },
      },
    },
    async (req) => {
      const s = await sessionOf(p, req);
      const r = await P.changePassword(p, s.caller.userId, (req.body ?? {}) as P.PasswordChange, { keepSessionToken: s.token, address: req.ip });
      return { ok: true, mustChangePassword: false, sessionsEnded: r.sessionsEnded };
    },
  );
  app.get('/api/v1/auth/demo', { config: { rateLimit: browse }, schema: { tags: [TAGS.auth], security: [], summary: '演示账号（仅列出本数据库中存在、未停用、仍用演示密码 rencai-demo-2026 的演示账号）' } }, async () => ({ accounts: await P.demoAccountsPresent(p) }));
  route('GET', '/api/v1/admin/users', TAGS.admin, '账户列表（管理员；?q= 用户名或姓名的一部分，?page=、?pageSize=）', (c, req) => P.listUsers(p, c, req.query), { query: query({ q: '用户名或姓名的一部分', ...PAGE }) });
  route('POST', '/api/v1/admin/users', TAGS.admin, '新建账户（管理员）；新账户首次登录须修改密码', async (c, req, reply) => {
    P.requireRole(c, ['admin'], '新建账户');
    const id = await P.createUser(p, (req.body ?? {}) as unknown as P.NewUser, c, { mustChangePassword: true });
    return reply.status(201).send({ id });
  });
  route('POST', '/api/v1/admin/users/:id/disable', TAGS.admin, '停用账户（管理员；reason 必填）：不能再登录，现有会话立即结束', (c, req) => P.disableUser(p, c, intId(req), req.body?.reason).then((r) => ({ ok: true, ...r })), { params: idParam });
  route('POST', '/api/v1/admin/users/:id/oidc-link', TAGS.admin, '关联统一身份认证的工号（管理员；staffId 为身份认证平台的员工标识，null 取消关联）：工作人员经统一身份认证登录时据此找到账号；人才按身份证号自动对应，无需关联。更改后该账号现有会话结束', (c, req) => P.linkStaffId(p, c, intId(req), req.body?.staffId).then((r) => ({ ok: true, ...r })), { params: idParam, body: { type: 'object', properties: { staffId: { type: ['string', 'null'], maxLength: 128 } } } });
  route('POST', '/api/v1/admin/users/:id/enable', TAGS.admin, '重新启用已停用的账户（管理员）', (c, req) => P.enableUser(p, c, intId(req)).then(() => ({ ok: true })), { params: idParam });
}
