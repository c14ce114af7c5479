// The work list (重点任务清单) under /api/v1/worklist: the list with its targets and sentences, each
// target's progress (the leaders' view) and its drill-down, the duties and reports of a unit, the
// report workflow (save, evidence, submit, sign, return, accept, correct), target changes and county
// splits, the quarterly briefing (data and Excel), and the reminder/escalation sweep.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { callerOf } from '../platform/session.js';
import { evidenceHeaders } from '../security-headers.js';
import { readUpload } from '../platform/upload-body.js';
import { attachment, ERR, idParam, intId, query, routeMaker, XLSX } from './kit.js';

const TAG = '工作清单 worklist';
const targetParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9_]{1,60}$', description: '指标编号' } }, required: ['id'] };
const progressQuery = query({ asOf: '截至日期 YYYY-MM-DD（默认今天）', unit: '责任单位代码', region: '县（市、区）代码', task: '任务序号 1–16', status: '状态：done、on_track、lagging、severe、missed、no_data' });
const figureBody = {
  type: 'object',
  properties: {
    targetId: { type: 'string', description: '指标编号' },
    region: { type: 'string', description: '地区（分解到县的指标、各县填报时）；市级单位可省略' },
    period: { type: 'string', description: '期次：季度如 2026Q3，月份如 2026-07' },
    value: { type: ['number', 'string'], description: '本期数值：人数、个数为整数；比例为百分数，最多两位小数' },
    unit: { type: 'string', description: '计量单位（可省略；填写时须与指标一致，如 人、个、家、人次、%）' },
    narrative: { type: 'string', description: '进展情况（不超过 2000 字）' },
    correctionReason: { type: 'string', description: '更正已采纳数据时的理由' },
    version: { type: 'integer', description: '修改草稿时读取到的版本号' },
  },
  additionalProperties: false,
};

