// Budget envelopes (预算额度): the list with committed / paid / remaining, one envelope with its
// versions, setting one up and changing it (always with a reason).

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyObject } from '../schemas.js';
import { idParam, intId, query, routeMaker, TAGS } from './kit.js';

const yearOf = (v: string | undefined): number | undefined => {
  if (v === undefined || v === '') return undefined;
  if (!/^[0-9]{4}$/.test(v)) throw P.fieldError('year', '预算年度应为四位数年份');
  return Number(v);
};

export function budgetsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/budgets', TAGS.ledger, '预算额度：按资金、年度、地区、资金承担方列出额度、已承诺（核定）、已兑付与剩余（按应付日期所在年度计；经办人员、管理员、领导、财政局审核人员）', (c, req) => P.listBudgets(p, c, { year: yearOf(req.query.year), region: req.query.region || undefined }), {
    query: query({ year: '预算年度（四位数）', region: '地区代码' }),
    response: { 200: anyObject('预算额度及可选的资金承担方、地区') },
  });
  route('POST', '/api/v1/budgets', TAGS.ledger, '设立预算额度（资金名称 fund、资金承担方 payer、地区 region、年度 year、金额 amountFen（分）、依据 source、理由 reason；同一承担方、地区、年度只设一个）', async (c, req, reply) => {
    const b = await P.createBudget(p, c, (req.body ?? {}) as Record<string, unknown>);
    reply.code(201);
    return b;
  }, { response: { 201: anyObject('预算额度') } });
  route('GET', '/api/v1/budgets/:id', TAGS.ledger, '一个预算额度及其历次修改（修改人、时间、理由）', (c, req) => P.getBudget(p, c, intId(req)), { params: idParam, response: { 200: anyObject('预算额度') } });
  route('PATCH', '/api/v1/budgets/:id', TAGS.ledger, '修改预算额度的资金名称、金额或依据（须写明理由 reason；可带读取时的版本 version，已被他人修改时 409）', (c, req) => P.changeBudget(p, c, intId(req), (req.body ?? {}) as Record<string, unknown>), { params: idParam, response: { 200: anyObject('预算额度') } });
}
