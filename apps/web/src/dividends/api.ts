// Client of the 和盈 dividends API (/api/v1/dividends…): the low-income list (enter, import, list,
// reveal), the selection steps, the public-notice export, and yearly rounds with their payment.

import { download, json, qs, request, upload } from '../api';

export interface Household {
  id: number; headName: string; idNumber: string; townshipCode: string; townshipName: string; villageCode: string; villageName: string; members: number;
  listedFrom: string; listedTo: string | null; state: string; stateLabel: string; selectionDate: string | null; noticeFrom: string | null; noticeDays: number | null; noticeTo: string | null;
  company: string | null; shares: number | null; filedOn: string | null; actions: Array<{ code: string; label: string }>;
}
export interface HouseholdForm { headName: string; idNumber: string; townshipCode: string; villageCode: string; villageName: string; members?: number; listedFrom: string; listedTo?: string }
export interface VillageFigure { villageCode: string; villageName: string; townshipName: string; households: number; shares: number; amountFen: number }
export interface Round { id: number; year: number; company: string; basis: string; basisLabel: string; amountFen: number; paidOn: string; paidHouseholds: number; totalFen: number; unpaidHouseholds: number; byVillage: VillageFigure[] }
export interface RoundForm { year?: number; company: string; basis: string; amountFen?: number; paidOn: string }
export interface PayRun { runId: number; roundId: number; year: number; households: Array<{ householdId: number; headName: string; villageName: string; shares: number; amountFen: number }>; totalFen: number }
export interface Townships { townships: Array<{ code: string; name: string }>; defaultNoticeDays: number; noticeDaysNote: string; importColumns: string[] }

export const dividendsApi = {
  townships: () => request<Townships>('/api/v1/dividends/townships'),
  households: (state?: string) => request<Household[]>(`/api/v1/dividends/households${qs({ state })}`),
  add: (body: HouseholdForm) => request<Household>('/api/v1/dividends/households', json('POST', body)),
  importFile: (file: File) => upload<{ imported: number }>('/api/v1/dividends/households/import', file),
  reveal: (id: number, purpose: string) => request<{ headName: string; idNumber: string }>(`/api/v1/dividends/households/${id}/reveal`, json('POST', { purpose })),
  step: (id: number, action: string, body: Record<string, unknown>) => request<Household>(`/api/v1/dividends/households/${id}/steps/${action}`, json('POST', body)),
  exportNotice: (state: 'notice' | 'filed') => download(`/api/v1/dividends/notice/export${qs({ state })}`),
  rounds: () => request<Round[]>('/api/v1/dividends/rounds'),
  createRound: (body: RoundForm) => request<Round>('/api/v1/dividends/rounds', json('POST', body)),
  pay: (id: number, key: string) => request<PayRun>(`/api/v1/dividends/rounds/${id}/pay`, json('POST', {}, { 'idempotency-key': key })),
};
