// The audit log: an administrator verifies its keyed hash chain.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { verifyAudit } from '@rencai/store';
import { routeMaker, TAGS } from './kit.js';

export function auditRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/admin/audit/verify', TAGS.admin, '校验审计日志哈希链', async (c) => {
    P.requireRole(c, ['admin'], '校验审计日志');
    return verifyAudit(p.db);
  });
}
