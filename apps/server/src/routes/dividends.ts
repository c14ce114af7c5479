// 天台 和盈模式 shareholding dividends under /api/v1/dividends: the low-income list (enter one
// household, import a table, list, one household with its history, reveal a head's full name and ID
// number — audited), the selection steps, the public-notice list (.xlsx), and yearly rounds paid
// through the ledger once per household and year (the same Idempotency-Key answers the same run).
// 天台's clerks and the administrator only; anyone else gets 404.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { readUpload } from '../platform/upload-body.js';
import { attachment, idem, idParam, intId, query, routeMaker, XLSX, type Req } from './kit.js';

const TAG = '和盈持股分红 dividends';
const str = (description: string) => ({ type: 'string', description });
const int = (description: string) => ({ type: 'integer', description });

export function dividendsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/dividends/townships', TAG, '天台县乡镇（街道）及其代码（示例代码，上线前以民政部门公布的代码为准）与公示天数说明', async (c) => {
    P.mustSeeDividends(c);
    return { townships: P.TIANTAI_TOWNSHIPS, defaultNoticeDays: P.DEFAULT_NOTICE_DAYS, noticeDaysNote: P.NOTICE_DAYS_NOTE, importColumns: Object.values(P.DIVIDEND_IMPORT_COLUMNS) };
  }, { response: { 200: anyObject('乡镇与说明') } });
  route('GET', '/api/v1/dividends/households', TAG, '民政低收入在册名单（脱敏）', (c, req) => P.listHouseholds(p, c, req.query), { query: query({ state: '遴选状态', township: '乡镇代码', village: '村代码' }), response: { 200: anyArray('低收入农户') } });
  route('POST', '/api/v1/dividends/households', TAG, '登记一户低收入农户（户主姓名、身份证号加密保存；村代码须属于所填乡镇）', async (c, req, reply) => reply.code(201).send(await P.addHousehold(p, c, req.body ?? {})), {
    body: {
      type: 'object',
      properties: { headName: str('户主姓名'), idNumber: str('户主身份证号'), townshipCode: str('乡镇（街道）代码，9 位'), villageCode: str('村代码，12 位，以乡镇代码开头'), villageName: str('村名'), members: int('家庭人口'), listedFrom: str('列入名单日期'), listedTo: str('退出名单日期（仍在册不填）') },
    },
    response: { 201: anyObject('低收入农户') },
  });
  route('POST', '/api/v1/dividends/households/import', TAG, '导入民政低收入在册名单（.xlsx 或 .csv，multipart 字段 file）：全部正确才入库，错误逐行逐列列出', async (c, req) => {
    P.mustSeeDividends(c);
    const f = await readUpload(req);
    return P.importHouseholds(p, c, f.content, f.filename);
  });
  route('GET', '/api/v1/dividends/households/:id', TAG, '一户低收入农户及其遴选经过', (c, req) => P.getHousehold(p, c, req.params.id), { params: idParam, response: { 200: anyObject('低收入农户') } });
  route('POST', '/api/v1/dividends/households/:id/reveal', TAG, '查看户主完整姓名与身份证号（须说明用途，记入审计日志）', (c, req) => P.revealHousehold(p, c, req.params.id, req.body?.purpose), { params: idParam, body: { type: 'object', properties: { purpose: str('查看用途') } }, response: { 200: anyObject('完整信息') } });
  route('POST', '/api/v1/dividends/households/:id/steps/:action', TAG, '遴选步骤：verify（村干部调查核实，填遴选日期——当日不在册的农户不予列入）、review（相关部门联审）、publicize（乡镇确认公示，公示天数）、file（审定备案，公示期满后，填持股平台公司与股数）、exclude（不列入）', (c, req) => P.selectionStep(p, c, req.params.id, req.params.action, req.body ?? {}), {
    params: { type: 'object', properties: { id: idParam.properties.id, action: { type: 'string', maxLength: 20, description: '步骤' } }, required: ['id', 'action'] },
    body: { type: 'object', properties: { selectionDate: str('遴选日期'), note: str('核实情况或联审意见'), reason: str('不列入的理由'), noticeFrom: str('公示开始日期'), noticeDays: int('公示天数（默认 7，示例值）'), company: str('持股平台公司'), shares: int('持股份数') } },
    response: { 200: anyObject('低收入农户') },
  });
  route('GET', '/api/v1/dividends/notice/export', TAG, '导出公示名单（.xlsx；户主姓名按公示惯例隐去中间字，不含身份证号）', async (c, req, reply) => {
    const buf = await P.exportNotice(p, c, req.query);
    return reply.header('content-disposition', attachment('dividend-notice.xlsx', '和盈持股对象公示名单.xlsx')).type(XLSX).send(buf);
  }, { query: query({ state: 'notice（公示中，默认）或 filed（已备案）' }) });
  route('GET', '/api/v1/dividends/rounds', TAG, '分红轮次（每年一次）及其合计与分村情况', (c) => P.listRounds(p, c), { response: { 200: anyArray('分红轮次') } });
  route('POST', '/api/v1/dividends/rounds', TAG, '设立年度分红（年度、持股平台公司、按股或按户、金额（分）、发放日期）；同一年度只能设立一次', async (c, req, reply) => reply.code(201).send(await P.createRound(p, c, req.body ?? {})), {
    body: { type: 'object', properties: { year: int('年度'), company: str('持股平台公司'), basis: str('per_share（按股）或 per_household（按户）'), amountFen: int('每股或每户金额（分）'), paidOn: str('发放日期') } },
    response: { 201: anyObject('分红轮次') },
  });
  route('GET', '/api/v1/dividends/rounds/:id', TAG, '一个分红轮次：合计与分村情况', (c, req) => P.getRound(p, c, req.params.id), { params: idParam, response: { 200: anyObject('分红轮次') } });
  route('POST', '/api/v1/dividends/rounds/:id/pay', TAG, '发放分红：经台账记账（核定与兑付），每户每年一次；已发放的农户拒绝并写明户主；Idempotency-Key 相同的重发返回同一结果', (c, req) => P.payRound(p, c, intId(req), req.body ?? {}, idem(req as Req)), {
    params: idParam,
    body: { type: 'object', properties: { householdIds: { type: 'array', items: { type: 'integer' }, description: '要发放的农户编号（不填：全部未发放的持股对象）' }, idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）') } },
    response: { 200: anyObject('发放结果') },
  });
}
