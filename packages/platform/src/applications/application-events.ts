// An application's history (办理记录) as people read it: every event with a Chinese label — the
// step's name, or for a joint-review opinion the department's name and its decision — the free-text
// note on its own, and the stored codes (action, department) kept beside them for experts.

import { ACTIONS, STATE_LABELS, type AppState } from '@rencai/domain';
import { departmentName, type Matter } from '../matters/index.js';

/** Events written outside the state machine's transitions. */
const OTHER_LABELS: Record<string, string> = {
  create: '创建申报（草稿）',
  proactive: '免申即享：系统根据人才库数据生成申报',
  adjust: '调整核定金额（待第二人复核）',
  escalate: '超期督办',
  'budget.flag': '超出预算额度（待第二人复核）',
  'budget.override': '超出预算额度，第二人说明理由后核准',
};

export interface EventRow {
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  at: Date;
  display_name: string | null;
}

export interface EventView {
  /** The stored action code (e.g. review.approve), for experts. */
  action: string;
  /** What happened, in Chinese. */
  label: string;
  from: string | null;
  to: string | null;
  toLabel: string | null;
  /** The stored reason as written. */
  reason: string | null;
  /** The free text to show under the label (a review's code prefix removed); null when there is none. */
  note: string | null;
  /** For a joint-review opinion: the department's code and name. */
  department?: string;
  departmentName?: string;
  at: string;
  /** Who took the step; null for the system. */
  by: string | null;
}

const stateLabel = (s: string | null) => (s ? (STATE_LABELS[s as AppState] ?? s) : null);

export function eventView(e: EventRow, matter: Matter | undefined): EventView {
  const base = { action: e.action, from: e.from_state, to: e.to_state, toLabel: stateLabel(e.to_state), reason: e.reason, at: e.at.toISOString(), by: e.display_name };
  const review = /^review\.(approve|reject)$/.exec(e.action);
  if (review) {
    // Stored as "<department code>：同意|不同意[，reason]".
    const m = /^([A-Za-z0-9_]+)：(?:同意|不同意)(?:，([\s\S]*))?$/.exec(e.reason ?? '');
    const code = m?.[1];
    const name = (code && (matter?.departments.find((d) => d.code === code)?.name ?? departmentName(code))) || '联审部门';
    return { ...base, label: `${name}：${review[1] === 'approve' ? '同意' : '不同意'}`, note: m ? (m[2]?.trim() || null) : e.reason, ...(code ? { department: code, departmentName: name } : {}) };
  }
  const label = (ACTIONS as Record<string, { label: string }>)[e.action]?.label ?? OTHER_LABELS[e.action] ?? stateLabel(e.to_state) ?? '办理';
  // A note that only repeats the label (受理并发起联审 / 已受理，发起联审) is still the clerk's wording: keep it.
  return { ...base, label, note: e.reason };
}
