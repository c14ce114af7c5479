// The electronic talent card (人才码) under /api/v1: the talent's card, live and printable codes,
// uses and loss report; clerks' issuance, revocation and the bulk run; the public signed status list;
// a partner's verification (only the answer, the masked name and the level come back) and the
// office's counts of uses.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { idParam, intId, query, routeMaker } from './kit.js';

const TAG = '人才码 cards';
const nullableString = { type: ['string', 'null'] };
const verifierAnswer = {
  type: 'object',
  description: '核验结果：仅含结论、脱敏姓名与卡级',
  additionalProperties: false,
  required: ['status', 'statusText', 'reason', 'maskedName', 'levelName', 'listAgeSeconds', 'use'],
  properties: {
    status: { type: 'string', enum: ['valid', 'expired', 'revoked', 'invalid'] },
    statusText: { type: 'string', description: '有效 / 已过期 / 已吊销 / 无效' },
    reason: { type: 'string' },
    maskedName: { ...nullableString, description: '脱敏姓名，如 林*远' },
    levelName: { ...nullableString, description: '卡级：人才金卡、人才银卡、人才普通卡' },
    listAgeSeconds: { type: ['integer', 'null'], description: '所依据的吊销名单生成至今的秒数' },
    use: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { service: { type: 'string' }, serviceName: { type: 'string' }, usedAt: { type: 'string' } },
    },
  },
};
const reasonBody = { type: 'object', properties: { reason: { type: 'string', description: '理由' } } };

export function cardsRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/me/card', TAG, '我的人才卡（高层次人才服务“电子一卡通”）：卡级、有效期、可享服务；未开通时说明是否符合条件', (c) => P.myCard(p, c), { response: { 200: anyObject('我的人才卡') } });
  route('POST', '/api/v1/me/card', TAG, '申领人才卡（符合第23条条件的人才本人）', (c) => P.issueCard(p, c), { response: { 200: anyObject('人才卡') } });
  route('GET', '/api/v1/me/card/code', TAG, '出示人才码：实时码（5 分钟有效）或打印卡（30 天有效）', (c, req) => P.cardCode(p, c, req.query.use ?? 'live'), {
    query: query({ use: 'live（实时码，默认）或 print（打印卡）' }),
    response: { 200: anyObject('签名的人才码') },
  });
  route('POST', '/api/v1/me/card/lost', TAG, '挂失人才卡（立即吊销，可重新申领）', (c, req) => P.reportCardLost(p, c, req.body ?? {}), { body: reasonBody, response: { 200: anyObject('已吊销的卡') } });
  route('GET', '/api/v1/me/card/uses', TAG, '我的人才码使用记录（服务、合作单位、时间）', (c) => P.myCardUses(p, c), { response: { 200: anyArray('使用记录') } });
  route('GET', '/api/v1/persons/:id/cards', TAG, '某人的人才卡（人才办）', (c, req) => P.personCards(p, c, intId(req)), { params: idParam, response: { 200: anyArray('人才卡') } });
  route('POST', '/api/v1/persons/:id/cards', TAG, '为符合条件的人才开通人才卡（人才办经办人员；已有有效卡时返回该卡）', (c, req) => P.issueCard(p, c, intId(req)), { params: idParam, response: { 200: anyObject('人才卡') } });
  route('POST', '/api/v1/cards/:id/revoke', TAG, '吊销人才卡（人才办经办人员，须写明理由）', (c, req) => P.revokeCard(p, c, intId(req), req.body ?? {}), { params: idParam, body: reasonBody, response: { 200: anyObject('人才卡') } });
  route('POST', '/api/v1/cards/issue-due', TAG, '批量开通：为所有符合条件而尚无卡的人才开通，停用不再符合条件者的卡（系统管理员；可重复运行）', async (c) => {
    if (c.role !== 'admin') throw P.forbidden('只有系统管理员可以运行批量开通');
    return P.issueDueCards(p);
  }, { response: { 200: anyObject('开通与停用数') } });
  route('GET', '/api/v1/cards/uses/stats', TAG, '人才码使用统计：按服务、合作单位、县（市、区）和月份计数', (c) => P.cardUseStats(p, c), { response: { 200: anyObject('使用统计') } });
  route('GET', '/api/v1/cards/partner', TAG, '核验员所属合作单位及其提供的服务', (c) => P.myPartner(p, c), { response: { 200: anyObject('合作单位') } });
  route('POST', '/api/v1/cards/verify', TAG, '核验人才码（合作单位核验员）：回答有效/已过期/已吊销/无效，仅含脱敏姓名与卡级；指定服务和请求编号时记录一次使用（同一请求只记一次）', (c, req) => P.verifyCard(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        code: { type: 'string', maxLength: 4096, description: '扫描或粘贴的人才码' },
        service: { type: 'string', description: '本次提供的服务代码（记录使用时）' },
        requestId: { type: 'string', description: '本次请求的编号（8–80 位；重发时不变，只记一次）' },
        refresh: { type: 'boolean', description: '先更新吊销名单' },
      },
    },
    response: { 200: verifierAnswer },
  });
  app.get(
    '/api/v1/cards/status-list',
    {
      config: { rateLimit: browse },
      schema: {
        tags: [TAG],
        security: [],
        summary: '人才码吊销名单（位串状态列表，gzip + base64url，以平台公钥签名的 JWS；核验方缓存使用，超过 24 小时须更新）',
        response: { 200: { type: 'object', properties: { statusList: { type: 'string', description: '签名的状态列表（JWS，typ=status-list+jwt）' }, issuedAt: { type: 'string' } } } },
      },
    },
    async (_req, reply) => {
      const list = await P.currentStatusList(p);
      return reply.header('cache-control', 'public, max-age=300').send({ statusList: list.jws, issuedAt: list.issuedAt.toISOString() });
    },
  );
}
