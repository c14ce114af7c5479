// Talent apartments (人才公寓) under /api/v1: the housing clerks' stock (list, register, maintenance),
// the waiting list, offers, move-in and tenancy end; the talent's own application, place on the list,
// offer (accept / decline) and tenancy. Applying is the ordinary application of the matter
// 人才公寓申租 (talent_apartment) through /api/v1/applications.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, query, routeMaker } from './kit.js';

const TAG = '人才公寓 apartments';
const str = (description: string) => ({ type: 'string', description });
const strOrNum = (description: string) => ({ type: ['string', 'number'], description });

export function apartmentsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/apartments', TAG, '人才公寓房源（本人管辖地区；人才办经办人员、住建局工作人员、领导）', (c, req) => P.listApartments(p, c, req.query), {
    query: query({ status: '房源状态：available 可配租、offered 已配租待入住、occupied 已入住、maintenance 维修中', region: '县（市、区）代码' }),
    response: { 200: anyArray('房源') },
  });
  route('POST', '/api/v1/apartments', TAG, '登记人才公寓房源（项目及楼栋、房号、所在县（市、区）、建筑面积、居室数、月租金）', (c, req) => P.createApartment(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        region: str('所在县（市、区）代码'),
        project: str('项目及楼栋'),
        unitNo: str('房号'),
        areaM2: strOrNum('建筑面积（平方米，最多两位小数）'),
        rooms: strOrNum('居室数（1–9）'),
        rent: strOrNum('月租金（元，最多两位小数）'),
      },
    },
    response: { 200: anyObject('房源') },
  });
  route('POST', '/api/v1/apartments/:id/status', TAG, '房源设为维修中或恢复可配租', (c, req) => P.setApartmentStatus(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { status: { type: 'string', enum: ['available', 'maintenance'], description: '可配租或维修中' }, reason: str('说明') } },
    response: { 200: anyObject('房源') },
  });
  route('POST', '/api/v1/apartments/:id/offer', TAG, '配租：将房源配给本地区轮候名单第一位（或指定的轮候人才，须写明理由）；重复提交返回同一配租', (c, req) => P.offerApartment(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { waitlistId: strOrNum('轮候记录编号（不填为排第一位的人才）'), reason: str('未按顺序配租的理由') } },
    response: { 200: anyObject('配租记录') },
  });
  route('GET', '/api/v1/apartments/waitlist', TAG, '人才公寓轮候名单（按规定顺序，含当前位次）', (c, req) => P.listWaitlist(p, c, req.query), {
    query: query({ region: '县（市、区）代码', all: 'true：含已移出和已退租的记录' }),
    response: { 200: anyObject('轮候名单') },
  });
  route('GET', '/api/v1/apartments/tenancies', TAG, '配租与租住记录（本人管辖地区）', (c, req) => P.listTenancies(p, c, req.query), {
    query: query({ all: 'true：含已放弃和已退租的记录' }),
    response: { 200: anyArray('配租记录') },
  });
  route('POST', '/api/v1/apartments/tenancies/:id/move-in', TAG, '登记入住日期：自该日起人才库记为租住人才公寓', (c, req) => P.recordMoveIn(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { date: str('入住日期 YYYY-MM-DD') } },
    response: { 200: anyObject('配租记录') },
  });
  route('POST', '/api/v1/apartments/tenancies/:id/end', TAG, '办理退租（购房、离职、期满、其他）：房源恢复可配租，自该日起不再记为租住人才公寓', (c, req) => P.endTenancy(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { date: str('退租日期 YYYY-MM-DD'), kind: { type: 'string', description: '退租原因：purchase 购房、resigned 离职、expired 期满、other 其他' }, note: str('说明（原因为“其他”时必填）') } },
    response: { 200: anyObject('配租记录') },
  });
  route('GET', '/api/v1/me/apartment', TAG, '我的人才公寓：申租进度、轮候位次、配租房源与租住情况', (c) => P.myApartment(p, c), { response: { 200: anyObject('我的人才公寓') } });
  route('POST', '/api/v1/me/apartment/tenancies/:id/accept', TAG, '接受配租（人才本人）', (c, req) => P.acceptOffer(p, c, intId(req)), { params: idParam, response: { 200: anyObject('配租记录') } });
  route('POST', '/api/v1/me/apartment/tenancies/:id/decline', TAG, '放弃配租（人才本人；首次放弃仍按原顺序轮候，再次放弃移出轮候名单）', (c, req) => P.declineOffer(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { reason: str('放弃原因') } },
    response: { 200: anyObject('配租记录') },
  });
}
