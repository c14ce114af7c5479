// The HTTP API (Fastify): routes, request schemas, the OpenAPI document and its docs page.
// No business logic here: every route calls a use case in @rencai/services.

import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import localize from 'ajv-i18n';
import { calculateRequest, InputError, policyDetail, policySummary, searchQualifications, type CalculateInput } from '@rencai/services';
import { factDefs } from '@rencai/policies';
import { calculateBody, errorSchema } from './schemas.js';

function validationErrors(err: FastifyError): Array<{ path: string; message: string }> {
  const list = err.validation ?? [];
  localize.zh(list as never);
  return list.map((v) => {
    const ctx = err.validationContext && err.validationContext !== 'body' ? err.validationContext : '';
    const base = `${ctx}${v.instancePath.replace(/\//g, '.')}`.replace(/^\./, '') || '(请求体)';
    const extra = v.keyword === 'additionalProperties' ? `.${String((v.params as { additionalProperty?: string }).additionalProperty)}` : '';
    const message = v.keyword === 'additionalProperties' ? '未知字段' : (v.message ?? '输入无效');
    return { path: base + extra, message };
  });
}

export async function buildApp(opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, allowUnionTypes: true } } });

  await app.register(swagger, {
    openapi: {
      info: { title: 'rencai 人才政策平台 API', version: '1.0.0', description: '政策即代码：计算人才可享受的政策待遇，逐条引用原文、精确到分。金额单位：分（fen），同时给出元。' },
      tags: [{ name: '计算 calculate' }, { name: '政策 policies' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.validation) return reply.status(400).send({ error: '输入有误', errors: validationErrors(err) });
    if (err instanceof InputError) return reply.status(400).send({ error: '输入有误', errors: err.errors });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const message = err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? '请求体应为 application/json' : err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? '请求体为空' : err.statusCode === 400 ? '请求体不是有效的 JSON' : err.message;
      return reply.status(err.statusCode).send({ error: message, errors: [] });
    }
    app.log.error(err);
    return reply.status(500).send({ error: '服务器内部错误，请稍后再试', errors: [] });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: `未找到：${req.method} ${req.url}`, errors: [] }));

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));

  app.post<{ Body: CalculateInput }>(
    '/api/v1/calculate',
    {
      schema: {
        tags: ['计算 calculate'],
        summary: '计算档案可享受的待遇（我能享受哪些人才政策？）',
        body: calculateBody,
        response: { 400: errorSchema },
      },
    },
    async (req) => calculateRequest(req.body),
  );

  app.get('/api/v1/policies', { schema: { tags: ['政策 policies'], summary: '政策包列表' } }, async () => policySummary());

  app.get<{ Params: { id: string } }>(
    '/api/v1/policies/:id',
    { schema: { tags: ['政策 policies'], summary: '政策包详情：条款原文、规则、带日期和出处的参数', params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } },
    async (req, reply) => {
      try {
        return policyDetail(req.params.id);
      } catch (e) {
        if (e instanceof InputError) return reply.status(404).send({ error: e.errors[0]?.message ?? '未找到', errors: e.errors });
        throw e;
      }
    },
  );

  app.get<{ Querystring: { q?: string } }>(
    '/api/v1/qualifications',
    { schema: { tags: ['政策 policies'], summary: '资格目录（可按名称、别名、代码搜索）', querystring: { type: 'object', properties: { q: { type: 'string' } } } } },
    async (req) => searchQualifications(req.query.q),
  );

  app.get('/api/v1/facts', { schema: { tags: ['政策 policies'], summary: '档案字段（计算器提问所用）' } }, async () => factDefs);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
