// Projects, teams and platforms under /api/v1 (module projects): the registry (list by kind and
// county, record, change with a reason, versions), yearly assessments and leaving (clerks), and a
// project's staged money (instalments and receivable). Claims are filed as applications of the
// matter shuangling_project with data.projectId.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, routeMaker } from './kit.js';

const TAG = '项目与平台 projects';
const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const str = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description });
const int = (description: string) => ({ type: 'integer', description });
const body = obj({
  kind: str('类型：shuangling 双领项目、enclave_team 飞地团队、enclave_project 飞地项目、academician_station 院士专家工作站、postdoc_station 博士后科研工作站、phd_station 博士工作站、engineer_centre 工程师协同创新中心、startup_park 省级人才创业园', 30),
  name: str('名称', 100),
  employerId: int('所属企业（人才库单位编号；用人单位登记时为本单位）'),
  people: { type: 'array', maxItems: 50, items: obj({ personId: int('人员（人才库编号）'), role: str('角色：leader、member、academician、postdoc、expert', 20) }), description: '人员及角色' },
  details: { type: 'object', description: '分类信息：双领 class、reviewResult、reviewDate、landingDate、settlementDate、upgrade{class,date}、contributions[{date,amountFen,note}]；工作站等 level、setUpDate' },
  reason: str('理由（依据的评定、考核或批复文件）'),
  version: int('修改前的版本（防止覆盖他人的修改）'),
});

export function projectRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/projects', TAG, '项目、团队与平台（人才办：本地区；用人单位：本单位），可按类型、县（市、区）筛选', (c, req) => P.listProjects(p, c, req.query ?? {}), {
    query: obj({ kind: str('类型', 30), region: str('县（市、区）代码', 30) }),
    response: { 200: anyArray('项目') },
  });
  route('POST', '/api/v1/projects', TAG, '登记项目、团队或平台（人才办经办人员或用人单位）', (c, req) => P.createProject(p, c, req.body ?? {}), { body, response: { 200: anyObject('项目') } });
  route('GET', '/api/v1/projects/:id', TAG, '一个项目（含里程碑与考核）', (c, req) => P.getProject(p, c, intId(req)), { params: idParam, response: { 200: anyObject('项目') } });
  route('PATCH', '/api/v1/projects/:id', TAG, '修改项目（须写明理由；保留修改前的版本）', (c, req) => P.updateProject(p, c, intId(req), req.body ?? {}), { params: idParam, body, response: { 200: anyObject('项目') } });
  route('GET', '/api/v1/projects/:id/versions', TAG, '项目的历次版本（修改人、时间、理由）', (c, req) => P.projectVersions(p, c, intId(req)), { params: idParam, response: { 200: anyArray('版本') } });
  route('POST', '/api/v1/projects/:id/assessments', TAG, '记录年度考核（人才办经办人员）：双领项目考核不合格时形成应退回款', (c, req) => P.assessProject(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ year: int('考核年度'), outcome: str('pass 合格 或 fail 不合格', 10), assessedOn: str('考核日期 YYYY-MM-DD', 10), evidence: str('考核依据', 500) }),
    response: { 200: anyObject('项目') },
  });
  route('POST', '/api/v1/projects/:id/leave', TAG, '记录项目迁离衢州（人才办经办人员）：约定服务期内迁离的双领项目形成应退回款', (c, req) => P.projectLeft(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ leftOn: str('迁离日期 YYYY-MM-DD', 10), reason: str('依据') }),
    response: { 200: anyObject('项目') },
  });
  route('GET', '/api/v1/projects/:id/money', TAG, '项目的分期资助与应退回款', (c, req) => P.projectMoney(p, c, intId(req)), { params: idParam, response: { 200: anyObject('资助') } });
}
