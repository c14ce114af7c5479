// Client of the talent card API (/api/v1/me/card…, /api/v1/cards…): the talent's card, codes and
// uses; a partner's verification.

import { json, request } from '../api';

export interface CardService { code: string; name: string; open: boolean }
export interface Card {
  id: number; level: 'gold' | 'silver' | 'standard'; levelName: string; status: 'active' | 'revoked'; statusText: string;
  validFrom: string; validTo: string; issuedAt: string; endReason: string | null; services: CardService[];
}
export interface MyCard { card: Card | null; eligible: boolean; reason: string }
export interface CardCode { code: string; use: 'live' | 'print'; expiresAt: string; cardId: number }
export interface CardUse { service: string; serviceName: string; partner: string; usedAt: string }
export interface Partner { code: string; name: string; services: Array<{ code: string; name: string }> }
export interface VerifyAnswer {
  status: 'valid' | 'expired' | 'revoked' | 'invalid'; statusText: string; reason: string; maskedName: string | null; levelName: string | null;
  listAgeSeconds: number | null; use: { service: string; serviceName: string; usedAt: string } | null;
}

export const cardsApi = {
  myCard: () => request<MyCard>('/api/v1/me/card'),
  requestCard: () => request<Card>('/api/v1/me/card', json('POST', {})),
  code: (use: 'live' | 'print') => request<CardCode>(`/api/v1/me/card/code?use=${use}`),
  uses: () => request<CardUse[]>('/api/v1/me/card/uses'),
  reportLost: (reason: string) => request<{ revoked: number }>('/api/v1/me/card/lost', json('POST', { reason })),
  partner: () => request<Partner>('/api/v1/cards/partner'),
  verify: (body: { code: string; service?: string; requestId?: string; refresh?: boolean }) => request<VerifyAnswer>('/api/v1/cards/verify', json('POST', body)),
};
