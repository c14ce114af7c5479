// Client of the official values API (/api/v1/official-values): the parameters officials may set,
// proposing a value, the decisions it would change, confirming and rejecting.

import { json, request } from '../api';

export interface OfficialSource { doc: string; article?: string; text: string; source?: string; interpretation?: string }
export interface OfficialRecord {
  id: number; policy: string; path: string; label: string; from: string; value: number | string; yuan?: string; display: string; reference: OfficialSource;
  state: 'proposed' | 'confirmed' | 'rejected' | 'superseded'; stateLabel: string; proposedBy: string | null; proposedByMe: boolean; proposedAt: string;
  decidedBy: string | null; decidedAt: string | null; rejectReason: string | null; generation: number | null; supersededBy: number | null; supersededAt: string | null;
}
export interface DatedValueView {
  from: string; to?: string; value: number | string; yuan?: string; display: string; reference: OfficialSource; example?: boolean;
  official?: { id: number; proposedBy: string | null; confirmedBy: string | null; confirmedAt: string | null };
}
export interface OfficialParameterView {
  policy: string; path: string; label: string; description: string; unit: string | null; unitLabel: string; kind: 'half_year' | 'from_date'; why: string;
  choices?: { value: string; label: string }[]; minYuan?: string; maxYuan?: string; mayPropose: boolean; values: DatedValueView[]; pending: OfficialRecord[];
}
export interface AffectedDecision { applicationId: number; matter: string; matterName: string; region: string; regionName: string; decidedFen: number; beforeFen: number; afterFen: number; differenceFen: number }
export interface Impact { proposal: OfficialRecord; generation: number; affected: AffectedDecision[]; token: string }
export interface Proposal { path: string; from: string; value: string; source: { doc: string; article?: string; url?: string; text: string } }

export const officialApi = {
  parameters: () => request<OfficialParameterView[]>('/api/v1/official-values'),
  history: (path: string) => request<OfficialRecord[]>(`/api/v1/official-values/history?path=${encodeURIComponent(path)}`),
  propose: (body: Proposal) => request<OfficialRecord>('/api/v1/official-values', json('POST', body)),
  impact: (id: number) => request<Impact>(`/api/v1/official-values/${id}/impact`),
  confirm: (id: number, impactToken: string) => request<{ record: OfficialRecord; affected: AffectedDecision[] }>(`/api/v1/official-values/${id}/confirm`, json('POST', { impactToken })),
  reject: (id: number, reason: string) => request<OfficialRecord>(`/api/v1/official-values/${id}/reject`, json('POST', { reason })),
};
