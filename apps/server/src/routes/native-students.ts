// 衢籍大学生 database under /api/v1/native-students: record one student or import an Excel file (all
// rows or none, errors by row and column), the students of the caller's regions (masked; the ID's
// county beside the declared 户籍, a mismatch flagged), one student with their activities, an
// audited full read, counts by county and graduation year with the returned ones, the 家乡行
// activities and internships (under /api/v1/native-student-activities), the template and the
// contact list of those who consented.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { readUpload } from '../platform/upload-body.js';
import { anyArray, anyObject } from '../schemas.js';
import { attachment, idem, idParam, intId, query, routeMaker, XLSX, type Req } from './kit.js';

const TAG = '衢籍大学生 native-students';
const str = (description: string) => ({ type: 'string', description });

export function nativeStudentsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('POST', '/api/v1/native-students', TAG, '登记衢籍大学生（人才办经办人员；户籍县为本人管辖地区；身份证号地址码与户籍不一致的标注待核实，不拒绝）', (c, req) => P.createStudent(p, c, req.body ?? {}), {
    body: {
      type: 'object',
      properties: {
        name: str('姓名'),
        idNumber: str('身份证号'),
        region: str('户籍县（市、区）'),
        school: str('学校'),
        major: str('专业'),
        degree: str('学历：college（专科）、bachelor（本科）、master（硕士研究生）、phd（博士研究生）'),
        graduationYear: { type: 'integer', description: '毕业年份（在读学生为预计毕业年份）' },
        phone: str('手机号'),
        consent: { type: 'boolean', description: '同意联系' },
      },
    },
    response: { 200: anyObject('衢籍大学生') },
  });
  route('GET', '/api/v1/native-students', TAG, '衢籍大学生（本人管辖地区，脱敏）', (c, req) => P.listStudents(p, c, req.query), { query: query({ region: '户籍县（市、区）', year: '毕业年份', q: '姓名', mismatch: '1：只看户籍与身份证地址码不一致的', returned: '1：只看已回归的' }), response: { 200: anyArray('衢籍大学生') } });
  route('POST', '/api/v1/native-students/import', TAG, '导入衢籍大学生（.xlsx 或 .csv，multipart 字段 file）：任何一行有错则全部不导入，按行、列报告错误', async (c, req) => {
    P.mayImportStudents(c);
    const f = await readUpload(req);
    return P.importStudents(p, c, f.content, f.filename);
  });
  route('GET', '/api/v1/native-students/template', TAG, '衢籍大学生导入模板（.xlsx）', async (c, _req, reply) => {
    const buf = await P.studentTemplate(c);
    return reply.header('content-disposition', attachment('native-students-template.xlsx', '衢籍大学生导入模板.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/native-students/contacts', TAG, '导出同意联系的衢籍大学生联系名单（.xlsx，含完整手机号，记入审计日志）', async (c, _req, reply) => {
    const buf = await P.exportStudentContacts(p, c);
    return reply.header('content-disposition', attachment('native-student-contacts.xlsx', '衢籍大学生联系名单.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/native-students/counts', TAG, '按户籍县（市、区）和毕业年份统计：学生数、已毕业、已回归（人才库中有在衢任职记录）、待核实、同意联系', (c) => P.studentCounts(p, c), { response: { 200: anyObject('统计') } });
  route('POST', '/api/v1/native-student-activities', TAG, '登记衢籍学子家乡行活动或实习及参加的学生；Idempotency-Key 相同的重发返回同一活动', (c, req) => P.recordActivity(p, c, req.body ?? {}, idem(req as Req)), {
    body: {
      type: 'object',
      properties: {
        kind: str('活动类型：hometown_visit（衢籍学子家乡行）、internship（实习）'),
        title: str('活动名称'),
        heldOn: str('活动日期 YYYY-MM-DD'),
        host: str('承办或实习单位'),
        studentIds: { type: 'array', items: { type: 'integer' }, description: '参加的学生编号' },
        idempotencyKey: str('请求编号（也可用 Idempotency-Key 请求头）'),
      },
    },
    response: { 200: anyObject('活动') },
  });
  route('GET', '/api/v1/native-student-activities', TAG, '衢籍学子活动（本人管辖地区）', (c) => P.listActivities(p, c), { response: { 200: anyArray('活动') } });
  route('GET', '/api/v1/native-student-activities/:id', TAG, '一项活动及参加的学生', (c, req) => P.getActivity(p, c, intId(req)), { params: idParam, response: { 200: anyObject('活动') } });
  route('GET', '/api/v1/native-students/:id', TAG, '一名衢籍大学生及参加的活动', (c, req) => P.getStudent(p, c, intId(req)), { params: idParam, response: { 200: anyObject('衢籍大学生') } });
  route('POST', '/api/v1/native-students/:id/reveal', TAG, '查看完整身份证号或（同意联系的）手机号（须说明用途，记入审计日志）', (c, req) => P.revealStudent(p, c, intId(req), req.body?.field, req.body?.purpose), { params: idParam });
}
