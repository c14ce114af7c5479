// 椒江 人才房票 under /api/v1 (module housing-vouchers): the clerk approves a reviewed 房票联审 and issues
// the voucher, lists and cancels vouchers; the talent sees their own (with the code); a registered
// seller's verifier redeems one against a purchase contract, exactly once; a second clerk confirms a
// voucher held beyond the budget envelope; a 椒江 clerk or the administrator registers and deactivates sellers.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, routeMaker } from './kit.js';

const TAG = '人才房票 housing-vouchers';
const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const str = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description });
const int = (description: string) => ({ type: 'integer', description });

export function housingVoucherRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/me/housing-vouchers', TAG, '我的人才房票（含券码）', (c) => P.myHousingVouchers(p, c), { response: { 200: anyArray('房票') } });
  route('GET', '/api/v1/housing-vouchers', TAG, '人才房票（人才办；券码部分隐藏，姓名脱敏）', (c) => P.listHousingVouchers(p, c), { response: { 200: anyArray('房票') } });
  route('GET', '/api/v1/housing-vouchers/limits', TAG, '房票面额上限与最长有效期（本地参数，原文未规定）', async () => P.housingVoucherLimits(P.todayString(p)), { response: { 200: anyObject('上限') } });
  route('POST', '/api/v1/applications/:id/housing-voucher', TAG, '核准房票联审并发放房票（人才办经办人员，联审全部同意后）：面额（分，不超过上限）、有效期至；同一请求编号只发放一次', (c, req) => P.issueHousingVoucher(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ amountFen: int('房票面额（分）'), validTo: str('有效期至 YYYY-MM-DD（不填按本地参数）', 10), requestKey: str('请求编号（8–80 位，重发时不变）', 80) }),
    response: { 200: anyObject('房票') },
  });
  route('POST', '/api/v1/housing-vouchers/:id/confirm', TAG, '复核超出预算额度的房票（另一名经办人员或领导）：仍超出时须写明理由；复核后发放并通知人才', (c, req) => P.confirmHousingVoucher(p, c, intId(req), req.body ?? {}), { params: idParam, body: obj({ reason: str('超额发放理由（仍超出预算额度时必填）') }), response: { 200: anyObject('房票') } });
  route('POST', '/api/v1/housing-vouchers/:id/cancel', TAG, '作废房票（人才办经办人员，须写明理由；已核销的不能作废）', (c, req) => P.cancelHousingVoucher(p, c, intId(req), req.body ?? {}), { params: idParam, body: obj({ reason: str('理由') }), response: { 200: anyObject('房票') } });
  route('GET', '/api/v1/housing-sellers', TAG, '登记的售房单位', (c) => P.listSellers(p, c), { response: { 200: anyArray('售房单位') } });
  route('POST', '/api/v1/housing-sellers', TAG, '登记售房单位（椒江区人才办经办人员或系统管理员）：代码、名称、类型、统一社会信用代码、联系人、联系电话，可同时开设核验员账号（首次登录须改密码）', (c, req) => P.registerSeller(p, c, req.body ?? {}), {
    body: obj({
      code: str('单位代码（小写字母、数字、下划线）', 40),
      name: str('单位名称', 100),
      kind: str('developer 房地产开发企业 或 agent 房屋销售单位', 20),
      uscc: str('统一社会信用代码', 18),
      contactName: str('联系人', 50),
      contactPhone: str('联系电话（手机号）', 20),
      verifier: obj({ username: str('核验员用户名', 32), displayName: str('核验员姓名', 50), password: str('初始密码（10 位以上，首次登录须修改）', 128) }),
    }),
    response: { 200: anyObject('售房单位') },
  });
  route('POST', '/api/v1/housing-sellers/:code/deactivate', TAG, '停用售房单位（须写明理由）：其核验员不能再核销房票', (c, req) => P.deactivateSeller(p, c, (req.params as { code: string }).code, req.body ?? {}), {
    params: { type: 'object', properties: { code: str('单位代码', 40) }, required: ['code'] },
    body: obj({ reason: str('停用理由') }),
    response: { 200: anyObject('售房单位') },
  });
  route('GET', '/api/v1/housing-sellers/me', TAG, '本售房单位（售房单位核验员）', (c) => P.mySeller(p, c), { response: { 200: anyObject('售房单位') } });
  route('POST', '/api/v1/housing-vouchers/redeem', TAG, '核销房票（售房单位核验员）：券码、购房人身份证号、购房合同；每张房票只能核销一次，同一请求编号重发时答复不变', (c, req) => P.redeemHousingVoucher(p, c, req.body ?? {}), {
    body: obj({
      code: str('券码（12 位）', 40),
      requestKey: str('请求编号（8–80 位，重发时不变）', 80),
      buyerIdNumber: str('购房人身份证号（须为房票持有人本人）', 18),
      contractNo: str('购房合同编号', 50),
      houseAddress: str('房屋坐落', 200),
      totalPriceFen: int('合同总价（分）'),
      contractDate: str('合同签订日期 YYYY-MM-DD', 10),
    }),
    response: { 200: anyObject('核销结果（姓名脱敏）') },
  });
}
