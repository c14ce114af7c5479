// The HTTP API (Fastify): routes, request schemas, the OpenAPI document and its docs page.
// No business logic here: every route calls a use case in @rencai/services.

import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import { calculateRequest, InputError, knownPolicyIds, policyDetail, policySummary, profileVocabulary, searchQualifications, type CalculateInput } from '@rencai/services';
import { anyArray, anyObject, BODY_BOUNDS, calculateBody, errorSchema, LIMITS } from './schemas.js';
import { boundBody } from './body-bounds.js';
import { capErrors, validationErrors } from './validation.js';
import { clientErrorHandler, frameworkErrors } from './framework-errors.js';
import { registerSecurityHeaders } from './security-headers.js';
import { publicRateLimit } from './rate-limits.js';
import { registerWeb } from './web.js';
import { PlatformError, type Platform } from '@rencai/platform';
import { registerPlatformRoutes } from './platform/routes.js';
import { registerSimulateRoutes } from './simulate-routes.js';
import { trustProxySetting } from './proxy.js';
import { openapiOptions } from './openapi.js';

const BAD = { 400: errorSchema };

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
export async function buildApp(opts: { logger?: boolean; platform?: Platform; rateLimit?: number } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
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

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));

  app.post<{ Body: CalculateInput }>(
    '/api/v1/calculate',
    {
      bodyLimit: LIMITS.calculateBodyBytes,
      preValidation: boundBody(BODY_BOUNDS),
      config: { rateLimit: limit.calculate },
      schema: {
        tags: ['计算 calculate'],
        security: [],
        summary: '计算档案可享受的待遇（我能享受哪些人才政策？）',
        description: '与命令行 `rencai calc --json` 的输入和输出相同。省略的事实为“待确定”，结果列出还需要哪些事实（missingFacts）。',
        body: calculateBody,
        response: { 200: anyObject('计算结果（rencai.result/1）：entitlements、inKind、obligations、undetermined、notEligible、missingFacts、awaitingData、totals、policies（含版本哈希）'), ...BAD },
      },
    },
    // Serialised here with JSON.stringify (same bytes as the schema's serializer for this free-form
    // object, which would walk the large explanation trees more slowly).
    async (req, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(calculateRequest(req.body))),
  );

  app.get('/api/v1/policies', { config: { rateLimit: limit.browse }, schema: { tags: ['政策 policies'], security: [], summary: '政策包列表', response: { 200: anyArray('政策包：ID、文号、施行日期、适用地区、版本哈希、原文路径') } } }, async () => policySummary());

  app.get<{ Params: { id: string } }>(
    '/api/v1/policies/:id',
    {
      config: { rateLimit: limit.browse },
      schema: {
        tags: ['政策 policies'],
        security: [],
        summary: '政策包详情：条款原文、规则（引用与解释口径）、参数（每个带日期的取值及出处）',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: LIMITS.name, description: '政策包 ID，如 quzhou-2020' } }, required: ['id'] },
        response: { 200: anyObject('政策包详情'), 404: errorSchema },
      },
    },
    async (req, reply) => {
      if (!knownPolicyIds().includes(req.params.id)) {
        return reply.status(404).send({ error: `未知的政策包，可选：${knownPolicyIds().join('、')}`, errors: [{ path: 'id', message: '未知的政策包' }] });
      }
      return policyDetail(req.params.id);
    },
  );

  app.get<{ Querystring: { q?: string } }>(
    '/api/v1/qualifications',
    {
      config: { rateLimit: limit.browse },
      schema: {
        tags: ['档案 profile'],
        security: [],
        summary: '资格目录（可按名称、别名、代码搜索）',
        querystring: { type: 'object', properties: { q: { type: 'string', maxLength: LIMITS.name, description: '搜索词：名称、别名或代码的一部分' } }, additionalProperties: false },
        response: { 200: anyArray('资格：code、name、aliases、group'), ...BAD },
      },
    },
    async (req) => searchQualifications(req.query.q),
  );

  app.get('/api/v1/facts', { config: { rateLimit: limit.browse }, schema: { tags: ['档案 profile'], security: [], summary: '档案字段表（字段名、类型、中文名称、计算器的提问、选项）', response: { 200: anyArray('档案字段') } } }, async () => profileVocabulary());

  if (opts.platform) await registerPlatformRoutes(app, opts.platform, limit.browse);
  await registerSimulateRoutes(app, opts.platform, limit.simulate);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app); // the web app (apps/web/dist) for every other GET; /api/* keeps the JSON 404
  return app;
}
