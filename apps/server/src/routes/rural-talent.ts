// 乡土人才 three-level database under /api/v1/rural-talents: record a talent in a county, township
// and village (a village not under the township is refused on villageCode), the talents of the
// caller's regions (masked), one talent with training received, record training, an audited full
// read, counts by level and speciality with training by year, and the form's options.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { idParam, intId, query, routeMaker } from './kit.js';

const TAG = '乡土人才 rural-talents';
const str = (description: string) => ({ type: 'string', description });

export function ruralTalentRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('POST', '/api/v1/rural-talents', TAG, '登记乡土人才（人才办经办人员；本人管辖县（市、区）；乡镇代码 9 位、村代码 12 位且属于所填乡镇）', (c, req) => P.createRuralTalent(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        name: str('姓名'),
        idNumber: str('身份证号'),
        region: str('县（市、区）'),
        level: str('层级：county（县级）、township（乡（镇）级）、village（村级）'),
        townshipCode: str('乡镇（街道）行政区划代码，9 位'),
        townshipName: str('乡镇（街道）名称'),
        villageCode: str('村（社区）行政区划代码，12 位'),
        villageName: str('村（社区）名称'),
        speciality: str('专长（见 /api/v1/rural-talents/options）'),
        enteredOn: str('入库日期 YYYY-MM-DD（默认今天）'),
      },
    },
    response: { 200: anyObject('乡土人才') },
  });
  route('GET', '/api/v1/rural-talents', TAG, '乡土人才（本人管辖地区，脱敏）', (c, req) => P.listRuralTalents(p, c, req.query), { query: query({ region: '县（市、区）', level: '层级', speciality: '专长', township: '乡镇（街道）代码', q: '姓名' }), response: { 200: anyArray('乡土人才') } });
  route('GET', '/api/v1/rural-talents/options', TAG, '专长和层级', async () => P.ruralOptions(), { response: { 200: anyObject('选项') } });
  route('GET', '/api/v1/rural-talents/counts', TAG, '按层级和专长统计乡土人才，及按年度统计培训人次、学时和村播培训人次', (c, req) => P.ruralCounts(p, c, req.query), { query: query({ region: '县（市、区）' }), response: { 200: anyObject('统计') } });
  route('GET', '/api/v1/rural-talents/:id', TAG, '一名乡土人才及其培训记录', (c, req) => P.getRuralTalent(p, c, intId(req)), { params: idParam, response: { 200: anyObject('乡土人才') } });
  route('POST', '/api/v1/rural-talents/:id/trainings', TAG, '登记培训（课程、专长、日期、学时；同一天同一课程只登记一次）', (c, req) => P.addTraining(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { course: str('培训课程'), speciality: str('培训专长（默认为人才的专长）'), trainedOn: str('培训日期 YYYY-MM-DD'), hours: { type: 'integer', description: '学时' } } },
    response: { 200: anyObject('乡土人才') },
  });
  route('POST', '/api/v1/rural-talents/:id/reveal', TAG, '查看完整身份证号（须说明用途，记入审计日志）', (c, req) => P.revealRuralTalent(p, c, intId(req), req.body?.purpose), { params: idParam });
}
