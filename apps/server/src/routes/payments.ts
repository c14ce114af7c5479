// Payments: a single instalment paid once (idempotency key), payment batches for the finance bureau,
// their export with full account numbers (audited) and the bank's result file.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { readUpload } from '../platform/upload-body.js';
import { idem, idParam, intId, routeMaker, TAGS } from './kit.js';

export function paymentsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('POST', '/api/v1/ledger/payments', TAGS.ledger, '登记一笔兑付（Idempotency-Key 头必填；同一分期只兑付一次；已列入待兑付批次的分期只能由批次入账，409）', (c, req, reply) => P.payInstalment(p, c, req.body?.instalmentKey, idem(req)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/payment-batches', TAGS.ledger, '兑付批次', (c) => P.listBatches(p, c));
  route('POST', '/api/v1/payment-batches', TAGS.ledger, '生成兑付批次（本地区到期未兑付款项；Idempotency-Key 头必填）', (c, req, reply) => P.createBatch(p, c, req.body?.region, idem(req)).then((v) => reply.status(201).send(v)));
  route('GET', '/api/v1/payment-batches/:id', TAGS.ledger, '批次明细（收款账号脱敏；missingAccounts 为缺少收款账户的笔数）', (c, req) => P.getBatch(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/payment-batches/:id/export', TAGS.ledger, '导出批次 Excel（交财政局；含完整收款账号，导出记入审计日志）', async (c, req, reply) => {
    const buf = await P.exportBatch(p, c, intId(req));
    return reply.header('content-disposition', `attachment; filename="batch-${intId(req)}.xlsx"`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
  }, { params: idParam });
  route('POST', '/api/v1/payment-batches/:id/result', TAGS.ledger, '导入银行结果文件（.xlsx 或 .csv，限制同人才导入）：整批入账或整批不入账；已另行入账的分期不重复入账，在 alreadyBooked 中逐行列出', async (c, req) => {
    await P.mayImportBankResult(p, c, intId(req));
    const f = await readUpload(req);
    return P.importBankResult(p, c, intId(req), f.content, f.filename);
  }, { params: idParam });
}
