// Client of the enterprise services API (/api/v1/enterprises…, /enterprise-problems…,
// /enterprise-demands…, /enterprise-code): registration, verification, the problem pool, talent
// demands, the enterprise code and the designated 首席技术官.

import { download, json, qs, request, type ProblemStats } from '../api';

export interface CodeLabel { code: string; label: string }
export interface Catalogues {
  industries: CodeLabel[];
  sizes: CodeLabel[];
  departments: CodeLabel[];
  categories: Array<CodeLabel & { department: string; departmentName: string; workdays: number }>;
  degrees: CodeLabel[];
  urgencies: CodeLabel[];
}
export interface Enterprise {
  id: number; creditCode: string; name: string; industry: string; industryName: string; region: string; regionName: string;
  size: string; sizeName: string; contactName: string; contactPhoneMasked: string; state: 'pending' | 'verified' | 'rejected'; stateLabel: string;
  employerId: number | null; reason: string | null; decidedAt: string | null; createdAt: string;
}
export interface Problem {
  id: number; enterpriseId: number; enterpriseName: string; region: string; regionName: string; category: string; categoryLabel: string;
  description: string; department: string; departmentName: string; state: 'assigned' | 'answered' | 'reopened' | 'closed'; stateLabel: string;
  raisedOn: string; dueOn: string | null; workdaysLeft: number | null; overdue: boolean; escalated: boolean; answer: string | null; answeredOn: string | null;
  answeredBy: string | null; onTime: boolean | null; reopened: boolean; reopenReason: string | null; rating: number | null; ratingNote: string | null; version: number;
  actions: Array<{ action: string; label: string }>;
  history?: Array<{ action: string; label: string; fromLabel: string | null; toLabel: string; by: string | null; reason: string | null; at: string }>;
}
export type { ProblemStats, ProblemStatsRow } from '../api';
export interface Demand {
  id: number; enterpriseId: number; enterpriseName: string; region: string; regionName: string; industry: string; industryName: string; post: string; headcount: number;
  degree: string; degreeName: string; major: string; majorCode: string | null; majorCodeShown: string | null; majorName: string | null; salaryMinFen: number; salaryMaxFen: number; urgency: string; urgencyName: string; deadline: string; period: string; createdAt: string;
}
export interface EnterpriseCode { token: string; version: number; issuedAt: string; expiresAt: string; expired: boolean }
export interface Cto {
  id: number; enterpriseId: number; enterpriseName: string; regionName: string; batch: string; designatedOn: string; personName: string; post: string; basis: string;
  withdrawnOn: string | null; withdrawnReason: string | null;
}
export interface EnterpriseServicePage { enterprise: Enterprise; openProblems: Problem[]; demands: Demand[] | null; ctos: Cto[]; code: { version: number; issuedAt: string; expiresAt: string } }
/** The URL the enterprise code's QR holds: this platform's scan page with the signed token. */
export const codeUrl = (token: string) => `${window.location.origin}/enterprises/code?c=${encodeURIComponent(token)}`;
export interface Registration {
  creditCode: string; name: string; industry: string; region: string; size: string; contactName: string; contactPhone: string; username: string; password: string;
}

export const newRequestId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export const entApi = {
  catalogues: () => request<Catalogues>('/api/v1/enterprises/catalogues'),
  register: (body: Registration, key: string) => request<Enterprise>('/api/v1/enterprises/register', json('POST', body, { 'idempotency-key': key })),
  mine: () => request<Enterprise>('/api/v1/me/enterprise'),
  myCode: () => request<EnterpriseCode>('/api/v1/me/enterprise/code'),
  reissueCode: () => request<EnterpriseCode>('/api/v1/me/enterprise/code/reissue', json('POST', {})),
  scan: (token: string) => request<EnterpriseServicePage>(`/api/v1/enterprise-code${qs({ c: token })}`),
  list: (q: { state?: string; region?: string } = {}) => request<Enterprise[]>(`/api/v1/enterprises${qs(q)}`),
  verify: (id: number) => request<Enterprise>(`/api/v1/enterprises/${id}/verify`, json('POST', {})),
  revealPhone: (id: number, purpose: string) => request<{ value: string }>(`/api/v1/enterprises/${id}/reveal-phone`, json('POST', { purpose })),
  reject: (id: number, reason: string) => request<Enterprise>(`/api/v1/enterprises/${id}/reject`, json('POST', { reason })),
  problems: (q: { state?: string; category?: string; region?: string; overdue?: string } = {}) => request<Problem[]>(`/api/v1/enterprise-problems${qs(q)}`),
  problem: (id: number) => request<Problem>(`/api/v1/enterprise-problems/${id}`),
  raise: (body: { category: string; description: string }, key: string) => request<Problem>('/api/v1/enterprise-problems', json('POST', body, { 'idempotency-key': key })),
  act: (id: number, action: string, body: Record<string, unknown>) => request<Problem>(`/api/v1/enterprise-problems/${id}/${action}`, json('POST', body)),
  stats: (range: { from?: string; to?: string } = {}) => request<ProblemStats>(`/api/v1/enterprise-problems/stats${qs(range)}`),
  demands: (q: { industry?: string; region?: string; period?: string } = {}) => request<Demand[]>(`/api/v1/enterprise-demands${qs(q)}`),
  declare: (body: Record<string, unknown>) => request<Demand>('/api/v1/enterprise-demands', json('POST', body)),
  exportDemands: (q: { industry?: string; region?: string } = {}) => download(`/api/v1/enterprise-demands/export${qs(q)}`),
  ctos: (q: { batch?: string; region?: string } = {}) => request<Cto[]>(`/api/v1/enterprise-ctos${qs(q)}`),
  designateCto: (enterpriseId: number, body: { batch: string; designatedOn: string; personName: string; post: string; basis: string }) => request<Cto>(`/api/v1/enterprises/${enterpriseId}/ctos`, json('POST', body)),
  withdrawCto: (id: number, body: { withdrawnOn: string; reason: string }) => request<Cto>(`/api/v1/enterprise-ctos/${id}/withdraw`, json('POST', body)),
};
