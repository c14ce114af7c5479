// Client of 椒江's talent housing vouchers (/api/v1 housing-vouchers, housing-sellers).

import { json, request } from '../api';

export interface HousingVoucher {
  id: number; applicationId: number; personId: number; holderName: string; code: string; amountFen: number; validFrom: string; validTo: string;
  status: 'held' | 'issued' | 'redeemed' | 'cancelled' | 'expired'; statusText: string; issuedAt: string; issuedBy: number; cancelReason: string | null; budgetExcess: string | null; overrideReason: string | null;
  redemption: { sellerName: string; contractNo: string; houseAddress: string; totalPriceFen: number; contractDate: string; redeemedAt: string } | null;
}
export interface HousingRedemption { voucherId: number; holderName: string; amountFen: number; contractNo: string; redeemedAt: string; statusText: string }
export interface Seller { code: string; name: string; kindText: string; region: string }
export interface SellerRow { code: string; name: string; kindText: string; uscc: string; contactName: string | null; contactPhone: string | null; active: boolean; deactivateReason: string | null; registeredAt: string }

export const housingVoucherApi = {
  mine: () => request<HousingVoucher[]>('/api/v1/me/housing-vouchers'),
  list: () => request<HousingVoucher[]>('/api/v1/housing-vouchers'),
  limits: () => request<{ capFen: number; validDays: number }>('/api/v1/housing-vouchers/limits'),
  issue: (applicationId: number, body: Record<string, unknown>) => request<HousingVoucher>(`/api/v1/applications/${applicationId}/housing-voucher`, json('POST', body)),
  cancel: (id: number, reason: string) => request<HousingVoucher>(`/api/v1/housing-vouchers/${id}/cancel`, json('POST', { reason })),
  confirm: (id: number, reason: string) => request<HousingVoucher>(`/api/v1/housing-vouchers/${id}/confirm`, json('POST', reason ? { reason } : {})),
  sellers: () => request<SellerRow[]>('/api/v1/housing-sellers'),
  registerSeller: (body: Record<string, unknown>) => request<SellerRow>('/api/v1/housing-sellers', json('POST', body)),
  deactivateSeller: (code: string, reason: string) => request<SellerRow>(`/api/v1/housing-sellers/${encodeURIComponent(code)}/deactivate`, json('POST', { reason })),
  mySeller: () => request<Seller>('/api/v1/housing-sellers/me'),
  redeem: (body: Record<string, unknown>) => request<HousingRedemption>('/api/v1/housing-vouchers/redeem', json('POST', body)),
};
