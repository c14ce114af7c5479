// The server's log: one JSON line per event (pino, through Fastify), each request's line carrying its
// request id (also sent to the caller as the X-Request-Id header, so a user can quote it), the route
// pattern, status and duration. No personal data: no query strings (searches carry names and ID
// numbers), no bodies, no headers, no client addresses, and any run of 11 or more digits (a phone,
// an ID or account number typed into an address) replaced before it is written. Level from
// RENCAI_LOG_LEVEL (default info).

import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';

/** The text with every run of 11 or more digits (and an ID number's final X) replaced. */
export const withoutLongNumbers = (text: string) => text.replace(/\d{11,}[\dXx]*/g, '＊数字已略＊');

const path = (url: string) => withoutLongNumbers(url.split('?')[0] ?? '').slice(0, 200);

export function loggerOptions(stream?: Writable): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'logController' | 'requestIdHeader'> {
  return {
    logger: {
      level: process.env.RENCAI_LOG_LEVEL ?? 'info',
      ...(stream ? { stream } : {}),
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: path(req.url ?? '') }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error & { code?: string; statusCode?: number }) => ({ type: err.name, code: err.code, statusCode: err.statusCode, message: withoutLongNumbers(err.message ?? ''), stack: withoutLongNumbers(err.stack ?? '') }),
      },
    },
    genReqId: () => randomUUID(),
    // The id is ours, never taken from the caller's headers.
    requestIdHeader: false,
    // One line per request, written when it ends (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  };
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? '未匹配的地址', path: path(req.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, '请求完成');
  });
}
