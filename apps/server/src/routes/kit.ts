// What every domain's routes share: the request type, the error responses, the id parameter, the
// `route` maker (the caller from the session, then one platform call), workflow steps on an
// application, attachments, idempotency keys and optional id queries.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as P from '@rencai/platform';
import { errorSchema, LIMITS } from '../schemas.js';
import { callerOf } from '../platform/session.js';

export type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string>; Body: Record<string, unknown> }>;
export type Handler = (c: P.Caller, req: Req, reply: FastifyReply) => Promise<unknown>;
export type Route = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, tag: string, summary: string, handler: Handler, extra?: { params?: object; query?: object; body?: object; description?: string; response?: object }) => void;

export const ERR = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
export const idParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$', description: '编号' } }, required: ['id'] };
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tags the API document groups operations under. */
export const TAGS = { auth: '账户 auth', registry: '人才库 registry', applications: '申报 applications', ledger: '兑付 ledger', admin: '管理 admin' } as const;

export function intId(req: Req): number {
  return Number(req.params.id);
}

/** The route maker of one app and platform: a signed-in route whose handler gets the caller. */
export function routeMaker(app: FastifyInstance, p: P.Platform): Route {
  return (method, url, tag, summary, handler, extra = {}) => {
    app.route({
      method,
      url,
      schema: { tags: [tag], summary, ...(extra.description ? { description: extra.description } : {}), ...(extra.params ? { params: extra.params } : {}), ...(extra.query ? { querystring: extra.query } : {}), ...(extra.body ? { body: extra.body } : {}), response: { ...ERR, ...(extra.response ?? {}) } },
      handler: async (req, reply) => handler(await callerOf(p, req), req as Req, reply),
    });
  };
}

/** A workflow step on an application (POST /api/v1/applications/:id/<name>), answering with the application as it now is. */
export function stepMaker(route: Route, p: P.Platform) {
  return (name: string, summary: string, fn: (c: P.Caller, id: number, body: Record<string, unknown>) => Promise<unknown>) =>
    route('POST', `/api/v1/applications/:id/${name}`, TAGS.applications, summary, async (c, req) => {
      await fn(c, intId(req), (req.body ?? {}) as Record<string, unknown>);
      return P.getApplication(p, c, intId(req));
    }, { params: idParam });
}

/**
 * The query string of a route, for the API document and the typed client: each parameter a string
 * (as every query value is) up to 100 characters, with what it means. Unknown parameters are left to
 * the service, as before.
 */
export const query = (params: Record<string, string>) => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(params).map(([name, description]) => [name, { type: 'string', maxLength: LIMITS.name, description }])),
});
export const PAGE = { page: '页码（从 1 开始，默认 1）', pageSize: '每页条数（1–200，默认 20）' };

/** An attachment name: ASCII for old clients, the Chinese one (RFC 5987) for the rest. */
export const attachment = (ascii: string, chinese: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;

/** The Idempotency-Key header (or idempotencyKey in the body). */
export const idem = (req: Req) => (req.headers['idempotency-key'] as string | undefined) ?? (req.body?.idempotencyKey as string | undefined);

/** An optional positive id in the query string. */
export const optionalId = (req: Req, name: string): number | undefined => {
  const v = req.query[name];
  if (v === undefined || v === '') return undefined;
  if (!/^[1-9][0-9]{0,14}$/.test(v)) throw P.fieldError(name, '应为正整数编号');
  return Number(v);
};
