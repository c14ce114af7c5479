// Cadres' visits to enterprises (走访) under /api/v1/visits: record a visit (problems found go into
// the problem pool in the same step; the same Idempotency-Key answers with the same visit), the
// visits of the caller's regions or their own (mine=1), one visit with its problems, the enterprises
// one may visit, coverage per county and year, and the .xlsx export.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { attachment, idem, idParam, intId, query, routeMaker, XLSX, type Req } from './kit.js';

const TAG = '企业走访 visits';
const str = (description: string) => ({ type: 'string', description });

export function visitsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('POST', '/api/v1/visits', TAG, '登记走访（人才办、承办部门、领导；本人管辖地区已核验的企业）：走访日期不晚于今天、不早于企业注册，主题从列表中选择，发现的问题同时进入问题池；Idempotency-Key 相同的重发返回同一走访记录', (c, req) => P.recordVisit(p, c, req.body ?? {}, idem(req as Req)), {
    body: {
      type: 'object',
      properties: {
        enterpriseId: { type: 'integer', description: '企业编号' },
        visitedOn: str('走访日期 YYYY-MM-DD'),
        companions: { type: 'array', items: { type: 'string' }, description: '同行人员（登记人之外）' },
        topics: { type: 'array', items: { type: 'string' }, description: '走访主题：policy（政策宣讲）、demand（人才需求）、problems（问题收集）、project（项目跟踪）、other（其他）' },
        notes: str('走访情况'),
        problems: { type: 'array', items: { type: 'object', properties: { category: str('问题类别'), description: str('问题描述') } }, description: '走访发现的问题（每个进入问题池）' },
        idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）'),
      },
    },
    response: { 200: anyObject('走访记录') },
  });
  route('GET', '/api/v1/visits', TAG, '走访记录（本人管辖地区；mine=1 只看本人登记的“我的走访”）', (c, req) => P.listVisits(p, c, req.query), { query: query({ mine: '1：我的走访', region: '县（市、区）', enterprise: '企业编号', year: '年度' }), response: { 200: anyArray('走访记录') } });
  route('GET', '/api/v1/visits/enterprises', TAG, '可登记走访的企业（本人管辖地区已核验的企业）', (c) => P.visitableEnterprises(p, c), { response: { 200: anyArray('企业') } });
  route('GET', '/api/v1/visits/topics', TAG, '走访主题', async () => P.visitTopics(), { response: { 200: anyArray('走访主题') } });
  route('GET', '/api/v1/visits/coverage', TAG, '走访覆盖情况（按县（市、区）与年度）：已核验企业、已走访企业与覆盖率、大中型企业覆盖率、走访次数、走访发现问题', (c, req) => P.visitCoverage(p, c, req.query), { query: query({ year: '年度（默认今年）' }), response: { 200: anyObject('覆盖情况') } });
  route('GET', '/api/v1/visits/export', TAG, '导出走访记录与覆盖情况（.xlsx）', async (c, req, reply) => {
    const buf = await P.exportVisits(p, c, req.query);
    return reply.header('content-disposition', attachment('visits.xlsx', '企业走访.xlsx')).type(XLSX).send(buf);
  }, { query: query({ year: '年度', mine: '1：只导出我的走访' }) });
  route('GET', '/api/v1/visits/:id', TAG, '一次走访及其发现的问题', (c, req) => P.getVisit(p, c, intId(req)), { params: idParam, response: { 200: anyObject('走访记录') } });
}
