// 急需紧缺人才目录 under /api/v1: the Ministry of Education's discipline codes (searchable, with their
// sources), the catalogue's versions, one version with its entries, the version in force on a date;
// the city talent office's draft (compiled from the year's declarations, or copied from the last
// published version), entries added or removed on a draft, publishing with the date in force from;
// and the demand white paper (data, .docx, .xlsx).

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray, anyObject } from '../schemas.js';
import { attachment, idParam, intId, query, routeMaker, XLSX } from './kit.js';

const TAG = '急需紧缺人才目录 talent-catalogue';
const str = (description: string) => ({ type: 'string', description });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const yearQuery = query({ year: '年度（如 2025）' });

export function talentCatalogueRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/disciplines', TAG, '教育部学科专业目录（本科专业类及部分专业、研究生一级学科）：来源文件、覆盖范围；q 按名称或代码检索', async (_c, req) => P.disciplines(String((req.query as { q?: unknown }).q ?? ''), 200), { query: query({ q: '名称或代码' }), response: { 200: anyObject('学科专业目录') } });
  route('GET', '/api/v1/talent-catalogues', TAG, '急需紧缺人才目录的各版本（工作人员含草稿，其他账号只见已发布的）', (c) => P.listCatalogues(p, c), { response: { 200: anyArray('目录版本') } });
  route('GET', '/api/v1/talent-catalogues/in-force', TAG, '某日施行的目录版本及条目（date 缺省为今天）；没有时为 null', (c, req) => P.catalogueInForceView(p, c, String((req.query as { date?: unknown }).date ?? P.todayString(p))), { query: query({ date: '日期 YYYY-MM-DD' }) });
  route('GET', '/api/v1/talent-catalogues/:id', TAG, '一个目录版本及其条目（行业 × 专业 × 岗位，及所依据的需求条数、人数）', (c, req) => P.getCatalogue(p, c, intId(req)), { params: idParam, response: { 200: anyObject('目录版本') } });
  route('POST', '/api/v1/talent-catalogues', TAG, '新建目录草稿（市人才办）：年度的下一版，复制该年度最近发布版的条目；每年度只能有一份草稿', (c, req) => P.createDraft(p, c, req.body ?? {}), {
    body: { type: 'object', properties: { year: { type: 'integer', description: '年度' }, title: str('目录名称'), note: str('编制说明') } },
    response: { 200: anyObject('目录版本') },
  });
  route('POST', '/api/v1/talent-catalogues/compile', TAG, '按年度企业人才需求申报汇总生成目录草稿（市人才办）：每个行业 × 学科专业一条，附需求条数与人数', (c, req) => P.compileCatalogue(p, c, req.body ?? {}), {
    body: { type: 'object', properties: { year: { type: 'integer', description: '年度' }, title: str('目录名称'), note: str('编制说明') } },
    response: { 200: anyObject('目录版本') },
  });
  route('POST', '/api/v1/talent-catalogues/:id/entries', TAG, '在草稿中增加条目（市人才办）：行业门类、学科专业代码、岗位（可不填）', (c, req) => P.addEntry(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { industry: str('行业门类 A–T'), majorCode: str('学科专业代码（如 u:0809、u:080901、g:0812）'), post: str('岗位（可不填）'), demandCount: { type: 'integer', description: '需求条数' }, headcount: { type: 'integer', description: '需求人数' }, note: str('说明') } },
    response: { 200: anyObject('目录版本') },
  });
  route('POST', '/api/v1/talent-catalogues/:id/entries/:entryId/remove', TAG, '删除草稿中的条目（市人才办）', (c, req) => P.removeEntry(p, c, intId(req), Number((req.params as { entryId: string }).entryId)), {
    params: { type: 'object', properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$', description: '编号' }, entryId: { type: 'string', pattern: '^[1-9][0-9]{0,14}$', description: '条目编号' } }, required: ['id', 'entryId'] },
    response: { 200: anyObject('目录版本') },
  });
  route('POST', '/api/v1/talent-catalogues/:id/publish', TAG, '发布草稿（市人才办）：写明施行日期；发布后不再修改，调整须新建下一版', (c, req) => P.publishCatalogue(p, c, intId(req), req.body ?? {}), {
    params: idParam,
    body: { type: 'object', properties: { effectiveFrom: str('施行日期 YYYY-MM-DD') } },
    response: { 200: anyObject('目录版本') },
  });
  route('GET', '/api/v1/white-paper', TAG, '人才需求白皮书（人才办、领导；本人管辖地区）：按行业、县（市、区）、学历、专业汇总及编制说明', (c, req) => P.whitePaper(p, c, (req.query as { year?: unknown }).year), { query: yearQuery, response: { 200: anyObject('白皮书') } });
  route('GET', '/api/v1/white-paper/docx', TAG, '下载人才需求白皮书（Word .docx：表格、图、编制说明）', async (c, req, reply) => {
    const buf = await P.whitePaperDocx(p, c, (req.query as { year?: unknown }).year);
    return reply.header('content-disposition', attachment('white-paper.docx', '人才需求白皮书.docx')).type(DOCX).send(buf);
  }, { query: yearQuery });
  route('GET', '/api/v1/white-paper/xlsx', TAG, '下载人才需求白皮书附表（.xlsx）', async (c, req, reply) => {
    const buf = await P.whitePaperXlsx(p, c, (req.query as { year?: unknown }).year);
    return reply.header('content-disposition', attachment('white-paper.xlsx', '人才需求白皮书.xlsx')).type(XLSX).send(buf);
  }, { query: yearQuery });
}
