// Client of the skills API (/api/v1/skills…): standards with versions, syllabus and question bank;
// sessions, candidates, scores and certificates; 职业技能等级认定 licences, batches and counts; and the
// public certificate check.

import { json, qs, request } from '../api';

export interface StandardVersion {
  version: number; name: string; definition: string; appliesTo: string; abilityStandards: string; assessmentContent: string;
  passMark: number; maxScore: number; status: 'draft' | 'published'; statusLabel: string; source: string; reason: string; changedBy: string; changedAt: string;
}
export interface Item { id: number; kind: string; kindLabel: string; question: string; options: string[]; points: number; answer?: string }
export interface Standard {
  id: number; code: string; region: string; regionName: string; latest: StandardVersion; publishedVersion: number | null; items: number; editable: boolean;
  versions?: StandardVersion[]; syllabus?: Array<{ title: string; body: string }>; bank?: Item[];
}
export interface Certificate { id: number; number: string; token: string; issuedAt: string; revoked: boolean; revokedAt: string | null; revokeReason: string | null }
export interface Candidate { id: number; personId: number | null; name: string; idMasked: string; score: number | null; passed: boolean | null; resultLabel: string; certificate: Certificate | null }
export interface Session {
  id: number; standardId: number; standardCode: string; standardName: string; version: number; passMark: number; maxScore: number;
  region: string; regionName: string; heldOn: string; place: string; createdBy: string; candidates: number; passedCount: number; editable: boolean; candidateList?: Candidate[];
}
export interface Licence { id: number; enterpriseId: number; enterpriseName: string; regionName: string; occupations: string[]; levels: number[]; levelLabels: string[]; licensedOn: string }
export interface Batch { id: number; enterpriseName: string; regionName: string; recognizedOn: string; count: number }
export interface Counts { year: string | null; levels: Array<{ level: number; label: string }>; rows: Array<{ region: string; regionName: string; byLevel: number[]; total: number; highSkilled: number }>; total: { byLevel: number[]; total: number; highSkilled: number }; definition: string }
export interface CertificateCheck { valid: boolean; status: string; statusLabel: string; number?: string; title?: string; holder?: string; idMasked?: string; region?: string; assessedOn?: string; issuedOn?: string; reason?: string }

const S = '/api/v1/skills';
export const skillsApi = {
  standards: () => request<Standard[]>(`${S}/standards`),
  standard: (id: number) => request<Standard>(`${S}/standards/${id}`),
  revise: (id: number, body: Record<string, unknown>) => request<Standard>(`${S}/standards/${id}/versions`, json('POST', body)),
  publish: (id: number, version: number) => request<Standard>(`${S}/standards/${id}/versions/${version}/publish`, json('POST', {})),
  addItem: (id: number, body: Record<string, unknown>) => request<Item>(`${S}/standards/${id}/items`, json('POST', body)),
  sessions: () => request<Session[]>(`${S}/sessions`),
  session: (id: number) => request<Session>(`${S}/sessions/${id}`),
  createSession: (body: Record<string, unknown>) => request<Session>(`${S}/sessions`, json('POST', body)),
  addCandidate: (id: number, body: Record<string, unknown>) => request<Session>(`${S}/sessions/${id}/candidates`, json('POST', body)),
  score: (candidateId: number, score: number | string) => request<Session>(`${S}/candidates/${candidateId}/score`, json('POST', { score: typeof score === 'string' && /^\d+$/.test(score) ? Number(score) : score })),
  certify: (candidateId: number, number?: string) => request<Session>(`${S}/candidates/${candidateId}/certificate`, json('POST', number ? { number } : {})),
  licences: () => request<Licence[]>(`${S}/licences`),
  batches: () => request<Batch[]>(`${S}/batches`),
  counts: (year?: string) => request<Counts>(`${S}/recognitions/counts${qs({ year })}`),
  check: (q: { number?: string; token?: string }) => request<CertificateCheck>(`${S}/certificates/check${qs(q)}`),
};

/** What a certificate's QR carries: the public check page with the signed token. */
export const checkUrl = (token: string) => `${window.location.origin}/skills/check?token=${encodeURIComponent(token)}`;
