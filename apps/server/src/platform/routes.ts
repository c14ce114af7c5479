// The platform's REST API under /api/v1: sign-in, the registry, matters and applications with joint
// review, the ledger and payment batches, proactive eligibility, the dashboard and administration.
// Thin: each handler reads the caller from the session and calls one @rencai/platform service;
// errors are {error, errors:[{path, message}]} in Chinese with 400/401/403/404/409/422/429.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import * as P from '@rencai/platform';
import { verifyAudit } from '@rencai/store';
import { REGIONS } from '@rencai/policies';
import { anyArray, anyObject, errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { callerOf, clearSessionCookie, CSRF_HEADER, SESSION_COOKIE, sessionOf, setSessionCookie } from './session.js';
import { evidenceHeaders } from '../security-headers.js';
import { readUpload, UPLOAD_LIMITS } from './upload-body.js';
import { registerOfficialValueRoutes } from './official-values-routes.js';

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string>; Body: Record<string, unknown> }>;
type Handler = (c: P.Caller, req: Req, reply: FastifyReply) => Promise<unknown>;

const ERR = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const idParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$', description: '编号' } }, required: ['id'] };

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

function intId(req: Req): number {
  return Number(req.params.id);
}

/** The version the caller last saw (If-Match: 3 or "3"), for an optimistic check; absent → no check. */
function ifMatch(req: Req): number | undefined {
  const v = req.headers['if-match'];
  if (v === undefined) return undefined;
  const n = String(v).replace(/"/g, '').trim();
  if (!/^[0-9]{1,9}$/.test(n)) throw P.fieldError('If-Match', '应为档案的版本号（正整数）');
  return Number(n);
}

/** `browse`: the per-address limit of the public read-only routes (sign-in has its own). */
export async function registerPlatformRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse'] = false): Promise<void> {
  await app.register(cookie);
  await app.register(multipart, { limits: UPLOAD_LIMITS });
  // Rate limits: @fastify/rate-limit is registered by the app (apps/server/src/app.ts).

  const route = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, tag: string, summary: string, handler: Handler, extra: { params?: object; body?: object; description?: string; response?: object } = {}) => {
    app.route({
      method,
      url,
      schema: { tags: [tag], summary, ...(extra.description ? { description: extra.description } : {}), ...(extra.params ? { params: extra.params } : {}), ...(extra.body ? { body: extra.body } : {}), response: { ...ERR, ...(extra.response ?? {}) } },
      handler: async (req, reply) => handler(await callerOf(p, req), req as Req, reply),
    });
  };

  // ---- sign-in
  const AUTH = '账户 auth';
  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: [AUTH],
        security: [],
        summary: '登录（用户名 + 密码）；返回用户与 CSRF 令牌，并设置 HttpOnly 会话 Cookie',
        description: '失败按“用户名 + 来源地址”计数：同一地址对同一用户名每小时前 5 次失败不受限，之后每次须等待逐次加倍的时间（1、2、4、8，最长 15 分钟），期间回答 429；同一地址每小时最多失败 30 次；同一用户名每小时失败超过 50 次后，只有未曾失败过的地址还能尝试。不存在的用户名与存在的同样计数、同样回答。mustChangePassword 为 true 时须先修改密码（POST /api/v1/auth/password），其他请求一律 403。',
        body: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } } },
        response: { 200: anyObject('用户、csrfToken 与 mustChangePassword'), ...ERR, 429: errorSchema },
      },
    },
    async (req, reply) => {
      const b = (req.body ?? {}) as { username?: unknown; password?: unknown };
      const s = await P.login(p, b.username, b.password, { address: req.ip });
      setSessionCookie(req, reply, s.token);
      return { user: s.caller, roleLabel: P.ROLE_LABELS[s.caller.role], csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword };
    },
  );
  app.post('/api/v1/auth/logout', { schema: { tags: [AUTH], summary: '退出登录（须带 x-csrf-token 请求头；记入审计日志）；未登录时什么也不做', security: [{ session: [], csrf: [] }, {}], response: ERR } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    const s = await P.resolveSession(p, token);
    if (s && req.headers[CSRF_HEADER] !== s.csrfToken) throw new P.PlatformError(403, '缺少或错误的 CSRF 令牌（请求头 x-csrf-token），请刷新页面后重试');
    if (s) await P.logout(p, token);
    clearSessionCookie(req, reply);
    return { ok: true };
  });
  app.get('/api/v1/auth/me', { schema: { tags: [AUTH], summary: '当前用户、CSRF 令牌，以及是否须先修改密码（mustChangePassword）', response: { 200: anyObject('用户'), ...ERR } } }, async (req) => {
    const s = await P.resolveSession(p, req.cookies[SESSION_COOKIE]);
    if (!s) throw new P.PlatformError(401, '请先登录（会话不存在或已过期）');
    return { user: s.caller, roleLabel: P.ROLE_LABELS[s.caller.role], csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword };
  });
  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: [AUTH],
        summary: '修改本人密码（currentPassword、newPassword；新密码至少 10 位、不含用户名、不用演示密码）；本会话保留，其他会话全部结束',
        body: { type: 'object', properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } } },
        response: { 200: anyObject('{ok, mustChangePassword: false, sessionsEnded}'), ...ERR, 429: errorSchema },
      },
    },
    async (req) => {
      const s = await sessionOf(p, req);
      const r = await P.changePassword(p, s.caller.userId, (req.body ?? {}) as P.PasswordChange, { keepSessionToken: s.token, address: req.ip });
      return { ok: true, mustChangePassword: false, sessionsEnded: r.sessionsEnded };
    },
  );
  app.get('/api/v1/auth/demo', { config: { rateLimit: browse }, schema: { tags: [AUTH], security: [], summary: '演示账号（仅列出本数据库中存在、未停用、仍用演示密码 rencai-demo-2026 的演示账号）' } }, async () => ({ accounts: await P.demoAccountsPresent(p) }));
  app.get('/api/v1/regions', { config: { rateLimit: browse }, schema: { tags: ['人才库 registry'], security: [], summary: '地区（市本级、县市区、功能区）' } }, async () => REGIONS);

  // ---- registry
  const T = '人才库 registry';
  route('GET', '/api/v1/persons', T, '人才查询（按姓名或完整身份证号；仅本地区；身份证号、手机号脱敏）', (c, req) => P.listPersons(p, c, req.query));
  route('POST', '/api/v1/persons', T, '建立人才档案（按身份证号去重）', (c, req, reply) => P.createPerson(p, c, req.body).then((v) => reply.status(201).send(v)), { body: registryBody(`人才档案。${personFields}`) });
  route('GET', '/api/v1/persons/:id', T, '人才档案（脱敏）', (c, req) => P.getPerson(p, c, intId(req)), { params: idParam });
  route(
    'PATCH',
    '/api/v1/persons/:id',
    T,
    '补充或修改人才档案（留痕；If-Match 头为期望版本号）；人才本人可登记或修改自己的收款账户（须 If-Match 与 reason）',
    (c, req) => {
      const { reason, ...fields } = (req.body ?? {}) as Record<string, unknown>;
      return P.updatePerson(p, c, intId(req), fields, ifMatch(req), typeof reason === 'string' ? reason : undefined);
    },
    { params: idParam, body: registryBody(`要修改的字段（只给出要改的）。${personFields}；人才本人只能改 bankName、bankAccount`, { reason: { type: 'string', description: ACCOUNT_REASON } }), response: { 428: errorSchema } },
  );
  route('POST', '/api/v1/recognitions/:id/revoke', T, '撤销人才层次认定（须写明理由；effectiveOn 为撤销生效日期，默认今天，不早于认定生效日、不晚于今天）', (c, req) => P.revokeRecognition(p, c, intId(req), req.body ?? {}), { params: idParam });
  route('POST', '/api/v1/persons/:id/confirm-employment', T, '用人单位确认在职（单位经办人）', (c, req) => P.confirmEmployment(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/persons/:id/history', T, '档案修改历史（谁、何时、修改前后）', (c, req) => P.personHistory(p, c, intId(req)), { params: idParam });
  route('POST', '/api/v1/persons/:id/reveal', T, '查看完整身份证号或手机号（须说明用途，记入审计日志）', (c, req) => P.revealPerson(p, c, intId(req), req.body?.field, req.body?.purpose), { params: idParam });
  route('GET', '/api/v1/employers', T, '单位查询', (c, req) => P.listEmployers(p, c, req.query));
  route('POST', '/api/v1/employers', T, '登记单位（统一社会信用代码校验、去重）', (c, req, reply) => P.createEmployer(p, c, req.body).then((v) => reply.status(201).send(v)), { body: registryBody(`单位信息。${employerFields}`) });
  route('GET', '/api/v1/employers/:id', T, '单位信息', (c, req) => P.getEmployer(p, c, intId(req)), { params: idParam });
  route(
    'PATCH',
    '/api/v1/employers/:id',
    T,
    '修改单位信息（留痕；If-Match 头为期望版本号）；用人单位经办人可登记或修改本单位的收款账户（须 If-Match 与 reason）',
    (c, req) => {
      const { reason, ...fields } = (req.body ?? {}) as Record<string, unknown>;
      return P.updateEmployer(p, c, intId(req), fields, ifMatch(req), typeof reason === 'string' ? reason : undefined);
    },
    { params: idParam, body: registryBody(`要修改的字段（只给出要改的）。${employerFields}；单位经办人只能改 bankName、bankAccount`, { reason: { type: 'string', description: ACCOUNT_REASON } }), response: { 428: errorSchema } },
  );
  route('POST', '/api/v1/import/persons', T, '批量导入人才（.xlsx 或 .csv，multipart 字段 file，≤10 MB、≤10 万行、≤64 列、单元格≤1000 字）：逐行报告错误，正确行入库', async (c, req) => {
    P.mayImport(c, 'persons');
    const f = await readUpload(req);
    return P.importPersons(p, c, f.content, f.filename);
  });
  route('POST', '/api/v1/import/employers', T, '批量导入单位（.xlsx 或 .csv，限制同人才导入）', async (c, req) => {
    P.mayImport(c, 'employers');
    const f = await readUpload(req);
    return P.importEmployers(p, c, f.content, f.filename);
  });
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  /** An attachment name: ASCII for old clients, the Chinese one (RFC 5987) for the rest. */
  const attachment = (ascii: string, chinese: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;
  route('GET', '/api/v1/import/persons/template', T, '人才导入模板（经办人员；.xlsx：导入读取的列名行，身份证号、手机号、信用代码、银行账号列为文本格式；第二张表“填写说明”列出每列是否必填、可填值、格式和示例）', async (c, _req, reply) => {
    const buf = await P.importTemplate(c, 'persons');
    return reply.header('content-disposition', attachment('persons-template.xlsx', '人才导入模板.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/import/employers/template', T, '单位导入模板（.xlsx，同上）', async (c, _req, reply) => {
    const buf = await P.importTemplate(c, 'employers');
    return reply.header('content-disposition', attachment('employers-template.xlsx', '单位导入模板.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/export/persons', T, '导出人才（?format=xlsx|csv，脱敏）', async (c, req, reply) => {
    const format = req.query.format === 'csv' ? 'csv' : 'xlsx';
    const buf = await P.exportPersons(p, c, format);
    reply.header('content-disposition', `attachment; filename="persons.${format}"`);
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(buf);
  });
  route('GET', '/api/v1/export/employers', T, '导出单位（.xlsx）', async (c, _req, reply) => {
    const buf = await P.exportEmployers(p, c);
    reply.header('content-disposition', 'attachment; filename="employers.xlsx"').type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(buf);
  });

  // ---- matters and applications
  const A = '申报 applications';
  app.get('/api/v1/matters', { config: { rateLimit: browse }, schema: { tags: [A], security: [], summary: '事项目录：条款、申报主体、所需材料（人才库已有的免交）、联审部门、承诺时限', response: { 200: anyArray('事项') } } }, async () => P.MATTERS.map((m) => P.matterView(m)));
  route('GET', '/api/v1/export/applications', A, '导出申报件队列（工作人员；?format=xlsx|csv&state=&matter=&overdue=true&q=，与队列的范围和筛选相同；记入审计日志）', async (c, req, reply) => {
    const format = req.query.format ?? 'xlsx';
    const buf = await P.exportApplications(p, c, format, { state: req.query.state || undefined, matter: req.query.matter || undefined, overdue: req.query.overdue === 'true', awaitingMyReview: req.query.awaitingMyReview === 'true', q: req.query.q || undefined });
    return reply.header('content-disposition', attachment(`applications.${format}`, `申报件.${format}`)).type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX).send(buf);
  });
  route('GET', '/api/v1/applications', A, '申报件列表（按期限排序；?state=&matter=&overdue=true&awaitingMyReview=true&q=&page=&pageSize=；q 为申报人姓名（或其中几个字）或完整的 18 位身份证号）', (c, req) => P.listApplications(p, c, { ...req.query, overdue: req.query.overdue === 'true', awaitingMyReview: req.query.awaitingMyReview === 'true' }));
  route('POST', '/api/v1/applications', A, '新建申报（草稿）；同一申报人同一事项同一期间已有在办申报件时 409，并指明该申报件', (c, req, reply) => P.createApplication(p, c, req.body ?? {}).then((a) => P.getApplication(p, c, a.id)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/applications/:id', A, '申报件详情：材料、办理记录、联审意见、核定结果', (c, req) => P.getApplication(p, c, intId(req)), { params: idParam });
  route('POST', '/api/v1/applications/:id/files', A, '上传材料（multipart：material 字段 + 一个 file；PDF/JPEG/PNG，≤10 MB）；先核对申报件和权限，再读取文件', async (c, req, reply) => {
    await P.mayUploadTo(p, c, intId(req));
    const f = await readUpload(req);
    return reply.status(201).send(await P.attachFile(p, c, intId(req), f.fields.material, f.filename, f.content));
  }, { params: idParam });
  app.get<{ Params: { id: string; sha: string } }>(
    '/api/v1/applications/:id/files/:sha',
    {
      schema: {
        tags: [A],
        summary: '下载材料（仅能查看该申报件的人）：类型按文件内容识别，图片和 PDF 可在浏览器中直接查看，其他一律作为附件下载',
        params: { type: 'object', properties: { id: idParam.properties.id, sha: { type: 'string', pattern: '^[0-9a-f]{64}$', description: '材料的 SHA-256' } }, required: ['id', 'sha'] },
        response: { 200: { type: 'string', format: 'binary', description: 'PDF、JPEG 或 PNG' }, ...ERR },
      },
    },
    async (req, reply) => {
      const c = await callerOf(p, req);
      const f = await P.readFile(p, c, Number(req.params.id), req.params.sha);
      return evidenceHeaders(reply, f.content, `evidence-${req.params.sha.slice(0, 12)}`).send(f.content);
    },
  );
  const step = (name: string, summary: string, fn: (c: P.Caller, id: number, body: Record<string, unknown>) => Promise<unknown>) =>
    route('POST', `/api/v1/applications/:id/${name}`, A, summary, async (c, req) => {
      await fn(c, intId(req), (req.body ?? {}) as Record<string, unknown>);
      return P.getApplication(p, c, intId(req));
    }, { params: idParam });
  step('submit', '提交（或补正后重新提交）', (c, id, b) => P.submit(p, c, id, typeof b.version === 'number' ? b.version : undefined));
  step('withdraw', '撤回', (c, id, b) => P.withdraw(p, c, id, typeof b.reason === 'string' ? b.reason : undefined));
  step('return', '退回补正（一次性列出全部所缺材料）', (c, id, b) => P.returnForMaterials(p, c, id, b.missing, b.reason));
  step('accept', '受理并发起联审', (c, id) => P.accept(p, c, id));
  step('reviews', '联审部门意见（approve/reject + 理由）', (c, id, b) => P.review(p, c, id, b));
  step('approve', '核准：逐条规则核定（事实齐全的规则各自核定兑付，缺少事实的规则列为待定、不阻碍其他规则；金额按规则计算，调整金额须写明理由并由第二人复核；全部规则都缺少事实时 422）', (c, id, b) => P.approve(p, c, id, b));
  step('open-rules/decide', '补充核定待定的规则（其事实已补录后；新的一次决定，单独的核定回执；调整金额同样须第二人复核；仍缺少事实时 422）', (c, id, b) => P.decideOpenRules(p, c, id, b));
  step('open-rules/close', '结束待定的规则、不予核定（须写明理由 reason）', (c, id, b) => P.closeOpenRules(p, c, id, b.reason));
  step('confirm-adjustment', '第二人复核调整后的金额（首次核准或补充核定）', (c, id) => P.confirmAdjustment(p, c, id));
  step('reject', '不予通过（须说明理由）', (c, id, b) => P.reject(p, c, id, b.reason));
  route('GET', '/api/v1/applications/:id/computation', A, '按认定事实计算的金额与逐步解释（核定依据）', (c, req) => P.preview(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/decisions/changes', A, '历史核定的影响清单：按现行政策包和人才库事实重算，列出会得出不同结果的决定', (c) => P.decisionChanges(p, c));
  route('GET', '/api/v1/messages', A, '站内消息', (c) => P.listMessages(p, c));
  route('POST', '/api/v1/messages/read', A, '标为已读（ids：消息编号数组；不传则全部标为已读）', (c, req) => P.markMessagesRead(p, c, req.body?.ids));
  route('GET', '/api/v1/me/entitlements', A, '我的待遇：按认定事实计算，以及可申报的事项（免申即享）', (c) => P.myEntitlements(p, c));

  // ---- ledger and payments
  const L = '兑付 ledger';
  const idem = (req: Req) => (req.headers['idempotency-key'] as string | undefined) ?? (req.body?.idempotencyKey as string | undefined);
  const optionalId = (req: Req, name: string): number | undefined => {
    const v = req.query[name];
    if (v === undefined || v === '') return undefined;
    if (!/^[1-9][0-9]{0,14}$/.test(v)) throw P.fieldError(name, '应为正整数编号');
    return Number(v);
  };
  route('GET', '/api/v1/ledger', L, '资金台账与余额（?personId=&employerId=&applicationId=）', (c, req) =>
    P.ledgerLines(p, c, { personId: optionalId(req, 'personId'), employerId: optionalId(req, 'employerId'), applicationId: optionalId(req, 'applicationId') }),
  );
  route('POST', '/api/v1/ledger/payments', L, '登记一笔兑付（Idempotency-Key 头必填；同一分期只兑付一次；已列入待兑付批次的分期只能由批次入账，409）', (c, req, reply) => P.payInstalment(p, c, req.body?.instalmentKey, idem(req)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/payment-batches', L, '兑付批次', (c) => P.listBatches(p, c));
  route('POST', '/api/v1/payment-batches', L, '生成兑付批次（本地区到期未兑付款项；Idempotency-Key 头必填）', (c, req, reply) => P.createBatch(p, c, req.body?.region, idem(req)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/payment-batches/:id', L, '批次明细（收款账号脱敏；missingAccounts 为缺少收款账户的笔数）', (c, req) => P.getBatch(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/payment-batches/:id/export', L, '导出批次 Excel（交财政局；含完整收款账号，导出记入审计日志）', async (c, req, reply) => {
    const buf = await P.exportBatch(p, c, intId(req));
    return reply.header('content-disposition', `attachment; filename="batch-${intId(req)}.xlsx"`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
  }, { params: idParam });
  route('POST', '/api/v1/payment-batches/:id/result', L, '导入银行结果文件（.xlsx 或 .csv，限制同人才导入）：整批入账或整批不入账；已另行入账的分期不重复入账，在 alreadyBooked 中逐行列出', async (c, req) => {
    await P.mayImportBankResult(p, c, intId(req));
    const f = await readUpload(req);
    return P.importBankResult(p, c, intId(req), f.content, f.filename);
  }, { params: idParam });

  // ---- proactive, dashboard, administration
  const M = '管理 admin';
  route('POST', '/api/v1/proactive/run', M, '免申即享筛查（create=true 时按事项配置自动生成申报，仅人才办经办人员；领导、管理员只能筛查）', (c, req) => P.runProactive(p, c, { create: req.body?.create === true }));
  const dashboardRange = '?from=&to=（YYYY-MM-DD，均可省略）按日期筛选：申报件按提交日，资金按台账记账日（北京时间）；人才库人数为当前数，不受日期影响。';
  route('GET', '/api/v1/stats/dashboard', M, '领导驾驶舱数据：人才分布、资金、办件、按时办结率（按已办结件计算）与在办超期件数', (c, req) => P.dashboard(p, c, req.query), { description: dashboardRange });
  route('GET', '/api/v1/stats/dashboard/export', M, '导出驾驶舱数据 Excel（工作人员和领导；范围同驾驶舱）', async (c, req, reply) => {
    const buf = await P.exportDashboard(p, c, req.query);
    const range = P.dashboardRange(req.query);
    const name = ['dashboard', range.from, range.to].filter(Boolean).join('_');
    return reply.header('content-disposition', `attachment; filename="${name}.xlsx"`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
  }, { description: dashboardRange });
  route('GET', '/api/v1/admin/users', M, '账户列表（管理员；?q= 用户名或姓名的一部分，?page=、?pageSize=）', (c, req) => P.listUsers(p, c, req.query));
  route('POST', '/api/v1/admin/users', M, '新建账户（管理员）；新账户首次登录须修改密码', async (c, req, reply) => {
    P.requireRole(c, ['admin'], '新建账户');
    const id = await P.createUser(p, (req.body ?? {}) as unknown as P.NewUser, c, { mustChangePassword: true });
    return reply.status(201).send({ id });
  });
  route('POST', '/api/v1/admin/users/:id/disable', M, '停用账户（管理员；reason 必填）：不能再登录，现有会话立即结束', (c, req) => P.disableUser(p, c, intId(req), req.body?.reason).then((r) => ({ ok: true, ...r })), { params: idParam });
  route('POST', '/api/v1/admin/users/:id/enable', M, '重新启用已停用的账户（管理员）', (c, req) => P.enableUser(p, c, intId(req)).then(() => ({ ok: true })), { params: idParam });
  route('PUT', '/api/v1/admin/fiscal-shares/:region', M, '设置财政分担比例（市级 %）', async (c, req) => {
    await P.setCityShare(p, c, req.params.region ?? '', req.body?.cityPct);
    return { ok: true };
  });
  route('PUT', '/api/v1/admin/calendar/:year', M, '维护某年节假日与调休安排（记入审计日志）', async (c, req) => {
    P.requireRole(c, ['admin'], '维护工作日历');
    p.calendar = await P.setCalendarYear(p.db, Number(req.params.year), String(req.body?.source ?? ''), (req.body?.days ?? []) as never, c);
    return { ok: true };
  });
  route('POST', '/api/v1/admin/overdue', M, '标记超期申报件并提请督办', async (c) => {
    P.requireRole(c, ['admin', 'leader'], '运行督办');
    return { flagged: await P.flagOverdue(p) };
  });
  route('GET', '/api/v1/admin/audit/verify', M, '校验审计日志哈希链', async (c) => {
    P.requireRole(c, ['admin'], '校验审计日志');
    return verifyAudit(p.db);
  });

  await registerOfficialValueRoutes(app, p);
}
