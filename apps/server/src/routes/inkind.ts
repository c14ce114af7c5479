// In-kind services under /api/v1 (module inkind): the talent's standing, 子女就学 requests (clerks
// decide after the joint review; the child's full name only through an audited reveal), partner
// hospitals' slots and bookings, 教育券 (issued and cancelled by clerks, redeemed once by a school),
// 特优贷 referrals answered by a partner bank, and counties' recommendations accepted by the city.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, optionalId, query, routeMaker } from './kit.js';

const TAG = '实物服务 inkind';
const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const str = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description });
const int = (description: string) => ({ type: 'integer', description });

export function inkindRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/me/services', TAG, '我可享的实物服务：是否属于市本级高层次人才或经确认的县（市、区）推荐人才，人才卡卡级', (c) => P.myStanding(p, c), { response: { 200: anyObject('服务资格') } });

  // 子女就学
  route('POST', '/api/v1/schooling', TAG, '提出子女就学申请（人才本人；生成“人才子女就学”申报件并提交，进入联审）', (c, req) => P.requestSchooling(p, c, req.body ?? {}), {
    body: obj({ childName: str('子女姓名', 30), stage: str('学段：kindergarten 幼儿园、primary 小学、junior 初中、senior 高中', 20), grade: str('年级', 20), wishedArea: str('意向区域', 50), wishedSchool: str('意向学校（可不填）', 100), hukouNote: str('户籍说明（可不填）') }),
    response: { 200: anyObject('子女就学申请（姓名脱敏）') },
  });
  route('GET', '/api/v1/schooling', TAG, '子女就学申请：人才本人的，或经办、联审人员可见的（姓名脱敏）', (c) => P.listSchooling(p, c), { response: { 200: anyArray('子女就学申请') } });
  route('GET', '/api/v1/schooling/:id', TAG, '一份子女就学申请（姓名脱敏）', (c, req) => P.getSchooling(p, c, intId(req)), { params: idParam, response: { 200: anyObject('子女就学申请') } });
  route('POST', '/api/v1/schooling/:id/reveal', TAG, '查看子女完整姓名（须说明用途，记入审计日志）', (c, req) => P.revealChildName(p, c, intId(req), req.body?.purpose), { params: idParam, body: obj({ purpose: str('用途（必填，2–100 个字）', 100) }), response: { 200: anyObject('完整姓名') } });
  route('POST', '/api/v1/schooling/:id/decide', TAG, '办结子女就学申请（人才办经办人员，联审全部同意后）：填写安排的学校，或不予安排的理由', (c, req) => P.decideSchooling(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ school: str('安排的学校', 100), reason: str('不予安排的理由') }),
    response: { 200: anyObject('子女就学申请') },
  });

  // 医疗保健
  route('GET', '/api/v1/health/slots', TAG, '体检与医疗绿色通道号源（人才：各合作医院今天起的号源；医院核验员：本院的）', (c) => P.listSlots(p, c), { response: { 200: anyArray('号源') } });
  route('POST', '/api/v1/health/slots', TAG, '发布号源（合作医院核验员）：日期、时段、名额', (c, req) => P.publishSlot(p, c, req.body ?? {}), { body: obj({ day: str('日期 YYYY-MM-DD', 10), period: str('时段', 30), capacity: int('名额') }), response: { 200: anyObject('号源') } });
  route('POST', '/api/v1/health/slots/:id/book', TAG, '预约号源（持卡人才本人；约满时拒绝）', (c, req) => P.bookSlot(p, c, intId(req)), { params: idParam, response: { 200: anyObject('预约') } });
  route('GET', '/api/v1/me/health/bookings', TAG, '我的体检与绿色通道预约', (c) => P.myBookings(p, c), { response: { 200: anyArray('预约') } });
  route('POST', '/api/v1/health/bookings/:id/cancel', TAG, '取消预约（人才本人）', (c, req) => P.cancelBooking(p, c, intId(req)), { params: idParam, response: { 200: anyObject('已取消') } });
  route('GET', '/api/v1/health/bookings', TAG, '本院的预约（合作医院核验员；姓名脱敏）', (c) => P.hospitalBookings(p, c), { response: { 200: anyArray('预约') } });
  route('POST', '/api/v1/health/bookings/:id/attend', TAG, '标记已就诊（合作医院核验员；记为一次人才码使用）', (c, req) => P.markAttended(p, c, intId(req)), { params: idParam, response: { 200: anyObject('已就诊') } });

  // 教育券
  route('GET', '/api/v1/me/vouchers', TAG, '我的教育券（含券码）', (c) => P.myVouchers(p, c), { response: { 200: anyArray('教育券') } });
  route('GET', '/api/v1/vouchers', TAG, '教育券（人才办；券码部分隐藏）', (c, req) => P.listVouchers(p, c, { personId: optionalId(req, 'personId') }), { query: query({ personId: '只看某人（人才库编号）' }), response: { 200: anyArray('教育券') } });
  route('POST', '/api/v1/vouchers', TAG, '签发教育券（人才办经办人员；同一请求编号只签发一次）', (c, req) => P.issueVoucher(p, c, req.body ?? {}), {
    body: obj({ personId: int('人才库编号'), amountFen: int('面额（分），不填按本地参数'), purpose: str('用途', 100), validTo: str('有效期至 YYYY-MM-DD（不填按本地参数）', 10), requestKey: str('请求编号（8–80 位，重发时不变）', 80) }),
    response: { 200: anyObject('教育券') },
  });
  route('POST', '/api/v1/vouchers/:id/cancel', TAG, '作废教育券（人才办经办人员，须写明理由）', (c, req) => P.cancelVoucher(p, c, intId(req), req.body ?? {}), { params: idParam, body: obj({ reason: str('理由') }), response: { 200: anyObject('教育券') } });
  route('POST', '/api/v1/vouchers/redeem', TAG, '核销教育券（合作学校核验员）：每张券只能使用一次；同一请求编号重发时答复不变', (c, req) => P.redeemVoucher(p, c, req.body ?? {}), {
    body: obj({ code: str('券码（12 位）', 40), requestKey: str('请求编号（8–80 位，重发时不变）', 80) }),
    response: { 200: anyObject('核销结果（姓名脱敏）') },
  });

  // 特优贷
  route('GET', '/api/v1/loans/banks', TAG, '提供“特优贷”的合作银行', () => P.loanBanks(p), { response: { 200: anyArray('合作银行') } });
  route('POST', '/api/v1/loans/referrals', TAG, '申请“特优贷”转介（人才本人）：合作银行、意向金额', (c, req) => P.requestReferral(p, c, req.body ?? {}), { body: obj({ partner: str('合作银行代码', 40), amountFen: int('意向金额（分）'), note: str('说明') }), response: { 200: anyObject('转介') } });
  route('GET', '/api/v1/me/loans/referrals', TAG, '我的“特优贷”转介及银行答复', (c) => P.myReferrals(p, c), { response: { 200: anyArray('转介') } });
  route('GET', '/api/v1/loans/referrals', TAG, '转介给本行的“特优贷”申请（合作银行核验员；姓名脱敏）', (c) => P.bankReferrals(p, c), { response: { 200: anyArray('转介') } });
  route('POST', '/api/v1/loans/referrals/:id/answer', TAG, '答复转介（合作银行核验员）：同意（金额、利率）或不同意（理由）', (c, req) => P.answerReferral(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ decision: str('approve（同意）或 decline（不同意）', 20), approvedFen: int('批准金额（分）'), rateText: str('利率说明', 100), reason: str('不同意的理由') }),
    response: { 200: anyObject('转介') },
  });

  // 县（市、区）推荐
  route('GET', '/api/v1/recommendations', TAG, '县（市、区）推荐的优秀人才（本辖区）', (c) => P.listRecommendations(p, c), { response: { 200: anyArray('推荐') } });
  route('POST', '/api/v1/recommendations', TAG, '推荐本县（市、区）优秀人才享受市本级待遇（县级人才办经办人员）', (c, req) => P.recommendTalent(p, c, req.body ?? {}), { body: obj({ personId: int('人才库编号'), tier: int('第19条相应层次 1–9'), reason: str('推荐理由', 500) }), response: { 200: anyObject('推荐') } });
  route('POST', '/api/v1/recommendations/:id/decide', TAG, '确认或不予确认县（市、区）推荐（市本级人才办经办人员）', (c, req) => P.decideRecommendation(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: obj({ decision: str('accept（确认）或 refuse（不予确认）', 20), reason: str('理由') }),
    response: { 200: anyObject('推荐') },
  });
}
