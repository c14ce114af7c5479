// Client of the 衢籍大学生 API (/api/v1/native-students…): students, one with activities, record,
// import, counts, activities and the contact-list export.

import { download, json, qs, request, upload } from '../api';

export interface Student {
  id: number; name: string; idNumber: string; region: string; regionName: string; idRegionName: string; mismatch: boolean; mismatchNote: string | null;
  school: string; major: string; degree: string; degreeLabel: string; graduationYear: number; consent: boolean; phone: string | null;
  returned: { regionName: string; since: string } | null; createdAt: string;
  activities?: Array<{ id: number; kindLabel: string; title: string; heldOn: string }>;
}
export interface StudentForm { name: string; idNumber: string; region: string; school: string; major: string; degree: string; graduationYear: string; phone: string; consent: boolean }
export interface CountRow { region: string; regionName: string; graduationYear: number; students: number; graduated: number; returned: number; mismatches: number; consenting: number }
export interface Counts { rows: CountRow[]; total: Omit<CountRow, 'region' | 'regionName' | 'graduationYear'>; definition: string; year: number }
export interface ImportReport { total: number; inserted: number; mismatches: number; errors: Array<{ row: number; column: string; message: string }> }
export interface Activity { id: number; kindLabel: string; title: string; heldOn: string; host: string; regionName: string; participants: Array<{ id: number; name: string; school: string }> }

export const studentsApi = {
  list: (q: { q?: string; mismatch?: string; returned?: string } = {}) => request<Student[]>(`/api/v1/native-students${qs(q)}`),
  create: (body: StudentForm) => request<Student>('/api/v1/native-students', json('POST', { ...body, graduationYear: Number(body.graduationYear) })),
  import: (file: File) => upload<ImportReport>('/api/v1/native-students/import', file),
  counts: () => request<Counts>('/api/v1/native-students/counts'),
  activities: () => request<Activity[]>('/api/v1/native-student-activities'),
  recordActivity: (body: { kind: string; title: string; heldOn: string; host: string; studentIds: number[] }, key: string) => request<Activity>('/api/v1/native-student-activities', json('POST', body, { 'idempotency-key': key })),
  template: () => download('/api/v1/native-students/template'),
  contacts: () => download('/api/v1/native-students/contacts'),
};

/** Saves a downloaded file under a Chinese name. */
export function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
