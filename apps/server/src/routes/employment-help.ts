// Help for key employment groups (就业帮扶) under /api/v1/employment-help: the files (opened by clerks or
// by helpers in their communities; masked ID numbers, the full one to clerks, audited), helpers and
// their communities, one-to-one assignment, the contact log, outcomes, job matching and the figures.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, query, routeMaker } from './kit.js';

const TAG = '就业帮扶 employment-help';
const str = (description: string) => ({ type: 'string', description });
const BASE = '/api/v1/employment-help';

export function employmentHelpRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', `${BASE}/options`, TAG, '表单选项：人员类别、学历、联系方式、帮扶结果、状态', async () => P.helpOptions(), { response: { 200: anyObject('选项') } });
  route('GET', `${BASE}/persons`, TAG, '帮扶档案（人才办：本人管辖地区；帮扶工作人员：本人负责的社区）；mine=1 只看“我的帮扶对象”', (c, req) => P.listHelpPersons(p, c, req.query), {
    query: query({ mine: '1：我的帮扶对象（当前结对）', region: '县（市、区）', group: '人员类别', community: '社区（村）代码', status: '状态', q: '姓名' }),
    response: { 200: anyArray('帮扶档案') },
  });
  route('POST', `${BASE}/persons`, TAG, '建立帮扶档案：姓名、身份证号（加密保存、脱敏显示）、人员类别、县（市、区）与所属社区（村）（12 位代码，须在该县范围内）、学历、专业、技能特长、就业意愿、建档日期；同一身份证号只建一档', (c, req) => P.createHelpPerson(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        name: str('姓名'),
        idNumber: str('身份证号'),
        group: str('人员类别：registered_unemployed（登记失业人员）、hard_to_employ（就业困难人员）、graduate（未就业高校毕业生）'),
        region: str('县（市、区）（本人只管辖一个时可省略）'),
        communityCode: str('社区（村）12 位统计用区划代码'),
        communityName: str('社区（村）名称'),
        degree: str('学历：none（高中及以下）、college（大专）、bachelor（本科）、master（硕士研究生）、doctor（博士研究生）'),
        major: str('所学专业'),
        skills: str('技能特长'),
        wishes: str('就业意愿'),
        registeredOn: str('建档日期 YYYY-MM-DD（默认今天）'),
      },
    },
    response: { 200: anyObject('帮扶档案') },
  });
  route('GET', `${BASE}/persons/:id`, TAG, '一份帮扶档案：结对记录（含改派历史）、联系记录、帮扶结果与状态变化', (c, req) => P.getHelpCase(p, c, intId(req)), { params: idParam, response: { 200: anyObject('帮扶档案') } });
  route('PATCH', `${BASE}/persons/:id`, TAG, '更新档案的动态信息：技能特长、就业意愿、学历、专业', (c, req) => P.updateHelpPerson(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { skills: str('技能特长'), wishes: str('就业意愿'), degree: str('学历'), major: str('所学专业') } },
    response: { 200: anyObject('帮扶档案') },
  });
  route('POST', `${BASE}/persons/:id/reveal`, TAG, '查看完整身份证号（人才办经办人员、管理员；说明用途，记入审计日志）', (c, req) => P.revealHelpPerson(p, c, intId(req), req.body?.purpose), {
    params: idParam,
    body: { type: 'object', properties: { purpose: str('用途') } },
    response: { 200: anyObject('身份证号') },
  });
  route('POST', `${BASE}/persons/:id/assign`, TAG, '指派（或改派）结对帮扶工作人员：须是本县、负责该社区的帮扶工作人员；同一时间只有一名，改派保留历史', (c, req) => P.assignHelper(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { helperId: { type: 'integer', description: '帮扶工作人员账号编号' } } },
    response: { 200: anyObject('帮扶档案') },
  });
  route('POST', `${BASE}/persons/:id/contacts`, TAG, '登记帮扶联系：日期（不早于建档、不晚于今天）、方式、内容', (c, req) => P.logContact(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { contactedOn: str('联系日期 YYYY-MM-DD'), way: str('方式：visit（上门走访）、phone（电话联系）、wechat（微信联系）、office（来访（窗口））、other（其他）'), content: str('帮扶内容') } },
    response: { 200: anyObject('帮扶档案') },
  });
  route('POST', `${BASE}/persons/:id/outcomes`, TAG, '登记帮扶结果：实现就业（须填就业单位）、参加培训、创业担保贷款、结案（须填原因）；日期不早于建档、不晚于今天', (c, req) => P.recordOutcome(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: {
      type: 'object',
      properties: {
        kind: str('结果：employed（实现就业）、training（参加培训）、startup_loan（创业担保贷款）、closed（结案）'),
        outcomeOn: str('日期 YYYY-MM-DD'),
        employer: str('就业单位'),
        detail: str('说明（培训项目、结案原因等）'),
        loanFen: { type: 'integer', description: '贷款金额（分），创业担保贷款时可填' },
      },
    },
    response: { 200: anyObject('帮扶档案') },
  });
  route('GET', `${BASE}/persons/:id/matches`, TAG, '岗位匹配：本市企业未截止的人才需求中学历符合的岗位，按学历、专业、所在县排序并说明理由', (c, req) => P.matchJobs(p, c, intId(req)), { params: idParam, response: { 200: anyArray('匹配岗位') } });
  route('GET', `${BASE}/helpers`, TAG, '本人管辖地区的帮扶工作人员、负责的社区与在帮人数', (c) => P.listHelpers(p, c), { response: { 200: anyArray('帮扶工作人员') } });
  route('PUT', `${BASE}/helpers/:id/communities`, TAG, '设置帮扶工作人员负责的社区（村）（整表替换；每个须在其所在县范围内）', (c, req) => P.setHelperCommunities(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { communities: { type: 'array', items: { type: 'object', properties: { code: str('社区（村）12 位代码'), name: str('名称') } } } } },
    response: { 200: anyObject('帮扶工作人员') },
  });
  route('GET', `${BASE}/communities`, TAG, '可建档的社区（村）：帮扶工作人员本人负责的；人才办为本地区帮扶工作人员负责的全部', (c) => P.myCommunities(p, c), { response: { 200: anyArray('社区') } });
  route('GET', `${BASE}/figures`, TAG, '帮扶统计（按县（市、区）与月份）：服务人数与人次、帮扶人数、就业人数', (c, req) => P.helpFigures(p, c, req.query), { query: query({ year: '年度（默认今年）' }), response: { 200: anyObject('帮扶统计') } });
}
