// Proactive eligibility (免申即享): the screening run, and a talent's own entitlements with the
// matters they may apply for.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { routeMaker, TAGS } from './kit.js';

export function proactiveRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/me/entitlements', TAGS.applications, '我的待遇：按认定事实计算，以及可申报的事项（免申即享）', (c) => P.myEntitlements(p, c));
  route('POST', '/api/v1/proactive/run', TAGS.admin, '免申即享筛查（create=true 时按事项配置自动生成申报，仅人才办经办人员；领导、管理员只能筛查）', (c, req) => P.runProactive(p, c, { create: req.body?.create === true }));
}
