// The ledger: its lines and balances, and the city's share of each region's payments.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { optionalId, routeMaker, TAGS } from './kit.js';

export function ledgerRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/ledger', TAGS.ledger, '资金台账与余额（?personId=&employerId=&applicationId=）', (c, req) =>
    P.ledgerLines(p, c, { personId: optionalId(req, 'personId'), employerId: optionalId(req, 'employerId'), applicationId: optionalId(req, 'applicationId') }),
  );
  route('PUT', '/api/v1/admin/fiscal-shares/:region', TAGS.admin, '设置财政分担比例（市级 %）', async (c, req) => {
    await P.setCityShare(p, c, req.params.region ?? '', req.body?.cityPct);
    return { ok: true };
  });
}
