// Benefit periods: an applicant may have one open application per matter and period. The period is
// fixed when the application is created — the claimed year for the yearly salary subsidy, the
// station for work-station funding, the subject (employee, project and claim, streamer) for matters
// claimed per subject, 'once' for matters that pay an entitlement once (its whole
// schedule of instalments comes from one application). The database holds the same rule as a
// partial unique index (migration 005_money_safety); this module names the period and the states.

import { STATE_LABELS, type AppState } from '@rencai/domain';
import type { Matter } from '../matters/index.js';
import { projectPeriodKey, projectPeriodLabel } from '../projects/index.js';

/**
 * States in which an application holds its period. Rejected and withdrawn ones free it (a new
 * application may be filed), and so does one approved with nothing to pay — a recognition, or a
 * zero amount — which stays 'approved'; one approved with money moves on to 'scheduled' at once.
 */
export const PERIOD_HOLDING_STATES: readonly AppState[] = ['draft', 'submitted', 'returned', 'reviewing', 'scheduled', 'paid'];

/** The period an application for `matter` with (validated) form data claims. */
export function periodKey(matter: Matter, data: Record<string, unknown>): string {
  if (matter.code === 'salary_subsidy') return `year:${String(data.year)}`;
  if (matter.code === 'work_station') return data.academicianStation !== undefined ? 'academician_station' : 'postdoc_station';
  // 子女就学: one open request per child request (a talent may have several children).
  if (matter.code === 'child_schooling') return `school_request:${String(data.schoolRequest)}`;
  // One claim per subject: the employee's programme reward, each project's (each claim's) funding, each streamer's award.
  if (matter.subject === 'employee') return `person:${String(data.personId)}`;
  if (matter.subject === 'project' && data.projectId !== undefined) return projectPeriodKey(data);
  if (matter.subject === 'project') return `project:${String(data.project)}${data.claim ? `:${String(data.claim)}` : ''}`;
  if (matter.subject === 'streamer') return `streamer:${String(data.streamer)}`;
  return 'once';
}

const STATIONS: Record<string, string> = { academician_station: '院士专家工作站', postdoc_station: '博士后科研工作站' };
const CLAIMS: Record<string, string> = { startup: '启动资助', upgrade: '升档资助', contribution: '地方综合贡献奖励' };

/** The period in words, for messages (e.g. “2026 年度”). */
export function periodLabel(key: string): string {
  const base = key.split('#')[0]!;
  if (base.startsWith('year:')) return `${base.slice(5)} 年度`;
  if (base in STATIONS) return STATIONS[base]!;
  if (base.startsWith('person:')) return `人才库编号 ${base.slice(7)} 的入选人才`;
  if (base.startsWith('project_record:')) return projectPeriodLabel(base);
  if (base.startsWith('project:')) {
    const [name, claim] = base.slice(8).split(':');
    return `项目「${name}」${claim ? `的${CLAIMS[claim] ?? claim}` : ''}`;
  }
  if (base.startsWith('school_request:')) return `子女就学申请 ${base.slice(15)}`;
  if (base.startsWith('streamer:')) return `主播「${base.slice(9)}」`;
  return '';
}

/** The 409 for a second open application, naming the one already there and what can be done. */
export function duplicateMessage(matter: Matter, existing: { id: number; state: string; period_key: string }): string {
  const period = periodLabel(existing.period_key);
  const state = existing.state as AppState;
  const next =
    state === 'scheduled' || state === 'paid'
      ? '该期间的待遇已核定，不能重复申报'
      : state === 'reviewing'
        ? '请等待其办结（不予通过后可重新申报）'
        : '如需重新申报，请先撤回原申报件';
  return `已有一份「${matter.name}」${period ? `（${period}）` : ''}申报件 #${existing.id}（${STATE_LABELS[state] ?? existing.state}）：同一申报人同一事项同一期间只能有一份，${next}`;
}
