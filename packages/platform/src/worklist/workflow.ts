// A unit's report as a workflow (the same engine as applications): the reporter drafts and submits,
// the unit's head signs it off (or sends it back to the reporter), the talent office accepts it or
// returns it once with reasons, like 补正; an accepted figure changes only through a correction,
// which runs the same way and, when accepted, supersedes the earlier figure. The unit's clock runs
// until the head has signed, against the period's due date; an overdue report is escalated once to
// the talent office and the leaders.

import type { Selectable, WorklistReportsTable } from '@rencai/store';
import { leadersOf } from '../accounts/index.js';
import { tableStore, type WorkflowDefinition } from '../workflow/index.js';
import { areaName, targetEntry, unitName } from './catalogue.js';

export type ReportRow = Selectable<WorklistReportsTable>;
export type ReportState = ReportRow['state'];
export type ReportAction = 'submit' | 'sign' | 'send_back' | 'return' | 'accept';

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  draft: '草稿',
  submitted: '待单位负责人签发',
  signed: '待人才办审核',
  returned: '人才办已退回修改',
  accepted: '已采纳',
  superseded: '已被更正取代',
};

const label = (r: ReportRow) => `${targetEntry(r.target_id)?.target.indicator ?? '指标'}（${r.period}，${unitName(r.unit)}${r.region === 'quzhou_city' ? '' : `·${areaName(r.region)}`}）`;

export const reportWorkflow: WorkflowDefinition<ReportState, ReportAction, ReportRow> = {
  name: 'worklist_report',
  noun: '填报',
  states: {
    draft: { label: REPORT_STATE_LABELS.draft, clock: true },
    submitted: { label: REPORT_STATE_LABELS.submitted, clock: true },
    signed: { label: REPORT_STATE_LABELS.signed },
    returned: { label: REPORT_STATE_LABELS.returned, clock: true },
    accepted: { label: REPORT_STATE_LABELS.accepted },
    superseded: { label: REPORT_STATE_LABELS.superseded },
  },
  actions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', takers: ['unit_reporter'], label: '提交单位负责人签发' },
    sign: { from: ['submitted'], to: 'signed', takers: ['unit_head'], label: '签发报送人才办' },
    send_back: { from: ['submitted'], to: 'draft', takers: ['unit_head'], label: '退回填报员修改' },
    return: { from: ['signed'], to: 'returned', takers: ['clerk'], label: '退回修改' },
    accept: { from: ['signed'], to: 'accepted', takers: ['clerk'], label: '采纳' },
  },
  // The due date is the period's, set when the report is made; the engine's clock only reads it.
  workdays: () => 0,
  notify: () => [],
  escalation: {
    reason: (r) => `已超过填报截止日（${r.due_on}），已提请督办`,
    async messages(trx, r) {
      const text = `督办：${label(r)} 已超过填报截止日 ${r.due_on} 仍未签发报送`;
      return (await leadersOf(trx, r.region)).map((userId) => ({ userId, text }));
    },
  },
  store: tableStore<ReportState, ReportRow>({ table: 'worklist_reports', events: 'worklist_report_events', subjectColumn: 'report_id', escalatedColumn: 'escalated_at' }),
};

export const reportLabel = label;
