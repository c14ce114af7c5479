// Client of the talent-apartment API (/api/v1/apartments…, /api/v1/me/apartment…): the housing
// clerks' stock, waiting list and tenancies; the talent's own application, place and offer.

import { json, request } from '../api';

export type ApartmentStatus = 'available' | 'offered' | 'occupied' | 'maintenance';
export interface Apartment {
  id: number; region: string; regionName: string; project: string; unitNo: string; areaM2: string; areaText: string;
  rooms: number; rentFen: number; rentText: string; status: ApartmentStatus; statusText: string; version: number;
}
export interface WaitlistEntry {
  id: number; applicationId: number; personId: number; personName: string; region: string; regionName: string; priority: number; priorityLabel: string;
  approvedOn: string; status: 'waiting' | 'offered' | 'housed' | 'removed' | 'left'; statusText: string; position: number | null; declines: number; endReason: string | null;
}
export interface Tenancy {
  id: number; status: 'offered' | 'declined' | 'accepted' | 'active' | 'ended'; statusText: string; personId: number; personName: string; apartment: Apartment;
  offeredAt: string; outOfOrderReason: string | null; declineReason: string | null; moveIn: string | null; endedOn: string | null; endKind: string | null; endKindText: string | null; endNote: string | null;
}
export interface MyApartment {
  application: { id: number; state: string; stateLabel: string } | null;
  eligible: boolean; reason: string | null; entry: WaitlistEntry | null; tenancy: Tenancy | null;
}
export interface NewApartment { region: string; project: string; unitNo: string; areaM2: string; rooms: number; rent: string }

export const aptApi = {
  mine: () => request<MyApartment>('/api/v1/me/apartment'),
  accept: (id: number) => request<Tenancy>(`/api/v1/me/apartment/tenancies/${id}/accept`, json('POST', {})),
  decline: (id: number, reason: string) => request<Tenancy>(`/api/v1/me/apartment/tenancies/${id}/decline`, json('POST', { reason })),
  list: () => request<Apartment[]>('/api/v1/apartments'),
  create: (body: NewApartment) => request<Apartment>('/api/v1/apartments', json('POST', body)),
  setStatus: (id: number, status: 'available' | 'maintenance') => request<Apartment>(`/api/v1/apartments/${id}/status`, json('POST', { status })),
  offer: (id: number, body: { waitlistId?: number; reason?: string }) => request<Tenancy>(`/api/v1/apartments/${id}/offer`, json('POST', body)),
  waitlist: () => request<{ order: string; orderText: string; entries: WaitlistEntry[] }>('/api/v1/apartments/waitlist'),
  tenancies: () => request<Tenancy[]>('/api/v1/apartments/tenancies'),
  moveIn: (id: number, date: string) => request<Tenancy>(`/api/v1/apartments/tenancies/${id}/move-in`, json('POST', { date })),
  end: (id: number, body: { date: string; kind: string; note?: string }) => request<Tenancy>(`/api/v1/apartments/tenancies/${id}/end`, json('POST', body)),
};
