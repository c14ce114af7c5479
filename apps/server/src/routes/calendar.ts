// The working-day calendar: an administrator keeps each year's holidays and make-up working days.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { routeMaker, TAGS } from './kit.js';

export function calendarRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('PUT', '/api/v1/admin/calendar/:year', TAGS.admin, '维护某年节假日与调休安排（记入审计日志）', async (c, req) => {
    P.requireRole(c, ['admin'], '维护工作日历');
    p.calendar = await P.setCalendarYear(p.db, Number(req.params.year), String(req.body?.source ?? ''), (req.body?.days ?? []) as never, c);
    return { ok: true };
  });
}
