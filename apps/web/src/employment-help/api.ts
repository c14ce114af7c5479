// Client of the employment-help API (/api/v1/employment-help…): files, one file with its history,
// assignment, contacts, outcomes, job matches, helpers and their communities, and the figures.

import { json, qs, request } from '../api';

export interface Opt { code: string; label: string }
export interface HelpOptions { groups: Opt[]; degrees: Opt[]; ways: Opt[]; outcomes: Opt[]; statuses: Opt[] }
export interface HelpPerson {
  id: number; name: string; idNumber: string; group: string; groupName: string; region: string; regionName: string; communityCode: string; communityName: string;
  degree: string; degreeName: string; major: string; skills: string; wishes: string; registeredOn: string; status: string; statusName: string;
  helperId: number | null; helperName: string | null; lastContactOn: string | null; contactCount: number;
}
export interface HelpCase extends HelpPerson {
  assignments: Array<{ id: number; helperId: number; helperName: string; assignedOn: string; assignedBy: string; endedOn: string | null }>;
  contactLog: Array<{ id: number; contactedOn: string; way: string; wayName: string; content: string; recordedBy: string }>;
  outcomes: Array<{ id: number; kind: string; kindName: string; outcomeOn: string; employer: string | null; detail: string; loanFen: number | null; recordedBy: string }>;
  timeline: Array<{ on: string; what: string }>;
}
export interface JobMatch {
  demandId: number; enterpriseName: string; post: string; headcount: number; regionName: string; degreeName: string; major: string;
  salaryMinFen: number; salaryMaxFen: number; deadline: string; score: number; reasons: Array<{ kind: string; met: boolean; text: string }>;
}
export interface Helper { id: number; displayName: string; regionName: string; communities: Array<{ code: string; name: string }>; active: number }
export interface Community { code: string; name: string; region: string; regionName: string }
export interface FigureRow { region: string; regionName: string; month: string; served: number; contacts: number; helped: number; employed: number }
export interface Figures { year: string; rows: FigureRow[]; totals: FigureRow[]; note: string }
export interface NewFile { name: string; idNumber: string; group: string; communityCode: string; communityName: string; degree: string; major: string; skills: string; wishes: string; registeredOn: string }

const B = '/api/v1/employment-help';
export const helpApi = {
  options: () => request<HelpOptions>(`${B}/options`),
  persons: (q: { mine?: string; status?: string; group?: string; q?: string } = {}) => request<HelpPerson[]>(`${B}/persons${qs(q)}`),
  person: (id: number) => request<HelpCase>(`${B}/persons/${id}`),
  create: (body: NewFile) => request<HelpPerson>(`${B}/persons`, json('POST', body)),
  assign: (id: number, helperId: number) => request<HelpCase>(`${B}/persons/${id}/assign`, json('POST', { helperId })),
  contact: (id: number, body: { contactedOn: string; way: string; content: string }) => request<HelpCase>(`${B}/persons/${id}/contacts`, json('POST', body)),
  outcome: (id: number, body: { kind: string; outcomeOn: string; employer?: string; detail?: string; loanFen?: number }) => request<HelpCase>(`${B}/persons/${id}/outcomes`, json('POST', body)),
  matches: (id: number) => request<JobMatch[]>(`${B}/persons/${id}/matches`),
  helpers: () => request<Helper[]>(`${B}/helpers`),
  setCommunities: (id: number, communities: Array<{ code: string; name: string }>) => request<Helper>(`${B}/helpers/${id}/communities`, json('PUT', { communities })),
  communities: () => request<Community[]>(`${B}/communities`),
  figures: (year: string) => request<Figures>(`${B}/figures${qs({ year })}`),
};
