// Client of projects, teams and platforms (/api/v1 projects) and the labels the screens show.

import { api, json, qs, request } from '../api';

export interface Project {
  id: number; kind: string; kindText: string; name: string; employerId: number; employerName: string; region: string; regionName: string;
  people: Array<{ personId: number; name: string; role: string; roleText: string }>;
  details: Record<string, unknown>;
  detailLines: Array<{ label: string; value: string }>;
  milestones: Array<{ date: string; what: string }>;
  assessments: Array<{ year: number; outcome: 'pass' | 'fail'; outcomeText: string; assessedOn: string; evidence: string }>;
  startedOn: string | null; leftOn: string | null; version: number; updatedAt: string;
}
export interface ProjectVersion { version: number; reason: string; changedAt: string; changedBy: string }
export interface ProjectMoney {
  instalments: Array<{ claim: string; claimText: string; stage: string; stageText: string; applicationId: number; amountFen: number; dueOn: string | null; paid: boolean }>;
  receivables: Array<{ causeText: string; dueOn: string; amountFen: number }>;
  params: { landingPercent: number; termYears: number; clawbackPercent: number };
}

export const KINDS: Array<{ value: string; label: string }> = [
  { value: 'shuangling', label: '“衢时代双领”项目' },
  { value: 'enclave_team', label: '“人才飞地”创新团队' },
  { value: 'enclave_project', label: '“人才飞地”高新产业项目' },
  { value: 'academician_station', label: '院士专家工作站' },
  { value: 'postdoc_station', label: '博士后科研工作站' },
  { value: 'phd_station', label: '博士工作站' },
  { value: 'engineer_centre', label: '工程师协同创新中心' },
  { value: 'startup_park', label: '省级人才创业园' },
];
export const LEVEL_OPTIONS = [
  { value: 'national', label: '国家级' },
  { value: 'provincial', label: '省级' },
  { value: 'city', label: '市级' },
  { value: 'county', label: '县级' },
];
export const CLAIMS = [
  { value: 'startup:landing', label: '项目启动资助 · 首期（项目落地）' },
  { value: 'startup:assessment', label: '项目启动资助 · 二期（首次年度考核合格）' },
  { value: 'upgrade:once', label: '升档资助（差额）' },
  { value: 'contribution:once', label: '地方综合贡献奖励' },
];

export const projectApi = {
  list: (q: { kind?: string; region?: string } = {}) => request<Project[]>(`/api/v1/projects${qs(q)}`),
  get: (id: number) => request<Project>(`/api/v1/projects/${id}`),
  create: (body: Record<string, unknown>) => request<Project>('/api/v1/projects', json('POST', body)),
  update: (id: number, body: Record<string, unknown>) => request<Project>(`/api/v1/projects/${id}`, json('PATCH', body)),
  versions: (id: number) => request<ProjectVersion[]>(`/api/v1/projects/${id}/versions`),
  assess: (id: number, body: Record<string, unknown>) => request<Project>(`/api/v1/projects/${id}/assessments`, json('POST', body)),
  leave: (id: number, body: Record<string, unknown>) => request<Project>(`/api/v1/projects/${id}/leave`, json('POST', body)),
  money: (id: number) => request<ProjectMoney>(`/api/v1/projects/${id}/money`),
  claim: (projectId: number, value: string) => {
    const [claim, stage] = value.split(':');
    return api.createApplication({ matter: 'shuangling_project', data: { projectId, claim, ...(claim === 'startup' ? { stage } : {}) } });
  },
};
