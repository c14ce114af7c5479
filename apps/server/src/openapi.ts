// The OpenAPI document the API publishes at /openapi.json (and /docs): its header (servers, licence,
// tags, the two security schemes) and a per-route finishing step that gives every operation what a
// standard linter and a generated client need — an operationId, the security it really requires,
// a success response and the 429 of a rate-limited route. It changes the document only, never how a
// route validates or answers. Checked in `npm test` (openapi.test.ts: Redocly's recommended rules,
// the documented security against what the routes do, and the generated client in
// packages/api-client being current).

import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { SESSION_COOKIE, CSRF_HEADER } from './platform/session.js';
import { errorSchema } from './schemas.js';

/** The tags, each with what its operations are for. */
const TAGS: Array<{ name: string; description: string }> = [
  { name: '计算 calculate', description: '公开的政策计算器：输入档案，得出可享受的待遇、依据条款和还缺哪些事实' },
  { name: '政策 policies', description: '政策包：条款原文、规则和带日期的参数取值' },
  { name: '档案 profile', description: '计算和申报所用的档案字段与资格目录' },
  { name: '账户 auth', description: '登录、退出、当前用户与修改密码' },
  { name: '人才库 registry', description: '人才、用人单位、认定与批量导入导出（按地区和角色限定范围）' },
  { name: '申报 applications', description: '事项申报：材料、提交、受理、联审、核定、消息与免申即享' },
  { name: '兑付 ledger', description: '兑付台账、单笔支付与支付批次（每笔只付一次）' },
  { name: '管理 admin', description: '账户管理、财政分担、工作日历、超期提醒、统计与审计校验' },
  { name: '官方数值 official values', description: '由两名工作人员录入并确认、带出处的官方参数取值' },
  { name: '工作清单 worklist', description: '重点任务清单：目标、责任单位填报（填报员 → 负责人签发 → 人才办审核）、推进情况与季度通报' },
  { name: '模拟 simulation', description: '政策调整的全市预算模拟（工作人员）' },
  { name: '签名 signing', description: '本市签发凭证（人才码、企业码、证书）的验证公钥，供合作单位离线验证' },
];

export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'rencai 人才政策平台 API',
      version: '1.0.0',
      description:
        '政策即代码：计算人才可享受的政策待遇，逐条引用原文、精确到分。金额：整数“分”（…Fen）并附元（amountYuan 字符串、amountText）。错误一律为 {error, errors: [{path, message}]}，说明为中文。' +
        `登录（POST /api/v1/auth/login）后会话在 Cookie ${SESSION_COOKIE} 中；除 GET 外的请求还须带请求头 ${CSRF_HEADER}（其值见登录或 GET /api/v1/auth/me 的 csrfToken）。` +
        '类型化客户端：packages/api-client（由本文档生成）。',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/', description: '本服务（与文档同一地址）' }],
    tags: TAGS,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: '登录后服务器设置的会话 Cookie（HttpOnly，12 小时）' },
        csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: '防跨站请求伪造令牌：GET 以外的已登录请求必带，值为登录或 /api/v1/auth/me 返回的 csrfToken' },
      },
    },
  },
  transform: ({ schema, url, route }) => {
    const method = (Array.isArray(route.method) ? route.method[0] : route.method) ?? 'GET';
    const s = { ...(schema as Record<string, unknown>) };
    if (s.hide) return { schema: s, url };
    s.operationId ??= operationId(method, url);
    // A route that declares `security: []` is public; every other one needs a signed-in session, and
    // the CSRF header too unless it only reads.
    s.security ??= method === 'GET' ? [{ session: [] }] : [{ session: [], csrf: [] }];
    const response = { ...((s.response as Record<string, unknown> | undefined) ?? {}) };
    if (!Object.keys(response).some((code) => code.startsWith('2'))) response[200] = { description: '成功（JSON；导出与模板为文件下载）' };
    if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) response[429] ??= { ...errorSchema, description: '请求过于频繁（按来源地址限流），请稍后再试' };
    s.response = response;
    return { schema: s, url };
  },
};

/**
 * A stable operationId from the method and path: GET /api/v1/applications/:id/files → getApplicationsByIdFiles
 * (a client generator turns it into a function name).
 */
export function operationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((part) => (part.startsWith(':') || part.startsWith('{') ? ['by', part.replace(/[:{}]/g, '')] : part.split(/[-_.]/)));
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
