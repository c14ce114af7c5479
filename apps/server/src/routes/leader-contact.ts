// Leaders' contact with high-level talents (领导联系服务高层次人才) under /api/v1/leader-contact: assigning a
// talent to a leader, the talents a leader contacts (我联系的人才) or a clerk's regions, contact records
// with the problems raised (to the enterprises' pool, else this module's own list; the same
// Idempotency-Key answers with the same contact), coverage, the own problem list, service teams
// (人才服务团), and the yearly satisfaction survey with results by county.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idem, idParam, intId, query, routeMaker, type Req } from './kit.js';

const TAG = '领导联系人才 leader-contact';
const str = (description: string) => ({ type: 'string', description });
const BASE = '/api/v1/leader-contact';
const body = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const problems = { type: 'array', items: { type: 'object', properties: { category: str('问题类别：talent（人才招引）、housing（住房）、schooling（子女就学）、policy（政策兑现）、other（其他）'), description: str('问题描述') } }, description: '人才反映的问题（工作单位为本平台已核验企业的进入企业问题池，否则进入本模块问题清单）' };

export function leaderContactRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', `${BASE}/options`, TAG, '表单选项：联系方式、问题类别、满意度等级', async () => ({ ways: Object.entries(P.LEADER_CONTACT_WAYS).map(([code, label]) => ({ code, label })), categories: Object.entries(P.PROBLEM_CATEGORIES).map(([code, v]) => ({ code, label: v.label })), levels: Object.entries(P.SATISFACTION_LEVELS).map(([code, label]) => ({ code, label })), items: P.SURVEY_ITEMS }), { response: { 200: anyObject('选项') } });
  route('GET', `${BASE}/talents`, TAG, '联系的人才（领导：我联系的人才；人才办：本人管辖地区）', (c, req) => P.listAssignedTalents(p, c, req.query), { query: query({ leader: '领导账号编号', region: '县（市、区）' }), response: { 200: anyArray('联系的人才') } });
  route('POST', `${BASE}/assignments`, TAG, '安排领导联系高层次人才（人才办）：人才须为第19条所列高层次人才；每名人才同时只有一名联系领导，改派保留历史', (c, req) => P.assignLeader(p, c, req.body ?? {}), { body: body({ personId: { type: 'integer', description: '人才库编号' }, leaderId: { type: 'integer', description: '领导账号编号' } }), response: { 200: anyObject('联系的人才') } });
  route('GET', `${BASE}/leaders`, TAG, '可安排的领导（分管本人管辖地区的领导）', (c) => P.assignableLeaders(p, c), { response: { 200: anyArray('领导') } });
  route('GET', `${BASE}/talents/:id`, TAG, '一名联系人才：联系领导（人才办可见改派历史）与联系记录', (c, req) => P.getAssignedTalent(p, c, intId(req)), { params: idParam, response: { 200: anyObject('联系的人才') } });
  route('POST', `${BASE}/talents/:id/contacts`, TAG, '登记联系记录：联系日期不晚于今天、不早于安排联系之日，联系方式（走访、座谈、电话、其他），联系内容，反映的问题；Idempotency-Key 相同的重发返回同一记录', (c, req) => P.recordContact(p, c, intId(req), req.body ?? {}, idem(req as Req)), {
    params: idParam,
    body: body({ contactedOn: str('联系日期 YYYY-MM-DD'), way: str('联系方式：visit（走访）、forum（座谈）、phone（电话）、other（其他）'), content: str('联系内容'), problems, idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）') }),
    response: { 200: anyObject('联系记录') },
  });
  route('GET', `${BASE}/contacts`, TAG, '联系记录（领导：本人；人才办：本人管辖地区）', (c, req) => P.listContacts(p, c, req.query), { query: query({ person: '人才库编号', leader: '领导账号编号', year: '年度' }), response: { 200: anyArray('联系记录') } });
  route('GET', `${BASE}/coverage`, TAG, '联系覆盖情况：安排联系的人才中年度、各季度至少联系一次的人数，按县（市、区）和领导', (c, req) => P.contactCoverage(p, c, req.query), { query: query({ year: '年度（默认今年）' }), response: { 200: anyObject('覆盖情况') } });
  route('GET', `${BASE}/problems`, TAG, '人才反映的问题（人才办：本人管辖地区；含转入企业问题池的）', (c, req) => P.listContactProblems(p, c, req.query), { query: query({ state: 'open（待解决）或 solved（已解决）', team: '人才服务团编号' }), response: { 200: anyArray('问题') } });
  route('POST', `${BASE}/problems/:id/solve`, TAG, '答复本模块清单中的问题：解决情况、解决日期、承办的人才服务团', (c, req) => P.solveContactProblem(p, c, intId(req), req.body ?? {}), { params: idParam, body: body({ answer: str('解决情况'), solvedOn: str('解决日期 YYYY-MM-DD（默认今天）'), teamId: { type: 'integer', description: '人才服务团编号' } }), response: { 200: anyObject('问题') } });
  route('POST', `${BASE}/problems/:id/team`, TAG, '把本模块清单中的问题交给人才服务团', (c, req) => P.assignProblemToTeam(p, c, intId(req), req.body ?? {}), { params: idParam, body: body({ teamId: { type: 'integer', description: '人才服务团编号' } }), response: { 200: anyObject('问题') } });
  route('GET', `${BASE}/teams`, TAG, '人才服务团：成员、服务的人才和企业、承接与解决的问题数', (c) => P.listTeams(p, c), { response: { 200: anyArray('人才服务团') } });
  route('POST', `${BASE}/teams`, TAG, '组建人才服务团（人才办）：县（市、区）、名称、成员（姓名、单位）、服务的人才（人才库编号）和企业（企业编号）', (c, req) => P.createTeam(p, c, req.body ?? {}), {
    body: body({ region: str('县（市、区）'), name: str('名称'), members: { type: 'array', items: { type: 'object', properties: { name: str('姓名'), unit: str('单位') } } }, servedPersons: { type: 'array', items: { type: 'integer' } }, servedEnterprises: { type: 'array', items: { type: 'integer' } } }),
    response: { 200: anyObject('人才服务团') },
  });
  route('POST', `${BASE}/teams/:id/pool-problems`, TAG, '人才服务团承接企业问题池中的问题（每个问题只由一个服务团承接）', (c, req) => P.linkPoolProblem(p, c, intId(req), req.body ?? {}), { params: idParam, body: body({ problemId: { type: 'integer', description: '问题池中的问题编号' } }), response: { 200: anyObject('人才服务团') } });
  route('GET', `${BASE}/surveys`, TAG, '已发起的满意度调查', (c) => P.listSurveys(p, c), { response: { 200: anyArray('满意度调查') } });
  route('POST', `${BASE}/surveys`, TAG, '发起年度满意度调查（人才办；每年一次）', (c, req) => P.openSurvey(p, c, req.body ?? {}), { body: body({ year: { type: 'integer', description: '年度' } }), response: { 200: anyObject('满意度调查') } });
  route('GET', `${BASE}/surveys/mine`, TAG, '人才本人：今年的满意度调查与是否已填写', (c) => P.mySurvey(p, c), { response: { 200: anyObject('满意度调查') } });
  route('POST', `${BASE}/surveys/answers`, TAG, '人才本人填写今年的满意度调查（每年一次）：总体满意度、各项满意度、意见建议', (c, req) => P.answerSurvey(p, c, req.body ?? {}), {
    body: body({ year: { type: 'integer', description: '年度' }, overall: str('总体满意度：very_satisfied（很满意）、satisfied（满意）、basic（基本满意）、unsatisfied（不满意）'), items: { type: 'object', description: '各项满意度：policy_cash（人才政策兑现）、services（人才服务）、environment（创新创业和生活环境）' }, comment: str('意见建议') }),
    response: { 200: anyObject('已填写') },
  });
  route('GET', `${BASE}/surveys/:year/results`, TAG, '满意度调查结果（按县（市、区））：答卷数、满意率（很满意+满意）及各项满意率；答卷少于 5 份的显示“样本不足”', (c, req) => P.surveyResults(p, c, (req.params as { year: string }).year), { params: { type: 'object', properties: { year: str('年度') }, required: ['year'] }, response: { 200: anyObject('调查结果') } });
}
