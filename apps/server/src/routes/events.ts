// Recruitment events and talent activities (活动) under /api/v1/events: the office's events and
// series with a host rota (轮值), posts from enterprises' open demands, registrations (masked; a full
// read audited), check-in by code, ID number or from the list, outcomes and figures; the public list
// and page, a graduate's registration and feedback by check-in code (no sign-in); a talent's own
// registration and "我的活动".

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject, errorSchema } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { ERR, idem, idParam, intId, query, routeMaker, type Req } from './kit.js';

const TAG = '活动 events';
const str = (description: string) => ({ type: 'string', description });
const int = (description: string) => ({ type: 'integer', description });
const obj = (properties: Record<string, object>) => ({ type: 'object', properties });
const body = (req: Req) => (req.body ?? {}) as Record<string, unknown>;
const SCHOOL = { school: str('毕业（就读）学校'), major: str('专业'), graduationYear: int('毕业年份') };

export function eventsRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  const pub = (max: number) => ({ rateLimit: browse === false ? false : { max, timeWindow: '1 minute' } });

  route('GET', '/api/v1/events/options', TAG, '活动类型（招聘活动、人才活动）与本人可组织活动的地区', async (c) => P.eventOptions(c), { response: { 200: anyObject('选项') } });
  route('GET', '/api/v1/events', TAG, '活动（本人管辖地区；人才办、承办部门、领导）', (c, req) => P.listEvents(p, c, req.query), { query: query({ kind: '活动类型', state: '状态', region: '县（市、区）' }), response: { 200: anyArray('活动') } });
  route('POST', '/api/v1/events', TAG, '创建活动（草稿；人才办经办人员，本人管辖地区）：类型、名称、起止时间（北京时间）、地点或线上链接、名额、报名截止、面向对象；选系列时按轮值顺序建议承办方；Idempotency-Key 相同的重发返回同一活动', (c, req) => P.createEvent(p, c, body(req), idem(req)), {
    body: obj({ kind: str('活动类型'), title: str('活动名称'), region: str('县（市、区）或市本级'), seriesId: int('系列活动编号'), host: str('承办方'), startsAt: str('开始时间 YYYY-MM-DD HH:mm（北京时间）'), endsAt: str('结束时间 YYYY-MM-DD HH:mm（北京时间）'), place: str('地点'), onlineUrl: str('线上链接'), capacity: int('名额'), deadline: str('报名截止 YYYY-MM-DD HH:mm（北京时间，默认开始时间）'), audience: str('面向对象'), idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）') }),
    response: { 200: anyObject('活动') },
  });
  route('GET', '/api/v1/events/series', TAG, '系列活动及轮值名单、历次承办方、下一轮值承办方', (c) => P.listSeries(p, c), { response: { 200: anyArray('系列活动') } });
  route('POST', '/api/v1/events/series', TAG, '设立系列活动及轮值名单（按轮值顺序）', (c, req) => P.createSeries(p, c, body(req)), { body: obj({ kind: str('活动类型'), title: str('系列名称'), region: str('县（市、区）'), hosts: { type: 'array', items: { type: 'string' }, description: '轮值承办方（按顺序）' } }), response: { 200: anyObject('系列活动') } });
  route('GET', '/api/v1/events/figures', TAG, '活动统计：按来源（活动类型）、县（市、区）、月份的活动场次、报名、签到与录用人数', (c, req) => P.eventFigures(p, c, req.query), { query: query({ from: '开始日期 YYYY-MM-DD', to: '结束日期 YYYY-MM-DD' }), response: { 200: anyObject('统计') } });
  route('GET', '/api/v1/me/events', TAG, '我的活动（人才）：报名、签到码、签到时间、评价', (c) => P.myEvents(p, c), { response: { 200: anyArray('我的报名') } });
  route('GET', '/api/v1/events/:id', TAG, '一场活动（本人管辖地区）', (c, req) => P.getEvent(p, c, intId(req)), { params: idParam, response: { 200: anyObject('活动') } });
  for (const [action, label] of [['publish', '发布活动'], ['end', '结束活动'], ['cancel', '取消活动（须说明原因）']] as const)
    route('POST', `/api/v1/events/:id/${action}`, TAG, label, (c, req) => P.moveEvent(p, c, intId(req), action, body(req)), { params: idParam, ...(action === 'cancel' ? { body: obj({ reason: str('取消原因') }) } : {}), response: { 200: anyObject('活动') } });
  route('GET', '/api/v1/events/:id/demands', TAG, '可加入招聘活动的岗位：活动所在地区已核验企业在招的人才需求', (c, req) => P.pickablePosts(p, c, intId(req)), { params: idParam, response: { 200: anyArray('岗位') } });
  route('POST', '/api/v1/events/:id/posts', TAG, '为招聘活动添加参会企业的岗位（从企业人才需求中选择）', (c, req) => P.addPosts(p, c, intId(req), body(req)), { params: idParam, body: obj({ demandIds: { type: 'array', items: { type: 'integer' }, description: '人才需求编号' } }), response: { 200: anyObject('活动') } });
  route('GET', '/api/v1/events/:id/registrations', TAG, '活动报名名单（身份证号、手机号脱敏）', (c, req) => P.listRegistrations(p, c, intId(req)), { params: idParam, response: { 200: anyArray('报名') } });
  route('POST', '/api/v1/events/:id/check-in', TAG, '签到：扫描或粘贴签到码（token）、输入身份证号，或从名单签到（registrationId）；重复签到答复“已签到”及时间', (c, req) => P.checkInAtEvent(p, c, intId(req), body(req)), { params: idParam, body: obj({ token: str('签到码'), idNumber: str('身份证号'), registrationId: int('报名编号') }), response: { 200: anyObject('签到结果') } });
  route('POST', '/api/v1/events/:id/register', TAG, '报名（已登录的人才，以人才库身份）：每场一次，截止前，名额以内，仅已发布的活动；返回签到码', (c, req) => P.registerTalent(p, c, intId(req), body(req)), { params: idParam, body: obj(SCHOOL), response: { 200: anyObject('报名') } });
  route('POST', '/api/v1/event-registrations/:id/reveal', TAG, '查看报名人完整身份证号或手机号（须说明用途，记入审计日志）', (c, req) => P.revealRegistration(p, c, intId(req), body(req)), { params: idParam, body: obj({ field: str('idNumber 或 phone'), purpose: str('用途') }), response: { 200: anyObject('完整信息') } });
  route('POST', '/api/v1/event-registrations/:id/outcomes', TAG, '登记面试、录用结果（招聘活动）：本活动的岗位、结果、日期', (c, req) => P.recordEventOutcome(p, c, intId(req), body(req)), { params: idParam, body: obj({ postId: int('活动岗位编号'), result: str('interview（面试）、offer（录用）、rejected（未录用）'), on: str('日期 YYYY-MM-DD') }), response: { 200: anyObject('报名') } });

  app.get('/api/v1/public/events', { config: { rateLimit: browse }, schema: { tags: [TAG], security: [], summary: '活动列表（无需登录）：已发布和已结束的活动及招聘岗位', response: { 200: anyArray('活动') } } }, async () => P.publicEvents(p));
  app.get('/api/v1/public/events/:id', { config: { rateLimit: browse }, schema: { tags: [TAG], security: [], summary: '一场已发布的活动（无需登录）', params: idParam, response: { 200: anyObject('活动'), ...ERR } } }, async (req) => P.publicEvent(p, (req.params as { id: string }).id));
  app.post('/api/v1/public/events/:id/register', { config: pub(20), schema: { tags: [TAG], security: [], summary: '高校毕业生报名（无需登录，未在人才库）：姓名、身份证号、手机号、学校、专业、毕业年份；返回签到码（请保存二维码）', params: idParam, body: obj({ name: str('姓名'), idNumber: str('身份证号'), phone: str('手机号'), ...SCHOOL }), response: { 200: anyObject('报名'), ...ERR, 429: errorSchema } } }, async (req) => P.registerGuest(p, (req.params as { id: string }).id, req.body));
  app.post('/api/v1/public/events/feedback', { config: pub(20), schema: { tags: [TAG], security: [], summary: '活动评价（无需登录，凭签到码）：签到后评分 1–5 及意见，每人一次', body: obj({ token: str('签到码'), rating: int('评分 1–5'), comment: str('意见建议') }), response: { 200: anyObject('评价'), ...ERR, 429: errorSchema } } }, async (req) => P.giveFeedback(p, req.body));
}
