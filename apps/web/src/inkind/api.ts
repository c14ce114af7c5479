// Client of the in-kind services API (/api/v1 schooling, health, vouchers, loans, recommendations).

import { json, request } from '../api';

export interface Standing { cityTalent: boolean; countyRecommended: boolean; cardLevel: string | null; eligible: boolean; reason: string }
export interface SchoolRequest {
  id: number; applicationId: number | null; personId: number; childName: string; stage: string; stageName: string; grade: string; wishedArea: string;
  wishedSchool: string | null; hukouNote: string | null; status: 'pending' | 'placed' | 'refused'; statusText: string; school: string | null; reason: string | null; createdAt: string; decidedAt: string | null;
}
export interface Slot { id: number; partner: string; partnerName: string; day: string; period: string; capacity: number; booked: number; left: number }
export interface Booking { id: number; slotId: number; partnerName: string; day: string; period: string; status: 'booked' | 'cancelled' | 'attended'; statusText: string; maskedName?: string; bookedAt: string }
export interface Voucher { id: number; personId: number; code: string; amountFen: number; purpose: string; validFrom: string; validTo: string; status: string; statusText: string; issuedAt: string; cancelReason: string | null }
export interface Redemption { voucherId: number; maskedName: string; amountFen: number; purpose: string; redeemedAt: string; statusText: string }
export interface Referral {
  id: number; partner: string; partnerName: string; amountFen: number; note: string | null; status: 'pending' | 'approved' | 'declined'; statusText: string;
  approvedFen: number | null; rateText: string | null; reason: string | null; createdAt: string; answeredAt: string | null; maskedName?: string;
}
export interface Recommendation {
  id: number; personId: number; personName: string; region: string; regionName: string; tier: number; tierText: string; reason: string;
  status: 'pending' | 'accepted' | 'refused'; statusText: string; recommendedAt: string; decidedAt: string | null; decisionReason: string | null;
}

export const STAGE_OPTIONS = [
  { value: 'kindergarten', label: '幼儿园' },
  { value: 'primary', label: '小学' },
  { value: 'junior', label: '初中' },
  { value: 'senior', label: '高中' },
];

/** A fresh request key, kept while one form's request may be resent. */
export const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** 元 typed by a person → fen, or undefined when not a positive amount with at most two decimals. */
export function yuanToFen(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  const [i, f = ''] = t.split('.');
  const fen = Number(i) * 100 + Number(f.padEnd(2, '0'));
  return fen > 0 && Number.isSafeInteger(fen) ? fen : undefined;
}

export const inkindApi = {
  standing: () => request<Standing>('/api/v1/me/services'),
  schooling: () => request<SchoolRequest[]>('/api/v1/schooling'),
  requestSchooling: (body: Record<string, unknown>) => request<SchoolRequest>('/api/v1/schooling', json('POST', body)),
  revealChild: (id: number, purpose: string) => request<{ childName: string }>(`/api/v1/schooling/${id}/reveal`, json('POST', { purpose })),
  decideSchooling: (id: number, body: { school?: string; reason?: string }) => request<SchoolRequest>(`/api/v1/schooling/${id}/decide`, json('POST', body)),
  slots: () => request<Slot[]>('/api/v1/health/slots'),
  publishSlot: (body: { day: string; period: string; capacity: number }) => request<Slot>('/api/v1/health/slots', json('POST', body)),
  book: (slotId: number) => request<Booking>(`/api/v1/health/slots/${slotId}/book`, json('POST', {})),
  myBookings: () => request<Booking[]>('/api/v1/me/health/bookings'),
  cancelBooking: (id: number) => request<unknown>(`/api/v1/health/bookings/${id}/cancel`, json('POST', {})),
  hospitalBookings: () => request<Booking[]>('/api/v1/health/bookings'),
  attend: (id: number) => request<{ cardUseRecorded: boolean }>(`/api/v1/health/bookings/${id}/attend`, json('POST', {})),
  myVouchers: () => request<Voucher[]>('/api/v1/me/vouchers'),
  vouchers: () => request<Voucher[]>('/api/v1/vouchers'),
  issueVoucher: (body: Record<string, unknown>) => request<Voucher>('/api/v1/vouchers', json('POST', body)),
  cancelVoucher: (id: number, reason: string) => request<Voucher>(`/api/v1/vouchers/${id}/cancel`, json('POST', { reason })),
  redeem: (code: string, requestKey: string) => request<Redemption>('/api/v1/vouchers/redeem', json('POST', { code, requestKey })),
  banks: () => request<Array<{ code: string; name: string }>>('/api/v1/loans/banks'),
  refer: (body: { partner: string; amountFen: number; note?: string }) => request<Referral>('/api/v1/loans/referrals', json('POST', body)),
  myReferrals: () => request<Referral[]>('/api/v1/me/loans/referrals'),
  bankReferrals: () => request<Referral[]>('/api/v1/loans/referrals'),
  answer: (id: number, body: Record<string, unknown>) => request<Referral>(`/api/v1/loans/referrals/${id}/answer`, json('POST', body)),
  recommendations: () => request<Recommendation[]>('/api/v1/recommendations'),
  recommend: (body: { personId: number; tier: number; reason: string }) => request<Recommendation>('/api/v1/recommendations', json('POST', body)),
  decideRecommendation: (id: number, body: { decision: 'accept' | 'refuse'; reason?: string }) => request<Recommendation>(`/api/v1/recommendations/${id}/decide`, json('POST', body)),
};
