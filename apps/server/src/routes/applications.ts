// Applications: the matters catalogue, filing, evidence (uploaded after the scope check, downloaded
// by sniffed type), submission, withdrawal, returns for missing materials, and overdue escalation.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { anyArray } from '../schemas.js';
import type { PublicLimits } from '../rate-limits.js';
import { callerOf } from '../platform/session.js';
import { evidenceHeaders } from '../security-headers.js';
import { readUpload } from '../platform/upload-body.js';
import { ERR, idParam, intId, PAGE, query, routeMaker, stepMaker, TAGS } from './kit.js';

/** `browse`: the per-address limit of the public matters catalogue. */
export function applicationsRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  const route = routeMaker(app, p);
  app.get('/api/v1/matters', { config: { rateLimit: browse }, schema: { tags: [TAGS.applications], security: [], summary: '事项目录：条款、申报主体、所需材料（人才库已有的免交）、联审部门、承诺时限', response: { 200: anyArray('事项') } } }, async () => P.MATTERS.map((m) => P.matterView(m)));
  route('GET', '/api/v1/me/matters', TAGS.applications, '我可申报的事项：人才按工作地、单位按注册地，只列适用政策包的事项；单位事项附可选的申报对象（本单位人才、登记的项目或主播）', (c) => P.mattersOffered(p, c), { response: { 200: anyArray('可申报的事项') } });
  route('GET', '/api/v1/applications', TAGS.applications, '申报件列表（按期限排序；?state=&matter=&overdue=true&awaitingMyReview=true&q=&page=&pageSize=；q 为申报人姓名（或其中几个字）或完整的 18 位身份证号）', (c, req) => P.listApplications(p, c, { ...req.query, overdue: req.query.overdue === 'true', awaitingMyReview: req.query.awaitingMyReview === 'true' }), { query: query({ state: '状态（如 submitted、accepted、approved）', matter: '事项代码', overdue: 'true：只看超期', awaitingMyReview: 'true：只看待本部门审核', q: '申报人姓名（或其中几个字）或完整的 18 位身份证号', ...PAGE }) });
  route('POST', '/api/v1/applications', TAGS.applications, '新建申报（草稿）；同一申报人同一事项同一期间已有在办申报件时 409，并指明该申报件', (c, req, reply) => P.createApplication(p, c, req.body ?? {}).then((a) => P.getApplication(p, c, a.id)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/applications/:id', TAGS.applications, '申报件详情：材料、办理记录、联审意见、核定结果', (c, req) => P.getApplication(p, c, intId(req)), { params: idParam });
  route('POST', '/api/v1/applications/:id/files', TAGS.applications, '上传材料（multipart：material 字段 + 一个 file；PDF/JPEG/PNG，≤10 MB）；先核对申报件和权限，再读取文件', async (c, req, reply) => {
    await P.mayUploadTo(p, c, intId(req));
    const f = await readUpload(req);
    return reply.status(201).send(await P.attachFile(p, c, intId(req), f.fields.material, f.filename, f.content));
  }, { params: idParam });
  app.get<{ Params: { id: string; sha: string } }>(
    '/api/v1/applications/:id/files/:sha',
    {
      schema: {
        tags: [TAGS.applications],
        summary: '下载材料（仅能查看该申报件的人）：类型按文件内容识别，图片和 PDF 可在浏览器中直接查看，其他一律作为附件下载',
        params: { type: 'object', properties: { id: idParam.properties.id, sha: { type: 'string', pattern: '^[0-9a-f]{64}$', description: '材料的 SHA-256' } }, required: ['id', 'sha'] },
        response: { 200: { type: 'string', format: 'binary', description: 'PDF、JPEG 或 PNG' }, ...ERR },
      },
    },
    async (req, reply) => {
      const c = await callerOf(p, req);
      const f = await P.readFile(p, c, Number(req.params.id), req.params.sha);
      return evidenceHeaders(reply, f.content, `evidence-${req.params.sha.slice(0, 12)}`).send(f.content);
    },
  );
  const step = stepMaker(route, p);
  step('submit', '提交（或补正后重新提交）', (c, id, b) => P.submit(p, c, id, typeof b.version === 'number' ? b.version : undefined));
  step('withdraw', '撤回', (c, id, b) => P.withdraw(p, c, id, typeof b.reason === 'string' ? b.reason : undefined));
  step('return', '退回补正（一次性列出全部所缺材料）', (c, id, b) => P.returnForMaterials(p, c, id, b.missing, b.reason));
  route('POST', '/api/v1/admin/overdue', TAGS.admin, '标记超期申报件并提请督办', async (c) => {
    P.requireRole(c, ['admin', 'leader'], '运行督办');
    return { flagged: await P.flagOverdue(p) };
  });
}
