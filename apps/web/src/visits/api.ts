// Client of the visits API (/api/v1/visits…): record a visit with the problems found, the visits
// (all of one's regions or one's own), the enterprises one may visit, coverage and the export.

import { download, json, qs, request } from '../api';

export interface Visit {
  id: number; enterpriseId: number; enterpriseName: string; region: string; regionName: string; visitedOn: string; recordedById: number; recordedBy: string;
  companions: string[]; topics: string[]; topicLabels: string[]; notes: string; problemIds: number[]; createdAt: string;
}
export interface CoverageRow {
  region: string; regionName: string; enterprises: number; visited: number; share: number | null; largeMedium: number; largeMediumVisited: number; largeMediumShare: number | null; visits: number; problems: number;
}
export interface Coverage { year: string; rows: CoverageRow[]; total: CoverageRow; note: string }
export interface VisitForm { enterpriseId?: number; visitedOn: string; companions: string[]; topics: string[]; notes: string; problems: Array<{ category: string; description: string }> }

export const visitsApi = {
  list: (q: { mine?: string; year?: string } = {}) => request<Visit[]>(`/api/v1/visits${qs(q)}`),
  enterprises: () => request<Array<{ id: number; name: string; regionName: string }>>('/api/v1/visits/enterprises'),
  topics: () => request<Array<{ code: string; label: string }>>('/api/v1/visits/topics'),
  coverage: (year: string) => request<Coverage>(`/api/v1/visits/coverage${qs({ year })}`),
  record: (body: VisitForm, key: string) => request<Visit>('/api/v1/visits', json('POST', body, { 'idempotency-key': key })),
  exportXlsx: (year: string) => download(`/api/v1/visits/export${qs({ year })}`),
};
