// The leaders' dashboard and its workbook.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { routeMaker, TAGS } from './kit.js';

export function dashboardRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  const dashboardRange = '?from=&to=（YYYY-MM-DD，均可省略）按日期筛选：申报件按提交日，资金按台账记账日（北京时间）；人才库人数为当前数，不受日期影响。';
  route('GET', '/api/v1/stats/dashboard', TAGS.admin, '领导驾驶舱数据：人才分布、资金、办件、按时办结率（按已办结件计算）与在办超期件数', (c, req) => P.dashboard(p, c, req.query), { description: dashboardRange });
  route('GET', '/api/v1/stats/dashboard/export', TAGS.admin, '导出驾驶舱数据 Excel（工作人员和领导；范围同驾驶舱）', async (c, req, reply) => {
    const buf = await P.exportDashboard(p, c, req.query);
    const range = P.dashboardRange(req.query);
    const name = ['dashboard', range.from, range.to].filter(Boolean).join('_');
    return reply.header('content-disposition', `attachment; filename="${name}.xlsx"`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
  }, { description: dashboardRange });
}
