// Skills (技能) under /api/v1/skills: special-ability standards (专项职业能力考核规范) with their
// versions, syllabus and question bank (answers for editors only; the paper never has them);
// assessment sessions, candidates, scores and certificates; the public certificate check; and
// 职业技能等级认定 — licences, enterprises' batches and counts by level and county.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { idem, idParam, intId, query, routeMaker, type Req } from './kit.js';

const TAG = '技能 skills';
const str = (description: string) => ({ type: 'string', description });
const int = (description: string) => ({ type: 'integer', description });
const obj = (properties: Record<string, object>) => ({ type: 'object', properties });
const DOC = {
  name: str('规范名称'),
  definition: str('专项职业能力定义'),
  appliesTo: str('适用对象'),
  abilityStandards: str('能力标准'),
  assessmentContent: str('鉴定（考核）内容与要求'),
  passMark: int('合格分数线'),
  maxScore: int('满分'),
  status: str('draft（草稿）或 published（已发布）'),
  source: str('出处（原文句子）'),
};
const versionParams = { type: 'object', properties: { id: idParam.properties.id, version: { type: 'string', pattern: '^[0-9]{1,6}$', description: '版本号' } }, required: ['id', 'version'] };

export function skillsRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  const body = (req: Req) => (req.body ?? {}) as Record<string, unknown>;
  route('GET', '/api/v1/skills/standards', TAG, '专项职业能力考核规范（本人管辖地区）：最新版本、已发布版本、题量', (c) => P.listStandards(p, c), { response: { 200: anyArray('考核规范') } });
  route('POST', '/api/v1/skills/standards', TAG, '制定考核规范（人才办经办人员；第 1 版）', (c, req) => P.createStandard(p, c, body(req)), { body: obj({ code: str('规范编号（大写字母、数字、连字符）'), region: str('县（市、区）'), ...DOC }), response: { 200: anyObject('考核规范') } });
  route('GET', '/api/v1/skills/standards/:id', TAG, '一项考核规范：全部版本、大纲、题库（答案仅编辑者可见）', (c, req) => P.getStandard(p, c, intId(req)), { params: idParam, response: { 200: anyObject('考核规范') } });
  route('POST', '/api/v1/skills/standards/:id/versions', TAG, '修订考核规范：新增一个版本（旧版本保留），须说明原因；未填的字段沿用最新版本', (c, req) => P.reviseStandard(p, c, intId(req), body(req)), { params: idParam, body: obj({ ...DOC, reason: str('修订原因') }), response: { 200: anyObject('考核规范') } });
  route('POST', '/api/v1/skills/standards/:id/versions/:version/publish', TAG, '发布草稿版本', (c, req) => P.publishStandardVersion(p, c, intId(req), req.params.version), { params: versionParams, response: { 200: anyObject('考核规范') } });
  route('PUT', '/api/v1/skills/standards/:id/syllabus', TAG, '保存培训考核大纲（章节标题与内容）', (c, req) => P.saveSyllabus(p, c, intId(req), body(req)), { params: idParam, body: obj({ sections: { type: 'array', items: obj({ title: str('章节标题'), body: str('章节内容') }), description: '大纲章节' } }), response: { 200: anyObject('考核规范') } });
  route('POST', '/api/v1/skills/standards/:id/items', TAG, '题库加题：单选（选项与答案字母）、判断（对/错）、实操（评分要点），分值', (c, req) => P.addItem(p, c, intId(req), body(req)), { params: idParam, body: obj({ kind: str('single（单选题）、judge（判断题）、practical（实操题）'), question: str('题目'), options: { type: 'array', items: { type: 'string' }, description: '单选题选项' }, answer: str('答案'), points: int('分值') }), response: { 200: anyObject('试题') } });
  route('GET', '/api/v1/skills/standards/:id/paper', TAG, '面向考生的考核材料：已发布版本、大纲与试题（不含答案）', (c, req) => P.standardPaper(p, c, intId(req)), { params: idParam, response: { 200: anyObject('考核材料') } });

  route('GET', '/api/v1/skills/sessions', TAG, '考核场次（本人管辖地区）', (c) => P.listSessions(p, c), { response: { 200: anyArray('考核场次') } });
  route('POST', '/api/v1/skills/sessions', TAG, '组织考核场次：考核规范的已发布版本、日期、地点', (c, req) => P.createSession(p, c, body(req)), { body: obj({ standardId: int('考核规范编号'), version: int('版本号（默认最新已发布版本）'), heldOn: str('考核日期 YYYY-MM-DD'), place: str('考核地点') }), response: { 200: anyObject('考核场次') } });
  route('GET', '/api/v1/skills/sessions/:id', TAG, '一个考核场次：考生（脱敏）、成绩与证书', (c, req) => P.getSession(p, c, intId(req)), { params: idParam, response: { 200: anyObject('考核场次') } });
  route('POST', '/api/v1/skills/sessions/:id/candidates', TAG, '添加考生：人才库人员（personId）或姓名与身份证号', (c, req) => P.addCandidate(p, c, intId(req), body(req)), { params: idParam, body: obj({ personId: int('人才库人员编号'), name: str('姓名'), idNumber: str('身份证号') }), response: { 200: anyObject('考核场次') } });
  route('POST', '/api/v1/skills/candidates/:id/score', TAG, '登记成绩（0 至满分；达到合格分数线即合格）', (c, req) => P.scoreCandidate(p, c, intId(req), body(req)), { params: idParam, body: obj({ score: int('成绩') }), response: { 200: anyObject('考核场次') } });
  route('POST', '/api/v1/skills/candidates/:id/reveal', TAG, '查看考生完整身份证号（须说明用途，记入审计日志）', (c, req) => P.revealCandidate(p, c, intId(req), body(req).purpose), { params: idParam, body: obj({ purpose: str('用途') }), response: { 200: anyObject('身份证号') } });
  route('POST', '/api/v1/skills/candidates/:id/certificate', TAG, '为合格考生发证：证书编号唯一（不填则自动编号），签名凭证供二维码核验', (c, req) => P.issueCertificate(p, c, intId(req), body(req)), { params: idParam, body: obj({ number: str('证书编号（6–40 位字母、数字或连字符）') }), response: { 200: anyObject('考核场次') } });
  route('POST', '/api/v1/skills/certificates/:id/revoke', TAG, '撤销证书（须说明原因）', (c, req) => P.revokeCertificate(p, c, intId(req), body(req)), { params: idParam, body: obj({ reason: str('撤销原因') }), response: { 200: anyObject('考核场次') } });
  app.get(
    '/api/v1/skills/certificates/check',
    {
      config: { rateLimit: browse },
      schema: {
        tags: [TAG],
        security: [],
        summary: '证书核验（无需登录）：按证书编号或扫描二维码得到的凭证，答复有效、已撤销或无效，持证人信息脱敏',
        querystring: { type: 'object', properties: { number: { type: 'string', maxLength: 40, description: '证书编号' }, token: { type: 'string', maxLength: 4096, description: '二维码中的签名凭证' } } },
        response: { 200: anyObject('核验结果') },
      },
    },
    async (req) => P.checkCertificate(p, req.query as { number?: string; token?: string }),
  );

  route('GET', '/api/v1/skills/licences', TAG, '职业技能等级认定资格（人才办：本人管辖地区；企业账号：本企业）', (c) => P.listLicences(p, c), { response: { 200: anyArray('认定资格') } });
  route('GET', '/api/v1/skills/licences/enterprises', TAG, '可备案认定资格的企业（本人管辖地区已核验的企业）', (c) => P.licensableEnterprises(p, c), { response: { 200: anyArray('企业') } });
  route('POST', '/api/v1/skills/licences', TAG, '备案企业的职业技能等级认定资格：职业（工种）、等级（五级至一级）、备案日期', (c, req) => P.licenseEnterprise(p, c, body(req)), { body: obj({ enterpriseId: int('企业编号'), occupations: { type: 'array', items: { type: 'string' }, description: '职业（工种）' }, levels: { type: 'array', items: { type: 'integer' }, description: '等级：1 一级/高级技师 … 5 五级/初级工' }, licensedOn: str('备案日期 YYYY-MM-DD') }), response: { 200: anyObject('认定资格') } });
  route('GET', '/api/v1/skills/batches', TAG, '认定批次（人才办：本人管辖地区；企业账号：本企业）', (c) => P.listRecognitionBatches(p, c), { response: { 200: anyArray('认定批次') } });
  route('POST', '/api/v1/skills/batches', TAG, '登记一批认定结果（取得认定资格的企业账号）：每人职业、等级须在备案范围内，证书编号不得重复；Idempotency-Key 相同的重发返回同一批次', (c, req) => P.recordBatch(p, c, body(req), idem(req)), {
    body: obj({ recognizedOn: str('认定日期 YYYY-MM-DD'), records: { type: 'array', items: obj({ name: str('姓名'), idNumber: str('身份证号'), occupation: str('职业（工种）'), level: int('等级 1–5'), certificateNo: str('证书编号') }), description: '认定记录' }, idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）') }),
    response: { 200: anyObject('认定批次') },
  });
  route('GET', '/api/v1/skills/batches/:id', TAG, '一个认定批次及其记录（身份证号脱敏）', (c, req) => P.getRecognitionBatch(p, c, intId(req)), { params: idParam, response: { 200: anyObject('认定批次') } });
  route('GET', '/api/v1/skills/recognitions/counts', TAG, '认定人次统计：按县（市、区）与等级，高技能（三级/高级工及以上）', (c, req) => P.recognitionCounts(p, c, req.query), { query: query({ year: '年度（不填为全部）' }), response: { 200: anyObject('统计') } });
}
