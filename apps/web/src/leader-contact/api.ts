// Client of the leaders' contact API (/api/v1/leader-contact…): assigned talents, assignment, contacts
// with the problems raised, coverage, the own problem list, service teams, and the satisfaction survey.

import { json, qs, request } from '../api';

export interface Opt { code: string; label: string }
export interface Options { ways: Opt[]; categories: Opt[]; levels: Opt[]; items: Opt[] }
export interface Talent {
  assignmentId: number; personId: number; name: string; idNumberMasked: string; region: string; regionName: string; employerName: string | null;
  leaderId: number; leaderName: string; assignedOn: string; assignedBy: string; contactsThisYear: number; lastContactOn: string | null;
}
export interface Problem {
  id: number; category: string; categoryLabel: string; description: string; where: 'pool' | 'own'; whereLabel: string; poolProblemId: number | null;
  state: 'open' | 'solved' | null; stateLabel: string; teamId: number | null; solvedBy: string | null; solvedOn: string | null; answer: string | null;
  regionName: string; personName: string; contactedOn: string;
}
export interface Contact { id: number; personId: number; personName: string; regionName: string; leaderName: string; contactedOn: string; way: string; wayLabel: string; content: string; recordedBy: string; problems: Problem[] }
export interface CoverageRow { key: string; label: string; assigned: number; contacted: number; share: number | null; quarters: number[]; contacts: number }
export interface Coverage { year: string; byCounty: CoverageRow[]; byLeader: CoverageRow[]; total: CoverageRow; note: string }
export interface Team {
  id: number; region: string; regionName: string; name: string; members: Array<{ name: string; unit: string }>;
  servedPersons: Array<{ id: number; name: string }>; servedEnterprises: Array<{ id: number; name: string }>;
  ownProblems: number; ownSolved: number; poolProblems: number; poolSolved: number; solved: number;
}
export interface Survey { id: number; year: number; overall: { label: string; levels: Opt[] }; items: Opt[] }
export interface ResultRow { region: string; regionName: string; responses: number; insufficient: boolean; share: number | null; items: Array<{ code: string; label: string; share: number | null }>; comments: string[] }
export interface Results { year: number; rows: ResultRow[]; total: ResultRow; note: string }
export interface NewProblem { category: string; description: string }

const B = '/api/v1/leader-contact';
const key = () => `lc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
export const lcApi = {
  options: () => request<Options>(`${B}/options`),
  talents: () => request<Talent[]>(`${B}/talents`),
  leaders: () => request<Array<{ id: number; name: string }>>(`${B}/leaders`),
  assign: (personId: number, leaderId: number) => request<Talent>(`${B}/assignments`, json('POST', { personId, leaderId })),
  contacts: (q: { person?: string; year?: string } = {}) => request<Contact[]>(`${B}/contacts${qs(q)}`),
  record: (personId: number, body: { contactedOn: string; way: string; content: string; problems: NewProblem[] }) => request<Contact>(`${B}/talents/${personId}/contacts`, json('POST', body, { 'Idempotency-Key': key() })),
  coverage: (year: string) => request<Coverage>(`${B}/coverage${qs({ year })}`),
  problems: () => request<Problem[]>(`${B}/problems`),
  solve: (id: number, body: { answer: string; teamId?: number }) => request<Problem>(`${B}/problems/${id}/solve`, json('POST', body)),
  teams: () => request<Team[]>(`${B}/teams`),
  createTeam: (body: { region: string; name: string; members: Array<{ name: string; unit: string }> }) => request<Team>(`${B}/teams`, json('POST', body)),
  surveys: () => request<Survey[]>(`${B}/surveys`),
  openSurvey: (year: number) => request<Survey>(`${B}/surveys`, json('POST', { year })),
  results: (year: number) => request<Results>(`${B}/surveys/${year}/results`),
  mySurvey: () => request<{ survey: Survey | null; answered: boolean }>(`${B}/surveys/mine`),
  answer: (body: { year: number; overall: string; items: Record<string, string>; comment: string }) => request<{ answered: true }>(`${B}/surveys/answers`, json('POST', body)),
};

export const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
