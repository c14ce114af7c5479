// Client of the matching API (/api/v1/matching…): a talent's opt-in and wishes with the enterprises'
// contact requests (accept, decline); an enterprise's masked candidates for a demand, its requests,
// withdrawal and the audited reveal of an accepted candidate's name and phone.

import { json, request } from '../api';

export interface Opt { code: string; label: string }
export interface Reason { kind: 'degree' | 'major' | 'county' | 'skills'; met: boolean; text: string }
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';
export interface Wishes { open: boolean; counties: string[]; countyNames: string[]; industries: string[]; industryNames: string[]; expectedSalaryFen: number | null; skills: string[]; updatedAt: string | null }
export interface MyRequest { id: number; enterpriseName: string; post: string; regionName: string; salaryMinFen: number; salaryMaxFen: number; status: RequestStatus; statusName: string; requestedAt: string; answeredAt: string | null }
export interface MyMatching { wishes: Wishes; requests: MyRequest[] }
export interface Candidate {
  candidate: number; label: string; degreeName: string; majors: string[]; regionName: string; score: number; reasons: Reason[];
  request: { id: number; status: RequestStatus; statusName: string } | null;
}
export interface DemandCandidates {
  demand: { id: number; post: string; enterpriseName: string; regionName: string; degreeName: string; major: string; deadline: string; open: boolean };
  candidates: Candidate[];
  mayRequest: boolean;
}
export interface WishesInput { open: boolean; counties: string[]; industries: string[]; expectedSalaryFen: number | null; skills: string[] }

const B = '/api/v1/matching';
export const matchApi = {
  options: () => request<{ counties: Opt[]; industries: Opt[] }>(`${B}/options`),
  mine: () => request<MyMatching>(`${B}/mine`),
  setMine: (body: WishesInput) => request<MyMatching>(`${B}/mine`, json('PUT', body)),
  answer: (id: number, accept: boolean) => request<MyMatching>(`${B}/requests/${id}/answer`, json('POST', { accept })),
  candidates: (demandId: number) => request<DemandCandidates>(`${B}/demands/${demandId}/candidates`),
  ask: (demandId: number, candidate: number) => request<{ id: number; status: RequestStatus; statusName: string; created: boolean }>(`${B}/demands/${demandId}/requests`, json('POST', { candidate })),
  withdraw: (id: number) => request<{ id: number }>(`${B}/requests/${id}/withdraw`, json('POST')),
  reveal: (id: number) => request<{ name: string; phone: string | null }>(`${B}/requests/${id}/reveal`, json('POST')),
};
