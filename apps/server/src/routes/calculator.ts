// The public calculator's API, open to anyone (rate-limited per address): calculating what a
// profile is entitled to, the policy packages with their clauses and dated values, the
// qualification catalogue and the profile's fields. Each route calls one use case in @rencai/services.

import type { FastifyInstance } from 'fastify';
import { calculateRequest, knownPolicyIds, policyDetail, policySummary, profileVocabulary, searchQualifications, type CalculateInput } from '@rencai/services';
import { anyArray, anyObject, BODY_BOUNDS, calculateBody, errorSchema, LIMITS } from '../schemas.js';
import { boundBody } from '../body-bounds.js';
import type { PublicLimits } from '../rate-limits.js';

const BAD = { 400: errorSchema };

export function calculatorRoutes(app: FastifyInstance, limit: PublicLimits): void {
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
}
