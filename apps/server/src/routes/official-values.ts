// The API of official values (官方数值) under /api/v1/official-values: the parameters officials may
// set with their dated values and sources, proposing a value, the past decisions it would change,
// confirming (a second official, having seen them) or rejecting it, the full history; and
// reproducing a stored decision from its receipt. Thin: each handler calls one platform service.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject, errorSchema } from '../schemas.js';
import { callerOf } from '../platform/session.js';

const ERR = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const idParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$', description: '编号' } }, required: ['id'] };
const TAG = '官方数值 official values';

const proposalBody = {
  type: 'object',
  description: '录入一个带日期的官方数值（由另一人确认后生效）',
  properties: {
    path: { type: 'string', description: '参数路径，如 housing_price.urban_new_home_avg（可录入的参数见 GET /api/v1/official-values）' },
    policy: { type: 'string', description: '政策包 ID（可省略）' },
    from: { type: 'string', description: '起始日期 YYYY-MM-DD；半年度均价为 1 月 1 日或 7 月 1 日' },
    value: { type: ['string', 'number'], description: '数值：金额按元（最多两位小数），档次、口径为选项值' },
    source: {
      type: 'object',
      description: '出处：文件名称或文号（doc）、条款（article）或网址（url）、原文（text）',
      properties: { doc: { type: 'string' }, article: { type: 'string' }, url: { type: 'string' }, text: { type: 'string' } },
    },
  },
  additionalProperties: true,
};

export function officialValuesRoutes(app: FastifyInstance, p: P.Platform): void {
  type Req = { params: Record<string, string>; query: Record<string, string>; body: Record<string, unknown> | undefined };
  const route = (method: 'GET' | 'POST', url: string, summary: string, handler: (c: P.Caller, req: Req) => Promise<unknown>, extra: { params?: object; body?: object; status?: number; response?: object } = {}) =>
    app.route({
      method,
      url,
      schema: { tags: [TAG], summary, ...(extra.params ? { params: extra.params } : {}), ...(extra.body ? { body: extra.body } : {}), response: { ...ERR, ...(extra.response ?? {}) } },
      handler: async (req, reply) => {
        const result = await handler(await callerOf(p, req), req as unknown as Req);
        return extra.status ? reply.status(extra.status).send(result) : result;
      },
    });
  const id = (req: Req) => Number(req.params.id);

  route('GET', '/api/v1/official-values', '可由经办人员录入官方数值的参数：说明、单位、现行带日期的取值（出处、是否示例值、录入与确认人）、待确认的数值', (c) => P.listOfficialParameters(p, c), { response: { 200: anyArray('参数') } });
  route('GET', '/api/v1/official-values/history', '官方数值的全部记录（含已退回、已被取代的；?path=&state=）', (c, req) => P.officialValueHistory(p, c, req.query), { response: { 200: anyArray('记录') } });
  route('POST', '/api/v1/official-values', '录入官方数值（人才办经办人员或管理员；须由另一人确认后生效）', (c, req) => P.proposeOfficialValue(p, c, req.body ?? {}), { body: proposalBody, status: 201, response: { 201: anyObject('待确认的数值') } });
  route('GET', '/api/v1/official-values/:id/impact', '确认前查看：该数值会改变的历史核定（申报件、事项、金额 前 → 后）及确认所需的令牌', (c, req) => P.officialValueImpact(p, c, id(req)), { params: idParam, response: { 200: anyObject('受影响的核定与 token') } });
  route('POST', '/api/v1/official-values/:id/confirm', '确认（录入人以外的另一人；须带查看受影响核定时得到的 impactToken）：自即日起所有计算使用该数值', (c, req) => P.confirmOfficialValue(p, c, id(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { impactToken: { type: 'string', description: 'GET …/impact 返回的 token' } }, additionalProperties: false },
    response: { 200: anyObject('已确认的数值与受影响的核定') },
  });
  route('POST', '/api/v1/official-values/:id/reject', '退回（录入人以外的另一人；须说明理由）', (c, req) => P.rejectOfficialValue(p, c, id(req), req.body?.reason), {
    params: idParam,
    body: { type: 'object', properties: { reason: { type: 'string', description: '退回理由' } }, additionalProperties: false },
    response: { 200: anyObject('已退回的数值') },
  });
  route('GET', '/api/v1/applications/:id/decision/reproduce', '按核定回执复算：记录的事实、申报日期与政策包版本（含当时的官方数值），是否得出原金额', (c, req) => P.reproduceDecision(p, c, id(req)), { params: idParam, response: { 200: anyObject('复算结果') } });
}