export function worklistRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/worklist/progress', TAG, '领导视图：总体目标与每个指标的目标值、实际、按时间进度应达到值、状态（正常/滞后/严重滞后…）、趋势与分县情况；附状态判定规则', (c, req) => P.worklistProgress(p, c, req.query), { query: progressQuery, response: { 200: anyObject('推进情况') } });
  route('GET', '/api/v1/worklist/targets/:id', TAG, '指标详情：原文、推进情况、各期填报及佐证数量、目标调整与分解历史', (c, req) => P.targetProgress(p, c, req.params.id!, req.query), { params: targetParam, query: query({ asOf: '截至日期 YYYY-MM-DD', region: '县（市、区）代码' }), response: { 200: anyObject('指标详情') } });
  route('POST', '/api/v1/worklist/targets/:id/value', TAG, '调整目标值（市人才办；须说明理由，原值和历史保留）', (c, req) => P.changeTargetValue(p, c, req.params.id!, req.body ?? {}), {
    params: targetParam,
    body: { type: 'object', properties: { value: { type: ['number', 'string'], description: '新的目标值' }, reason: { type: 'string', description: '理由' } }, additionalProperties: false },
    response: { 200: anyObject('调整后的目标') },
  });
  route('POST', '/api/v1/worklist/targets/:id/split', TAG, '目标分解到县（市人才办；须说明理由；某县填 0 即取消）', (c, req) => P.setTargetSplit(p, c, req.params.id!, req.body ?? {}), {
    params: targetParam,
    body: { type: 'object', properties: { split: { type: 'object', additionalProperties: { type: ['number', 'string'] }, description: '县（市、区）代码 → 分解数' }, reason: { type: 'string', description: '理由' } }, additionalProperties: false },
    response: { 200: anyObject('分解结果') },
  });
  route('GET', '/api/v1/worklist/duties', TAG, '填报任务：本人可见的每个指标、地区、期次的截止日和填报状态（?state=todo|review|accepted|late&period=&targetId=&unit=&region=）', (c, req) => P.listDuties(p, c, req.query), {
    query: query({ state: 'todo 待填报、review 待人才办审核、accepted 已采纳、late 逾期', period: '期次', targetId: '指标编号', unit: '责任单位代码', region: '地区代码' }),
    response: { 200: anyArray('填报任务') },
  });
  route('POST', '/api/v1/worklist/reports', TAG, '填报（责任单位填报员）：新建或修改本期草稿；已采纳的数据须带更正理由（correctionReason）另起更正', async (c, req, reply) => {
    const { id } = await P.saveReport(p, c, req.body ?? {});
    return reply.status(201).send(await P.getReport(p, c, id));
  }, { body: figureBody, response: { 201: anyObject('填报') } });
  route('GET', '/api/v1/worklist/reports/:id', TAG, '填报详情：数值、进展情况、佐证材料、办理记录、各版本', (c, req) => P.getReport(p, c, intId(req)), { params: idParam, response: { 200: anyObject('填报') } });
  route('POST', '/api/v1/worklist/reports/:id/files', TAG, '上传佐证材料（multipart：一个 file；PDF/JPEG/PNG，≤10 MB）；先核对权限，再读取文件', async (c, req, reply) => {
    await P.getReport(p, c, intId(req));
    const f = await readUpload(req);
    return reply.status(201).send(await P.attachReportFile(p, c, intId(req), f.filename, f.content));
  }, { params: idParam });
  app.get<{ Params: { id: string; sha: string } }>(
    '/api/v1/worklist/reports/:id/files/:sha',
    {
      schema: {
        tags: [TAG],
        summary: '下载佐证材料（仅能查看该填报的人）',
        params: { type: 'object', properties: { id: idParam.properties.id, sha: { type: 'string', pattern: '^[0-9a-f]{64}$', description: '材料的 SHA-256' } }, required: ['id', 'sha'] },
        response: { 200: { type: 'string', format: 'binary', description: 'PDF、JPEG 或 PNG' }, ...ERR },
      },
    },
    async (req, reply) => {
      const c = await callerOf(p, req);
      const f = await P.readReportFile(p, c, Number(req.params.id), req.params.sha);
      return evidenceHeaders(reply, f.content, `worklist-evidence-${req.params.sha.slice(0, 12)}`).send(f.content);
    },
  );
  const actionBody = { type: 'object', properties: { reason: { type: 'string', description: '理由（退回时必填）' }, version: { type: 'integer', description: '读取到的版本号' } }, additionalProperties: false };
  for (const [name, summary] of [
    ['submit', '提交单位负责人签发（填报员）'],
    ['sign', '签发报送人才办（单位负责人）'],
    ['send_back', '退回填报员修改（单位负责人；须说明理由）'],
    ['return', '退回修改（人才办；须说明理由；每期只退回一次）'],
    ['accept', '采纳（人才办）；更正被采纳时取代原数据'],
  ] as const)
    route('POST', `/api/v1/worklist/reports/:id/${name}`, TAG, summary, (c, req) => P.actOnReport(p, c, intId(req), name, req.body ?? {}), { params: idParam, body: actionBody, response: { 200: anyObject('填报') } });
  route('GET', '/api/v1/worklist/items', TAG, '无量化指标的工作事项及其推进节点（完成时限、是否完成、是否逾期）与状态', (c) => P.milestoneItems(p, c), { response: { 200: anyObject('工作事项') } });
  // The item number is checked by the service (an unknown one is 404), after the caller's session.
  const itemParam = { type: 'object', properties: { no: { type: 'string', maxLength: 8, description: '工作事项序号，如 2.1' } }, required: ['no'] };
  route('POST', '/api/v1/worklist/items/:no/milestones', TAG, '为工作事项设置推进节点（市人才办）', (c, req, reply) => P.addMilestone(p, c, req.params.no!, req.body ?? {}).then((x) => reply.status(201).send(x)), {
    params: itemParam,
    body: { type: 'object', properties: { title: { type: 'string', description: '节点内容' }, dueOn: { type: 'string', description: '完成时限 YYYY-MM-DD' } }, additionalProperties: false },
    response: { 201: anyObject('新节点') },
  });
  route('POST', '/api/v1/worklist/milestones/:id/done', TAG, '标记推进节点完成（牵头单位或市人才办；须说明完成情况）', (c, req) => P.completeMilestone(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { doneOn: { type: 'string', description: '完成日期 YYYY-MM-DD（默认今天）' }, note: { type: 'string', description: '完成情况' } }, additionalProperties: false },
    response: { 200: anyObject('已完成的节点') },
  });
  route('GET', '/api/v1/worklist/briefing', TAG, '季度通报：各状态指标数、总体目标、分单位推进情况、逾期未报单位', (c, req) => P.worklistBriefing(p, c, req.query), { query: query({ asOf: '截至日期 YYYY-MM-DD' }), response: { 200: anyObject('通报') } });
  route('GET', '/api/v1/worklist/briefing/export', TAG, '季度通报 Excel（总体情况、分单位推进情况、逾期未报）', async (c, req, reply) => {
    const buf = await P.worklistBriefingWorkbook(p, c, req.query);
    return reply.header('content-disposition', attachment('worklist-briefing.xlsx', '人才工作重点任务清单推进情况通报.xlsx')).type(XLSX).send(buf);
  }, { query: query({ asOf: '截至日期 YYYY-MM-DD' }) });
  route('POST', '/api/v1/admin/worklist-notices', TAG, '发送工作清单填报提醒和逾期督办（每期每单位各一次；每日运行）', async (c) => {
    P.requireRole(c, ['admin', 'leader', 'clerk'], '发送填报提醒');
    return P.sendWorklistNotices(p);
  }, { response: { 200: anyObject('发送数') } });
}
