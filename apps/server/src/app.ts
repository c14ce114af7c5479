// The HTTP API (Fastify): the app with its error handling, security headers, rate limits, the
// OpenAPI document and its docs page, and the routes of every domain (routes/, one file each).

import type { Writable } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import { InputError } from '@rencai/services';
import { capErrors, validationErrors } from './validation.js';
import { clientErrorHandler, frameworkErrors } from './framework-errors.js';
import { registerSecurityHeaders } from './security-headers.js';
import { publicRateLimit } from './rate-limits.js';
import { registerWeb } from './web.js';
import { keepOfficialValuesCurrent, PlatformError, type Platform } from '@rencai/platform';
import { registerPlatformRoutes } from './routes/index.js';
import { registerSimulateRoutes } from './routes/simulation.js';
import { calculatorRoutes } from './routes/calculator.js';
import { trustProxySetting } from './proxy.js';
import { openapiOptions } from './openapi.js';
import { registerOps } from './ops.js';
import { loggerOptions, registerRequestLog } from './logging.js';

/** Chinese for the client errors Fastify raises itself (body not JSON, wrong content type …). */
function clientError(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '请求体应为 JSON（content-type: application/json）';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求体为空';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return '请求体过大';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return '请求头 content-length 与请求体长度不符';
    case 'FST_ERR_CTP_INVALID_TYPE':
      return '请求头 content-type 无效';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return '请求体不是有效的 JSON';
    default:
      if (err.statusCode === 429) return '请求过于频繁，请稍后再试';
      if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') return '文件过大，上限 10 MB';
      if (err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return '请以 multipart/form-data 上传文件';
      return err instanceof SyntaxError || err.statusCode === 400 ? '请求体不是有效的 JSON' : '请求无法处理';
  }
}

/**
 * The API; with `platform`, also the one-stop platform (registry, applications, ledger, accounts).
 * `rateLimit`: requests per minute per address on the public routes (default RENCAI_RATE_LIMIT or
 * the built-in limits; 0 = none, for load tests).
 */
export async function buildApp(opts: { logger?: boolean | { stream: Writable }; platform?: Platform; rateLimit?: number } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.logger ? loggerOptions(opts.logger === true ? undefined : opts.logger.stream) : { logger: false }),
    trustProxy: trustProxySetting(),
    frameworkErrors,
    clientErrorHandler,
    // While stopping, requests on open connections get the Chinese 503 below instead of Fastify's.
    return503OnClosing: false,
    // allErrors: report every bad field at once (bodies are bounded: LIMITS, BODY_BOUNDS in schemas.ts).
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, allowUnionTypes: true, verbose: true } },
  });

  await app.register(swagger, openapiOptions);
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await registerSecurityHeaders(app);
  await app.register(rateLimit, { global: false });
  const limit = publicRateLimit(opts.rateLimit);

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) return reply.status(400).send({ error: '输入有误', errors: validationErrors(err.validation, err.validationContext) });
    if (err instanceof InputError) return reply.status(400).send({ error: '输入有误', errors: capErrors(err.errors) });
    if (err instanceof PlatformError) return reply.status(err.status).send({ error: err.message, errors: capErrors(err.errors) });
    // A concurrent duplicate that reached the database's unique constraints: the other request won.
    if ((err as { code?: string }).code === '23505') return reply.status(409).send({ error: '该操作已由另一请求完成（重复提交），请刷新后查看', errors: [] });
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ error: `请求体过大（上限 ${Math.round(req.routeOptions.bodyLimit / 1024)} KB）`, errors: [] });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return reply.status(err.statusCode).send({ error: clientError(err), errors: [] });
    req.log.error(err);
    return reply.status(500).send({ error: '服务器内部错误，请稍后再试', errors: [] });
  });
  // The address is not repeated: an answer never echoes what the caller sent.
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: '未找到该地址或资源（API 文档见 /docs）', errors: [] }));

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_req, reply) => {
    if (closing) return reply.status(503).header('connection', 'close').send({ error: '服务正在停止或重启，请稍后再试', errors: [] });
  });

  // Several servers on one PostgreSQL database: a value confirmed on another is used here within a
  // second (embedded PGlite is one process, which loads what it confirms itself).
  const platform = opts.platform;
  if (platform?.database.kind === 'postgres') {
    app.addHook('onRequest', async (req) => {
      if (req.url.startsWith('/api/')) await keepOfficialValuesCurrent(platform);
    });
  }

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  registerOps(app, opts.platform);
  if (opts.logger) registerRequestLog(app);

  calculatorRoutes(app, limit);

  if (opts.platform) await registerPlatformRoutes(app, opts.platform, limit.browse);
  await registerSimulateRoutes(app, opts.platform, limit.simulate);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app); // the web app (apps/web/dist) for every other GET; /api/* keeps the JSON 404
  return app;
}
