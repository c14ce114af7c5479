// Client of the work list API (/api/v1/worklist): progress against the targets, a target's
// drill-down, a unit's duties and reports, the report workflow, and the quarterly briefing.

import { download, json, qs, request, upload } from '../api';

export type Status = 'done' | 'on_track' | 'lagging' | 'severe' | 'missed' | 'no_data';
export interface TrendPoint { period: string; label: string; actual: number | null; expected: number }
export interface TargetProgress {
  id: string; indicator: string; sentence: string; note: string | null; taskNo: number | null; taskTitle: string | null; itemNo: string | null; itemText: string | null;
  leadUnit: string; leadUnitName: string; partners: string[]; measure: string; kind: string; kindLabel: string; comparison: string; comparisonLabel: string;
  target: number; targetChange: { original: number; reason: string; at: string } | null; base: number | null; actual: number | null; expected: number;
  actualShare: number | null; expectedShare: number; gapPoints: number | null; status: Status; statusLabel: string; dataAsOf: string | null; dataPeriod: string | null;
  computed: { definition: string; value: number } | null; reported: number | null; discrepancy: boolean; late: number; trend: TrendPoint[];
  byRegion: Array<{ region: string; areaName: string; actual: number | null; split: number | null }>;
}
export interface Rule { text: string; lagPoints: number; severePoints: number; aboutTolerancePercent: number; diffTolerancePercent: number }
export interface ProgressView {
  asOf: string; plan: { doc: string; title: string; start: string; end: string }; rule: Rule; statusLabels: Record<Status, string>; counts: Record<Status, number>;
  overall: TargetProgress[]; targets: TargetProgress[]; tasks: Array<{ no: number; title: string }>; units: Array<{ code: string; name: string }>; regions: Array<{ code: string; name: string }>;
}
/** What the platform itself records about a work item (a lower bound, for reference). */
export interface PlatformRecord { id: string; label: string; unit: string; definition: string; total: number; thisYear: number; byRegion: Array<{ region: string; areaName: string; n: number }>; from: string; to: string }
export interface TargetDetail extends TargetProgress {
  rule: Rule; asOf: string; records: PlatformRecord[];
  reports: Array<{ id: number; unitName: string; areaName: string; period: string; periodLabel: string; revision: number; value: number | null; state: string; stateLabel: string; narrative: string; files: number }>;
  targetHistory: Array<{ value: number; reason: string; at: string }>;
  splitHistory: Array<{ region: string; areaName: string; value: number; reason: string; at: string }>;
}
export interface Duty {
  targetId: string; indicator: string; itemNo: string | null; taskTitle: string | null; measure: string; unit: string; unitName: string; region: string; areaName: string;
  period: string; periodLabel: string; dueOn: string; overdue: boolean;
  report: { id: number; state: string; stateLabel: string; value: number | null; revision: number; returnedOnce: boolean } | null;
}
export interface Report {
  id: number; targetId: string; indicator: string; sentence: string; itemNo: string | null; itemText: string | null; measure: string; unit: string; unitName: string;
  region: string; areaName: string; period: string; periodLabel: string; revision: number; correctionReason: string | null; value: number | null; narrative: string;
  state: string; stateLabel: string; version: number; dueOn: string | null; clock: { running: boolean; workdaysLeft: number | null; overdue: boolean };
  returnReason: string | null; returnedOnce: boolean; files: Array<{ sha256: string; mime: string; size: number; name: string; addedAt: string }>;
  history: Array<{ action: string; from: string | null; to: string; toLabel: string; actor: string | null; reason: string | null; at: string }>;
  revisions: Array<{ id: number; revision: number; state: string; stateLabel: string; value: number | null; correctionReason: string | null; acceptedAt: string | null }>;
  actions: string[];
}
export interface Briefing {
  title: string; asOf: string; generatedAt: string; plan: ProgressView['plan']; rule: Rule; counts: Record<Status, number>; statusLabels: Record<Status, string>;
  overall: TargetProgress[]; units: Array<{ unit: string; unitName: string; targets: TargetProgress[]; lateCount: number }>;
  milestoneItems: Array<{ itemNo: string; text: string; leadUnitName: string; status: string; statusLabel: string; milestones: Array<{ title: string; dueOn: string; doneOn: string | null; overdue: boolean }> }>;
  lateReporters: Array<{ unit: string; unitName: string; count: number; items: Array<{ indicator: string; areaName: string; periodLabel: string; dueOn: string; state: string }> }>;
}
export interface Milestone { id: number; title: string; dueOn: string; doneOn: string | null; doneNote: string | null; doneBy: string | null; overdue: boolean; late: boolean }
export interface MilestoneItem {
  itemNo: string; taskNo: number; taskTitle: string; text: string; leadUnit: string; leadUnitName: string; partners: string[];
  status: 'done' | 'on_track' | 'lagging' | 'no_plan'; statusLabel: string; overdue: number; milestones: Milestone[]; records: PlatformRecord[];
}
export interface ProgressFilter { asOf?: string; unit?: string; region?: string; task?: string; status?: string }
export interface SaveBody { targetId: string; region?: string; period: string; value?: number | string; unit?: string; narrative?: string; correctionReason?: string; version?: number }

export const worklistApi = {
  progress: (q: ProgressFilter = {}) => request<ProgressView>(`/api/v1/worklist/progress${qs({ ...q })}`),
  target: (id: string, q: { asOf?: string } = {}) => request<TargetDetail>(`/api/v1/worklist/targets/${encodeURIComponent(id)}${qs({ ...q })}`),
  duties: (q: { state?: string; period?: string; targetId?: string } = {}) => request<Duty[]>(`/api/v1/worklist/duties${qs({ ...q })}`),
  report: (id: number) => request<Report>(`/api/v1/worklist/reports/${id}`),
  save: (body: SaveBody) => request<Report>('/api/v1/worklist/reports', json('POST', body)),
  attach: (id: number, file: File) => upload<unknown>(`/api/v1/worklist/reports/${id}/files`, file),
  fileUrl: (id: number, sha: string) => `/api/v1/worklist/reports/${id}/files/${sha}`,
  act: (id: number, action: 'submit' | 'sign' | 'send_back' | 'return' | 'accept', body: { reason?: string; version?: number } = {}) => request<Report>(`/api/v1/worklist/reports/${id}/${action}`, json('POST', body)),
  changeTarget: (id: string, body: { value: number; reason: string }) => request<unknown>(`/api/v1/worklist/targets/${encodeURIComponent(id)}/value`, json('POST', body)),
  splitTarget: (id: string, body: { split: Record<string, number>; reason: string }) => request<unknown>(`/api/v1/worklist/targets/${encodeURIComponent(id)}/split`, json('POST', body)),
  items: () => request<{ statusLabels: Record<string, string>; items: MilestoneItem[] }>('/api/v1/worklist/items'),
  addMilestone: (itemNo: string, body: { title: string; dueOn: string }) => request<{ id: number }>(`/api/v1/worklist/items/${encodeURIComponent(itemNo)}/milestones`, json('POST', body)),
  completeMilestone: (id: number, body: { doneOn?: string; note: string }) => request<{ id: number }>(`/api/v1/worklist/milestones/${id}/done`, json('POST', body)),
  briefing: (q: { asOf?: string } = {}) => request<Briefing>(`/api/v1/worklist/briefing${qs({ ...q })}`),
  briefingExport: (q: { asOf?: string } = {}) => download(`/api/v1/worklist/briefing/export${qs({ ...q })}`),
};
