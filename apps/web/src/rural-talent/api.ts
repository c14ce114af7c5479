// Client of the 乡土人才 API (/api/v1/rural-talents…): talents, one with training, record a talent
// and training, counts and the form's options.

import { json, qs, request } from '../api';

export interface Training { id: number; course: string; specialityLabel: string; trainedOn: string; hours: number }
export interface RuralTalent {
  id: number; name: string; idNumber: string; region: string; regionName: string; level: string; levelLabel: string;
  townshipCode: string | null; townshipName: string; villageCode: string | null; villageName: string;
  speciality: string; specialityLabel: string; enteredOn: string; trainings: number; trainingHours: number; trainingList?: Training[];
}
export interface RuralForm { name: string; idNumber: string; region: string; level: string; townshipCode: string; townshipName: string; villageCode: string; villageName: string; speciality: string; enteredOn: string }
export interface RuralCounts {
  byLevel: Array<{ level: string; levelLabel: string; total: number; bySpeciality: Record<string, number> }>;
  bySpeciality: Array<{ speciality: string; label: string; total: number }>;
  total: number;
  trainingByYear: Array<{ year: string; personTimes: number; hours: number; villageLivePersonTimes: number; villageAnchors: number }>;
  note: string;
}
export interface Options { specialities: Array<{ code: string; label: string }>; levels: Array<{ code: string; label: string }> }

export const ruralApi = {
  list: (q: { level?: string; speciality?: string; q?: string } = {}) => request<RuralTalent[]>(`/api/v1/rural-talents${qs(q)}`),
  one: (id: number) => request<RuralTalent>(`/api/v1/rural-talents/${id}`),
  create: (body: RuralForm) => request<RuralTalent>('/api/v1/rural-talents', json('POST', body)),
  train: (id: number, body: { course: string; speciality: string; trainedOn: string; hours: number }) => request<RuralTalent>(`/api/v1/rural-talents/${id}/trainings`, json('POST', body)),
  counts: () => request<RuralCounts>('/api/v1/rural-talents/counts'),
  options: () => request<Options>('/api/v1/rural-talents/options'),
};
