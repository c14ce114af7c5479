// Scheduled jobs: the list with each job's schedule, last run and next run (administrators and
// leaders), one job's recent runs, and a run by hand (administrators).

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { routeMaker, TAGS } from './kit.js';

const nameParam = {
  type: 'object',
  properties: { name: { type: 'string', maxLength: 64, description: `定时任务：${P.JOBS.map((j) => `${j.name}（${j.label}）`).join('、')}` } },
  required: ['name'],
} as const;

export function jobsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/admin/jobs', TAGS.admin, '定时任务：名称、计划（北京时间）、上次运行（开始时间、用时、结果、错误）与下次运行（管理员、领导）', (c) => P.listJobs(p, c), { response: { 200: anyArray('定时任务') } });
  const name = (req: { params: Record<string, string> }) => req.params.name!;
  route('GET', '/api/v1/admin/jobs/:name/runs', TAGS.admin, '某定时任务最近 20 次运行（管理员、领导）', (c, req) => P.jobRuns(p, c, name(req)), { params: nameParam, response: { 200: anyArray('运行记录') } });
  route('POST', '/api/v1/admin/jobs/:name/run', TAGS.admin, '立即手动运行定时任务（仅管理员；记入审计日志；任务本身幂等，不会重复发送通知或重复生成申报件）', (c, req) => P.runJobByHand(p, c, name(req)), { params: nameParam, response: { 200: anyObject('本次运行') } });
}
