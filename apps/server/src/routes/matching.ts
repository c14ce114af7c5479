// 人岗匹配 under /api/v1/matching: a talent's opt-in to be found with wishes and the enterprises'
// requests to contact them (accept or decline); for an enterprise's own demand (or its county's staff)
// the masked candidates ranked by fit with the reasons; contact requests, withdrawal, and the audited
// reveal of an accepted candidate's name and phone.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyObject } from '../schemas.js';
import { idParam, intId, routeMaker } from './kit.js';

const TAG = '人岗匹配 matching';
const BASE = '/api/v1/matching';
const strList = (description: string) => ({ type: 'array', items: { type: 'string' }, description });

export function matchingRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', `${BASE}/options`, TAG, '表单选项：意向地区（县、市、区）与意向行业（国民经济行业门类）', async () => P.matchingOptions(), { response: { 200: anyObject('选项') } });
  route('GET', `${BASE}/mine`, TAG, '人才本人：是否愿意被企业查找、意向，以及企业的联系请求', (c) => P.myMatching(p, c), { response: { 200: anyObject('人岗匹配') } });
  route('PUT', `${BASE}/mine`, TAG, '人才本人：打开或关闭“愿意被企业查找”，填写意向地区、意向行业、期望月薪（分）、技能特长；关闭后立即从所有企业的候选名单中移除', (c, req) => P.setMyMatching(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        open: { type: 'boolean', description: '是否愿意被企业查找' },
        counties: strList('意向地区（县、市、区代码）'),
        industries: strList('意向行业（GB/T 4754 门类字母）'),
        expectedSalaryFen: { type: ['integer', 'null'], description: '期望月薪（分）' },
        skills: strList('技能特长（最多 10 项）'),
      },
    },
    response: { 200: anyObject('人岗匹配') },
  });
  route('POST', `${BASE}/requests/:id/answer`, TAG, '人才本人答复联系请求：同意后企业方可查看姓名和电话；婉拒则保持隐去', (c, req) => P.answerRequest(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { accept: { type: 'boolean', description: 'true 同意联系，false 婉拒' } } },
    response: { 200: anyObject('人岗匹配') },
  });
  route('GET', `${BASE}/demands/:id/candidates`, TAG, '需求的匹配人才（本企业的需求；所在县人才办）：愿意被查找的人才按匹配度排序，附匹配理由；隐去姓名、身份证号、电话', (c, req) => P.candidatesFor(p, c, intId(req)), { params: idParam, response: { 200: anyObject('匹配人才') } });
  route('POST', `${BASE}/demands/:id/requests`, TAG, '企业请求联系候选人（同一需求同一人只有一次请求，重复提交返回同一请求）', (c, req) => P.requestContact(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { candidate: { type: 'integer', description: '候选人编号' } } },
    response: { 200: anyObject('联系请求') },
  });
  route('POST', `${BASE}/requests/:id/withdraw`, TAG, '企业撤回尚未答复的联系请求', (c, req) => P.withdrawRequest(p, c, intId(req)), { params: idParam, response: { 200: anyObject('联系请求') } });
  route('POST', `${BASE}/requests/:id/reveal`, TAG, '查看已同意联系的人才的姓名和电话（记入审计日志）', (c, req) => P.revealMatchContact(p, c, intId(req)), { params: idParam, response: { 200: anyObject('联系方式') } });
}
