// Enterprise services under /api/v1: an enterprise's self-registration (no sign-in; the same request
// id answers with the same registration) and its own enterprise; clerks' verification queue, verify
// and reject; the problem pool (raise, list, one with its history, answer / reopen / rate / reassign,
// counts by county); talent demands (declare, list, the office's .xlsx export); the catalogues; the
// enterprise code (the enterprise's own, re-issue, and a cadre's scan); the designated 首席技术官.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject, errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { attachment, ERR, idem, idParam, intId, query, routeMaker, XLSX, type Req } from './kit.js';

const TAG = '企业服务 enterprises';
const str = (description: string) => ({ type: 'string', description });

export function enterprisesRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  app.post(
    '/api/v1/enterprises/register',
    {
      config: { rateLimit: browse === false ? false : { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: [TAG],
        security: [],
        summary: '企业注册（无需登录）：统一社会信用代码（校验位按 GB 32100）、名称、行业门类、所在县（市、区）、规模、联系人与登录账号；由所在地人才办核验。Idempotency-Key 相同的重发返回同一注册',
        body: {
          type: 'object',
          properties: {
            creditCode: str('统一社会信用代码（18 位）'),
            name: str('企业名称'),
            industry: str('国民经济行业分类（GB/T 4754-2017）门类 A–T'),
            region: str('所在县（市、区）代码'),
            size: { type: 'string', enum: ['large', 'medium', 'small', 'micro'], description: '企业规模' },
            contactName: str('联系人姓名'),
            contactPhone: str('联系人手机号'),
            username: str('登录用户名'),
            password: str('登录密码（至少 10 位）'),
            idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）'),
          },
        },
        response: { 200: anyObject('企业注册'), ...ERR, 429: errorSchema },
      },
    },
    async (req) => P.registerEnterprise(p, req.body, idem(req as Req)),
  );
  app.get(
    '/api/v1/enterprises/catalogues',
    { config: { rateLimit: browse }, schema: { tags: [TAG], security: [], summary: '企业服务的目录（无需登录，注册页使用）：行业门类、企业规模、承办部门、问题类别（承办部门与承诺工作日）、学历、紧急程度', response: { 200: anyObject('目录') } } },
    async () => P.enterpriseCatalogues(),
  );
  route('GET', '/api/v1/me/enterprise', TAG, '本账号的企业（企业账号）：注册信息与核验状态', (c) => P.myEnterprise(p, c), { response: { 200: anyObject('企业') } });
  route('GET', '/api/v1/me/enterprise/code', TAG, '本企业的企业码（已核验的企业账号）：签名凭证（企业编号、签发时间、有效期一年、版本），二维码为 /enterprises/code?c=<凭证>', (c) => P.myEnterpriseCode(p, c), { response: { 200: anyObject('企业码') } });
  route('POST', '/api/v1/me/enterprise/code/reissue', TAG, '重新生成企业码（企业账号）：版本加一，此前的企业码全部作废；记入审计', (c) => P.reissueEnterpriseCode(p, c), { response: { 200: anyObject('企业码') } });
  route('GET', '/api/v1/enterprise-code', TAG, '扫企业码（人才办、承办部门、领导）：核验签名、有效期与版本后返回本人管辖范围内的企业服务页（企业信息、未办结问题、人才需求）；伪造、过期或作废的企业码回答 400，管辖范围外回答 404', (c, req) => P.openEnterpriseCode(p, c, (req.query as { c?: unknown }).c), { query: { type: 'object', properties: { c: { type: 'string', maxLength: 4096, description: '企业码凭证' } } }, response: { 200: anyObject('企业服务页') } });
  route('GET', '/api/v1/enterprises', TAG, '企业注册名录（人才办、领导；本人管辖地区）', (c, req) => P.listEnterprises(p, c, req.query), { query: query({ state: 'pending（待核验）、verified、rejected', region: '县（市、区）代码', industry: '行业门类' }), response: { 200: anyArray('企业') } });
  route('GET', '/api/v1/enterprises/:id', TAG, '一个企业（本企业账号或所在地工作人员）', (c, req) => P.getEnterprise(p, c, intId(req)), { params: idParam, response: { 200: anyObject('企业') } });
  route('POST', '/api/v1/enterprises/:id/verify', TAG, '核验通过（所在地人才办经办人员）：登记为人才库中的单位，企业账号与之关联', (c, req) => P.verifyEnterprise(p, c, intId(req)), { params: idParam, response: { 200: anyObject('企业') } });
  route('POST', '/api/v1/enterprises/:id/reveal-phone', TAG, '查看联系人完整手机号（人才办经办人员，须写明用途；记入审计）', (c, req) => P.revealContactPhone(p, c, intId(req), req.body ?? {}), { params: idParam, body: { type: 'object', properties: { purpose: str('用途') } }, response: { 200: anyObject('完整手机号') } });
  route('POST', '/api/v1/enterprises/:id/reject', TAG, '核验不通过（须写明理由）', (c, req) => P.rejectEnterprise(p, c, intId(req), req.body ?? {}), { params: idParam, body: { type: 'object', properties: { reason: str('理由') } }, response: { 200: anyObject('企业') } });

  route('POST', '/api/v1/enterprise-problems', TAG, '企业提交问题（已核验的企业账号）：按类别交承办部门，承诺工作日内答复；Idempotency-Key 相同的重发只提交一次', (c, req) => P.raiseProblem(p, c, req.body ?? {}, idem(req)), {
    body: { type: 'object', properties: { category: { type: 'string', enum: ['talent', 'housing', 'schooling', 'policy', 'other'], description: '问题类别' }, description: str('问题描述'), idempotencyKey: str('请求编号') } },
    response: { 200: anyObject('问题') },
  });
  route('GET', '/api/v1/enterprise-problems', TAG, '问题池：企业看本企业的，承办部门看交本部门的，人才办与领导看管辖地区的', (c, req) => P.listProblems(p, c, req.query), { query: query({ state: '状态', category: '类别', region: '县（市、区）', department: '承办部门', overdue: '1：只看超期' }), response: { 200: anyArray('问题') } });
  route('GET', '/api/v1/enterprise-problems/stats', TAG, '问题池统计（按县（市、区）、承办部门、类别、月份）：提交、答复、按时答复、超期、重新办理、满意度；?from=&to=（YYYY-MM-DD，可省略）按提交日筛选', (c, req) => P.problemStats(p, c, P.dashboardRange(req.query)), { query: query({ from: '提交日起（YYYY-MM-DD）', to: '提交日止（YYYY-MM-DD）' }), response: { 200: anyObject('统计') } });
  route('GET', '/api/v1/enterprise-problems/:id', TAG, '一个问题及其办理记录', (c, req) => P.getProblem(p, c, intId(req)), { params: idParam, response: { 200: anyObject('问题') } });
  const act = (action: string, summary: string, body: Record<string, object>) =>
    route('POST', `/api/v1/enterprise-problems/:id/${action}`, TAG, summary, (c, req) => P.actOnProblem(p, c, intId(req), action, req.body ?? {}), {
      params: idParam,
      body: { type: 'object', properties: { ...body, version: { type: 'integer', description: '读取时的版本号（他人已改动时回答 409）' } } },
      response: { 200: anyObject('问题') },
    });
  act('answer', '答复问题（承办部门；人才办承办的由人才办经办人员答复）', { answer: str('答复内容') });
  act('reopen', '要求重新办理（企业，仅一次，须写明理由；承诺时限重新起算）', { reason: str('理由') });
  act('rate', '评价并办结（企业，满意度 1–5）', { rating: { type: 'integer', description: '满意度 1–5' }, note: str('评价说明') });
  act('reassign', '改派承办部门（人才办经办人员，须写明理由）', { department: str('承办部门'), reason: str('理由') });

  route('POST', '/api/v1/enterprise-demands', TAG, '企业申报人才需求（已核验的企业账号）；同一岗位同一年度只申报一次', (c, req) => P.declareDemand(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        post: str('岗位'),
        headcount: { type: 'integer', description: '需求人数' },
        degree: { type: 'string', enum: ['none', 'college', 'bachelor', 'master', 'doctor'], description: '学历要求' },
        major: str('专业要求（文字；选了 majorCode 可不填）'),
        majorCode: str('专业：教育部学科专业目录代码（如 u:080901 本科专业、u:0809 专业类、g:0812 研究生一级学科），见 /api/v1/disciplines'),
        salaryMinFen: { type: 'integer', description: '月薪下限（分）' },
        salaryMaxFen: { type: 'integer', description: '月薪上限（分）' },
        urgency: { type: 'string', enum: ['normal', 'urgent', 'critical'], description: '紧急程度' },
        deadline: str('截止日期 YYYY-MM-DD'),
      },
    },
    response: { 200: anyObject('人才需求') },
  });
  route('GET', '/api/v1/enterprise-demands', TAG, '人才需求：企业看本企业的，人才办与领导看管辖地区的（可按行业、县（市、区）、年度筛选）', (c, req) => P.listDemands(p, c, req.query), { query: query({ industry: '行业门类', region: '县（市、区）', period: '年度' }), response: { 200: anyArray('人才需求') } });
  route('GET', '/api/v1/enterprise-demands/export', TAG, '导出人才需求（.xlsx，人才办与领导）', async (c, req, reply) => {
    const buf = await P.exportDemands(p, c, req.query);
    return reply.header('content-disposition', attachment('enterprise-demands.xlsx', '企业人才需求.xlsx')).type(XLSX).send(buf);
  }, { query: query({ industry: '行业门类', region: '县（市、区）', period: '年度' }) });

  route('POST', '/api/v1/enterprises/:id/ctos', TAG, '认定企业首席技术官（所在地人才办经办人员；企业须已核验）：批次、认定日期、姓名、职务、认定依据；同一批次每家企业一人，重复认定回答 409；记入审计', (c, req) => P.designateCto(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { batch: str('批次，如：第一批'), designatedOn: str('认定（公布）日期 YYYY-MM-DD'), personName: str('姓名'), post: str('在企业担任的职务'), basis: str('认定依据（公布文件名称、文号）') } },
    response: { 200: anyObject('首席技术官认定') },
  });
  route('GET', '/api/v1/enterprise-ctos', TAG, '企业首席技术官名单：人才办与领导看管辖地区的，企业账号看本企业的（可按批次、县（市、区）、企业筛选）', (c, req) => P.listCtos(p, c, req.query), { query: query({ batch: '批次', region: '县（市、区）', enterpriseId: '企业编号' }), response: { 200: anyArray('首席技术官认定') } });
  route('POST', '/api/v1/enterprise-ctos/:id/withdraw', TAG, '撤销首席技术官认定（所在地人才办经办人员；须写明日期与理由，认定记录保留）', (c, req) => P.withdrawCto(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { withdrawnOn: str('撤销日期 YYYY-MM-DD'), reason: str('理由') } },
    response: { 200: anyObject('首席技术官认定') },
  });
}
