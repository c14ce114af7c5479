// Joint review: a clerk accepts an application and routes it to the departments; each department
// gives its opinion.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { routeMaker, stepMaker } from './kit.js';

export function reviewRoutes(app: FastifyInstance, p: P.Platform): void {
  const step = stepMaker(routeMaker(app, p), p);
  step('accept', '受理并发起联审', (c, id) => P.accept(p, c, id));
  step('reviews', '联审部门意见（approve/reject + 理由）', (c, id, b) => P.review(p, c, id, b));
}
