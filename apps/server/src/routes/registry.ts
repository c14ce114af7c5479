// The registry: regions, persons and employers (masked reads, audited reveals, versioned changes
// with If-Match, receiving accounts), employment confirmation and revoking a recognition.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { REGIONS } from '@rencai/policies';
import { errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { idParam, intId, PAGE, query, routeMaker, TAGS, type Req } from './kit.js';

/** 收款账户 in a person's or employer's body: both or neither; both null (or '') removes it. */
const bankFields = {
  bankName: { type: ['string', 'null'], description: '开户银行（2–40 字，如“中国工商银行衢州分行”）；须与 bankAccount 同时填写，两者都为 null 或空串时删除收款账户' },
  bankAccount: { type: ['string', 'null'], description: '银行账号（12–30 位数字，可用空格分隔）；加密保存，响应中只有脱敏的 bankAccountMasked（前 4 后 4 位）' },
};
/** Bodies of the registry's person and employer routes: the other fields are checked by the service (every bad field named). */
const registryBody = (description: string, extra: Record<string, object> = {}) => ({ type: 'object', description, properties: { ...bankFields, ...extra }, additionalProperties: true });
/** The `reason` of a registry change; required (with If-Match) when the 收款账户 changes. */
const ACCOUNT_REASON = '修改理由（记入版本历史）；变更收款账户（bankName、bankAccount）时必填，并须带 If-Match 头（缺少时 428，版本过时 409），记入审计日志并以站内消息通知账户持有人';
const personFields = '字段：idNumber、name、phone、region、employerId、education、qualifications、employment（每个岗位可记录 professionalPost、employedAsSocialWorker、shortageFrontlinePost、healthSystem、selfEmployed：是/否）、housing、facts（人才事实：urgentMajor、freshGraduate、graduateOf，按事实目录校验）、bankName、bankAccount';
const employerFields = '字段：uscc、name、region、kind、keyIndustry、sector、facts（单位事实：streamers、projects，按事实目录校验；修改须在 reason 中写明认定或评定文件）、bankName、bankAccount';

/** The version the caller last saw (If-Match: 3 or "3"), for an optimistic check; absent → no check. */
function ifMatch(req: Req): number | undefined {
  const v = req.headers['if-match'];
  if (v === undefined) return undefined;
  const n = String(v).replace(/"/g, '').trim();
  if (!/^[0-9]{1,9}$/.test(n)) throw P.fieldError('If-Match', '应为档案的版本号（正整数）');
  return Number(n);
}

/** `browse`: the per-address limit of the public region list. */
export function registryRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  app.get('/api/v1/regions', { config: { rateLimit: browse }, schema: { tags: [TAGS.registry], security: [], summary: '地区（市本级、县市区、功能区）' } }, async () => REGIONS);
  route('GET', '/api/v1/persons', TAGS.registry, '人才查询（按姓名或完整身份证号；仅本地区；身份证号、手机号脱敏）', (c, req) => P.listPersons(p, c, req.query), { query: query({ q: '姓名（或其中几个字）或完整的 18 位身份证号', region: '地区代码（如 kecheng）', ...PAGE }) });
  route('POST', '/api/v1/persons', TAGS.registry, '建立人才档案（按身份证号去重）', (c, req, reply) => P.createPerson(p, c, req.body).then((v) => reply.status(201).send(v)), { body: registryBody(`人才档案。${personFields}`) });
  route('GET', '/api/v1/persons/:id', TAGS.registry, '人才档案（脱敏）', (c, req) => P.getPerson(p, c, intId(req)), { params: idParam });
  route(
    'PATCH',
    '/api/v1/persons/:id',
    TAGS.registry,
    '补充或修改人才档案（留痕；If-Match 头为期望版本号）；人才本人可登记或修改自己的收款账户（须 If-Match 与 reason）',
    (c, req) => {
      const { reason, ...fields } = (req.body ?? {}) as Record<string, unknown>;
      return P.updatePerson(p, c, intId(req), fields, ifMatch(req), typeof reason === 'string' ? reason : undefined);
    },
    { params: idParam, body: registryBody(`要修改的字段（只给出要改的）。${personFields}；人才本人只能改 bankName、bankAccount`, { reason: { type: 'string', description: ACCOUNT_REASON } }), response: { 428: errorSchema } },
  );
  route('POST', '/api/v1/recognitions/:id/revoke', TAGS.registry, '撤销人才层次认定（须写明理由；effectiveOn 为撤销生效日期，默认今天，不早于认定生效日、不晚于今天）', (c, req) => P.revokeRecognition(p, c, intId(req), req.body ?? {}), { params: idParam });
  route('POST', '/api/v1/persons/:id/confirm-employment', TAGS.registry, '用人单位确认在职（单位经办人）', (c, req) => P.confirmEmployment(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/persons/:id/history', TAGS.registry, '档案修改历史（谁、何时、修改前后）', (c, req) => P.personHistory(p, c, intId(req)), { params: idParam });
  route('POST', '/api/v1/persons/:id/reveal', TAGS.registry, '查看完整身份证号或手机号（须说明用途，记入审计日志）', (c, req) => P.revealPerson(p, c, intId(req), req.body?.field, req.body?.purpose), { params: idParam });
  route('GET', '/api/v1/employers', TAGS.registry, '单位查询', (c, req) => P.listEmployers(p, c, req.query), { query: query({ q: '单位名称（或其中几个字）或统一社会信用代码', region: '地区代码', ...PAGE }) });
  route('POST', '/api/v1/employers', TAGS.registry, '登记单位（统一社会信用代码校验、去重）', (c, req, reply) => P.createEmployer(p, c, req.body).then((v) => reply.status(201).send(v)), { body: registryBody(`单位信息。${employerFields}`) });
  route('GET', '/api/v1/employers/:id', TAGS.registry, '单位信息', (c, req) => P.getEmployer(p, c, intId(req)), { params: idParam });
  route(
    'PATCH',
    '/api/v1/employers/:id',
    TAGS.registry,
    '修改单位信息（留痕；If-Match 头为期望版本号）；用人单位经办人可登记或修改本单位的收款账户（须 If-Match 与 reason），或只修改本单位的主播 facts.streamers（须 reason：依据的认定或评定文件）',
    (c, req) => {
      const { reason, ...fields } = (req.body ?? {}) as Record<string, unknown>;
      return P.updateEmployer(p, c, intId(req), fields, ifMatch(req), typeof reason === 'string' ? reason : undefined);
    },
    { params: idParam, body: registryBody(`要修改的字段（只给出要改的）。${employerFields}；单位经办人只能改 bankName、bankAccount，或只给 facts.streamers（本单位主播）`, { reason: { type: 'string', description: ACCOUNT_REASON } }), response: { 428: errorSchema } },
  );
}
