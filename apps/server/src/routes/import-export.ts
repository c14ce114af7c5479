// Imports and exports: bulk person and employer imports (bounded uploads), their templates, and the
// formula-safe exports of persons, employers and the application queue.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { readUpload } from '../platform/upload-body.js';
import { attachment, routeMaker, TAGS, XLSX } from './kit.js';

export function importExportRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('POST', '/api/v1/import/persons', TAGS.registry, '批量导入人才（.xlsx 或 .csv，multipart 字段 file，≤10 MB、≤10 万行、≤64 列、单元格≤1000 字）：逐行报告错误，正确行入库', async (c, req) => {
    P.mayImport(c, 'persons');
    const f = await readUpload(req);
    return P.importPersons(p, c, f.content, f.filename);
  });
  route('POST', '/api/v1/import/employers', TAGS.registry, '批量导入单位（.xlsx 或 .csv，限制同人才导入）', async (c, req) => {
    P.mayImport(c, 'employers');
    const f = await readUpload(req);
    return P.importEmployers(p, c, f.content, f.filename);
  });
  route('GET', '/api/v1/import/persons/template', TAGS.registry, '人才导入模板（经办人员；.xlsx：导入读取的列名行，身份证号、手机号、信用代码、银行账号列为文本格式；第二张表“填写说明”列出每列是否必填、可填值、格式和示例）', async (c, _req, reply) => {
    const buf = await P.importTemplate(c, 'persons');
    return reply.header('content-disposition', attachment('persons-template.xlsx', '人才导入模板.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/import/employers/template', TAGS.registry, '单位导入模板（.xlsx，同上）', async (c, _req, reply) => {
    const buf = await P.importTemplate(c, 'employers');
    return reply.header('content-disposition', attachment('employers-template.xlsx', '单位导入模板.xlsx')).type(XLSX).send(buf);
  });
  route('GET', '/api/v1/export/persons', TAGS.registry, '导出人才（?format=xlsx|csv，脱敏）', async (c, req, reply) => {
    const format = req.query.format === 'csv' ? 'csv' : 'xlsx';
    const buf = await P.exportPersons(p, c, format);
    reply.header('content-disposition', `attachment; filename="persons.${format}"`);
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(buf);
  });
  route('GET', '/api/v1/export/employers', TAGS.registry, '导出单位（.xlsx）', async (c, _req, reply) => {
    const buf = await P.exportEmployers(p, c);
    reply.header('content-disposition', 'attachment; filename="employers.xlsx"').type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return reply.send(buf);
  });
  route('GET', '/api/v1/export/applications', TAGS.applications, '导出申报件队列（工作人员；?format=xlsx|csv&state=&matter=&overdue=true&q=，与队列的范围和筛选相同；记入审计日志）', async (c, req, reply) => {
    const format = req.query.format ?? 'xlsx';
    const buf = await P.exportApplications(p, c, format, { state: req.query.state || undefined, matter: req.query.matter || undefined, overdue: req.query.overdue === 'true', awaitingMyReview: req.query.awaitingMyReview === 'true', q: req.query.q || undefined });
    return reply.header('content-disposition', attachment(`applications.${format}`, `申报件.${format}`)).type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX).send(buf);
  });
}
