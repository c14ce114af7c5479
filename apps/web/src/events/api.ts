// Client of the events API (/api/v1/events…, /api/v1/public/events…, /api/v1/me/events): the
// office's events, series with their rota, posts, registrations, check-in, outcomes and figures; the
// public list, page, a graduate's registration and feedback; a talent's registrations.

import { json, qs, request } from '../api';

export interface EventPost { id: number; enterpriseId: number; enterpriseName: string; post: string; headcount: number; detail: string }
export interface EventDetail {
  id: number; kind: string; kindLabel: string; recruitment: boolean; title: string; region: string; regionName: string; seriesId: number | null; seriesTitle: string | null; host: string | null;
  startsAt: string; endsAt: string; place: string; onlineUrl: string; capacity: number; deadline: string; audience: string; state: 'draft' | 'published' | 'ended' | 'cancelled'; stateLabel: string;
  cancelReason: string | null; registered: number; checkedIn: number; remaining: number; rating: number | null; ratings: number; posts: EventPost[]; editable?: boolean;
}
export interface Series { id: number; kindLabel: string; title: string; regionName: string; hosts: string[]; history: Array<{ eventId: number; title: string; startsAt: string; host: string | null; stateLabel: string }>; nextHost: string }
export interface Outcome { id: number; enterpriseName: string; post: string; resultLabel: string; on: string }
export interface Registration {
  id: number; eventId: number; name: string; idMasked: string; phoneMasked: string | null; school: string; major: string; graduationYear: number | null; fromRegistry: boolean;
  registeredAt: string; checkedInAt: string | null; checkInWayLabel: string | null; checkedInBy: string | null; rating: number | null; comment: string | null; outcomes: Outcome[];
}
export interface MyRegistration extends Registration { event: EventDetail; token: string }
export interface Registered { registration: Registration; token: string; event: EventDetail }
export interface CheckInResult { registrationId: number; name: string; idMasked: string; already: boolean; checkedInAt: string; message: string }
export interface Demand { demandId: number; enterpriseName: string; regionName: string; post: string; headcount: number; degreeName: string; major: string; deadline: string }
export interface FigureRow { key: string; label: string; events: number; registrations: number; attended: number; hires: number }
export interface Figures { from: string; to: string; bySource: FigureRow[]; byRegion: FigureRow[]; byMonth: FigureRow[]; total: Omit<FigureRow, 'key' | 'label'>; hiresDefinition: string; attendanceDefinition: string }
export interface Options { kinds: Array<{ value: string; label: string; recruitment: boolean }>; regions: Array<{ value: string; label: string }> }

const E = '/api/v1/events';
export const eventsApi = {
  options: () => request<Options>(`${E}/options`),
  list: () => request<EventDetail[]>(E),
  create: (body: Record<string, unknown>, key: string) => request<EventDetail>(E, json('POST', body, { 'idempotency-key': key })),
  move: (id: number, action: 'publish' | 'end' | 'cancel', reason?: string) => request<EventDetail>(`${E}/${id}/${action}`, json('POST', action === 'cancel' ? { reason } : {})),
  series: () => request<Series[]>(`${E}/series`),
  createSeries: (body: Record<string, unknown>) => request<Series>(`${E}/series`, json('POST', body)),
  demands: (id: number) => request<Demand[]>(`${E}/${id}/demands`),
  addPosts: (id: number, demandIds: number[]) => request<EventDetail>(`${E}/${id}/posts`, json('POST', { demandIds })),
  registrations: (id: number) => request<Registration[]>(`${E}/${id}/registrations`),
  checkIn: (id: number, body: { token?: string; idNumber?: string; registrationId?: number }) => request<CheckInResult>(`${E}/${id}/check-in`, json('POST', body)),
  reveal: (registrationId: number, field: 'idNumber' | 'phone', purpose: string) => request<{ value: string }>(`/api/v1/event-registrations/${registrationId}/reveal`, json('POST', { field, purpose })),
  outcome: (registrationId: number, body: { postId?: number; result?: string; on?: string }) => request<Registration>(`/api/v1/event-registrations/${registrationId}/outcomes`, json('POST', body)),
  figures: (q: { from?: string; to?: string }) => request<Figures>(`${E}/figures${qs(q)}`),
  publicList: () => request<EventDetail[]>('/api/v1/public/events'),
  publicOne: (id: number) => request<EventDetail>(`/api/v1/public/events/${id}`),
  registerGuest: (id: number, body: Record<string, unknown>) => request<Registered>(`/api/v1/public/events/${id}/register`, json('POST', body)),
  registerTalent: (id: number, body: Record<string, unknown>) => request<Registered>(`${E}/${id}/register`, json('POST', body)),
  feedback: (body: { token: string; rating: number; comment?: string }) => request<{ average: number | null }>('/api/v1/public/events/feedback', json('POST', body)),
  mine: () => request<MyRegistration[]>('/api/v1/me/events'),
};
