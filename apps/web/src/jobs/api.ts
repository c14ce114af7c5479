// Client of the scheduled jobs API (/api/v1/admin/jobs): the list with last and next runs, and a
// run by hand.

import { json, request } from '../api';

export interface JobRun {
  id: number;
  job: string;
  trigger: 'schedule' | 'manual';
  triggerText: string;
  startedAt: string;
  durationMs: number | null;
  outcome: 'ok' | 'failed' | 'running';
  outcomeText: string;
  attempts: number;
  error: string | null;
  result: Record<string, unknown> | null;
}
export interface Job {
  name: string;
  label: string;
  schedule: string;
  workdaysOnly: boolean;
  nextRun: string;
  lastRun: JobRun | null;
}

export const jobsApi = {
  list: () => request<Job[]>('/api/v1/admin/jobs'),
  run: (name: string) => request<JobRun>(`/api/v1/admin/jobs/${encodeURIComponent(name)}/run`, json('POST', {})),
};
