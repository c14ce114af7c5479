// Decisions: approving rule by rule, deciding or closing open rules later, the second approver's
// confirmation of an adjusted amount, rejection, the computation behind a decision, and which past
// decisions current policy and facts would change.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { idParam, intId, routeMaker, stepMaker, TAGS } from './kit.js';

export function decisionsRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  const step = stepMaker(route, p);
  step('approve', '核准：逐条规则核定（事实齐全的规则各自核定兑付，缺少事实的规则列为待定、不阻碍其他规则；金额按规则计算，调整金额须写明理由并由第二人复核；全部规则都缺少事实时 422）', (c, id, b) => P.approve(p, c, id, b));
  step('open-rules/decide', '补充核定待定的规则（其事实已补录后；新的一次决定，单独的核定回执；调整金额同样须第二人复核；仍缺少事实时 422）', (c, id, b) => P.decideOpenRules(p, c, id, b));
  step('open-rules/close', '结束待定的规则、不予核定（须写明理由 reason）', (c, id, b) => P.closeOpenRules(p, c, id, b.reason));
  step('confirm-adjustment', '第二人复核调整后的金额或超出预算额度的核定（首次核准或补充核定；超出预算额度时须写明理由 reason）', (c, id, b) => P.confirmAdjustment(p, c, id, b));
  step('reject', '不予通过（须说明理由）', (c, id, b) => P.reject(p, c, id, b.reason));
  route('GET', '/api/v1/applications/:id/computation', TAGS.applications, '按认定事实计算的金额与逐步解释（核定依据）', (c, req) => P.preview(p, c, intId(req)), { params: idParam });
  route('GET', '/api/v1/decisions/changes', TAGS.applications, '历史核定的影响清单：按现行政策包和人才库事实重算，列出会得出不同结果的决定', (c) => P.decisionChanges(p, c));
}
