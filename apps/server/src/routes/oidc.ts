// Sign-in through the government's identity provider (OpenID Connect): whether it is on, the start
// that sends the browser to the provider, and the callback that signs the linked account in with the
// same session cookie as a password sign-in and lands back in the web app — or on the sign-in page
// with the reason it was refused (?oidcError=…, the messages are in /config).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as P from '@rencai/platform';
import { anyObject, errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { setSessionCookie } from '../platform/session.js';
import { TAGS } from './kit.js';

const REDIRECT = { description: '重定向（Location 头）', type: 'null' } as const;
const REFUSAL = { ...errorSchema, description: '拒绝登录：error 为中文说明，code 为原因代码（见 /api/v1/auth/oidc/config 的 refusals）', properties: { ...(errorSchema.properties as object), code: { type: 'string' } } };

/** Whether the asker wants JSON rather than being redirected (a script, not a browser navigation). */
const wantsJson = (req: FastifyRequest) => /application\/json/.test(req.headers.accept ?? '') && !/text\/html/.test(req.headers.accept ?? '');

/** `browse`: the per-address limit of the public routes (starting a sign-in writes a row). */
export function oidcRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  app.get(
    '/api/v1/auth/oidc/config',
    {
      config: { rateLimit: browse },
      schema: {
        tags: [TAGS.auth],
        security: [],
        summary: '统一身份认证（浙里办 / 政务身份，OpenID Connect）是否启用、登录按钮的文字，以及各拒绝原因代码的说明',
        response: { 200: anyObject('{enabled, label, refusals: {代码: 说明}}'), 429: errorSchema },
      },
    },
    async () => P.oidcStatus(p),
  );
  app.get(
    '/api/v1/auth/oidc/start',
    {
      config: { rateLimit: browse },
      schema: {
        tags: [TAGS.auth],
        security: [],
        summary: '开始统一身份认证登录：重定向到身份认证平台（授权码 + PKCE + nonce；state 在服务端保存 10 分钟、只能用一次）',
        description: '?next= 登录后回到的网页路径（以 / 开头）。请求头 Accept: application/json 时不重定向，回答 {url}。未启用时 404；连不上身份认证平台时浏览器回到 /login?oidcError=unavailable（JSON 请求回答 502）。',
        querystring: { type: 'object', properties: { next: { type: 'string', maxLength: 300, description: '登录后回到的网页路径' } } },
        response: { 200: anyObject('{url}：身份认证平台的授权地址'), 302: REDIRECT, 404: errorSchema, 429: errorSchema, 502: errorSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      let url: string;
      try {
        url = (await P.startOidcSignIn(p, { next: (req.query as { next?: string }).next })).url;
      } catch (e) {
        // A browser sent here while the provider cannot be reached goes back to the sign-in page, told why.
        if (e instanceof P.PlatformError && e.status === 502 && !wantsJson(req)) return reply.redirect('/login?oidcError=unavailable', 302);
        throw e;
      }
      return wantsJson(req) ? { url } : reply.redirect(url, 302);
    },
  );
  app.get(
    '/api/v1/auth/oidc/callback',
    {
      schema: {
        tags: [TAGS.auth],
        security: [],
        summary: '统一身份认证平台回调：换取并核验身份令牌，登录关联的账号（与密码登录相同的会话 Cookie），重定向回网页',
        description:
          '成功：设置会话 Cookie，重定向到 /login（带 next 时继续前往该页）。被拒绝：重定向到 /login?oidcError=代码（state 无效或已用过、已过期、audience 或 nonce 或 issuer 不符、身份认证平台报错、未找到关联账号、账号已停用），说明见 /api/v1/auth/oidc/config。请求头 Accept: application/json 时不重定向：成功回答与密码登录相同的 JSON，拒绝回答 403 {error, code}。',
        querystring: {
          type: 'object',
          properties: {
            code: { type: 'string', description: '授权码' },
            state: { type: 'string', description: '开始登录时给出的 state' },
            iss: { type: 'string', description: '签发方（RFC 9207）' },
            error: { type: 'string', description: '身份认证平台的错误代码' },
            error_description: { type: 'string', description: '身份认证平台的错误说明' },
          },
        },
        response: { 200: anyObject('用户、csrfToken（Accept: application/json 时）'), 303: REDIRECT, 403: REFUSAL, 404: REFUSAL, 502: REFUSAL },
      },
    },
    async (req, reply: FastifyReply) => {
      reply.header('cache-control', 'no-store');
      try {
        const { session: s, next } = await P.finishOidcSignIn(p, req.query as Record<string, unknown>, { address: req.ip });
        setSessionCookie(req, reply, s.token);
        if (wantsJson(req)) return { user: s.caller, roleLabel: P.ROLE_LABELS[s.caller.role], csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword, next };
        return reply.redirect(next ? `/login?next=${encodeURIComponent(next)}` : '/login', 303);
      } catch (e) {
        if (!(e instanceof P.OidcRefusal)) throw e;
        if (wantsJson(req)) return reply.status(e.status).send({ error: e.message, errors: [], code: e.code });
        return reply.redirect(`/login?oidcError=${e.code}`, 303);
      }
    },
  );
}
