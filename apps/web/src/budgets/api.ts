// Client of the budget envelopes API (/api/v1/budgets): the list with committed / paid / remaining,
// one envelope with its versions, setting one up and changing it (always with a reason).

import { json, qs, request } from '../api';

export interface Budget {
  id: number;
  fund: string;
  payer: string;
  payerLabel: string;
  region: string;
  regionName: string;
  year: number;
  amountFen: number;
  source: string;
  version: number;
  committedFen: number;
  paidFen: number;
  refundedFen: number;
  remainingFen: number;
  updatedAt: string;
}
export interface BudgetVersion { version: number; fund: string; amountFen: number; source: string; reason: string; changedByName: string | null; changedAt: string }
export interface BudgetList { budgets: Budget[]; payers: Array<{ code: string; label: string }>; regions: Array<{ code: string; name: string }> }
export interface BudgetInput { fund?: string; payer?: string; region?: string; year?: number; amountFen?: number; source?: string; reason: string; version?: number }
/** One envelope a decision would exceed, with the figures the approver saw (fen). */
export interface BudgetExcess { budgetId: number; fund: string; payer: string; region: string; year: number; amountFen: number; committedFen: number; thisFen: number; overFen: number }

export const budgetsApi = {
  list: (q: { year?: number; region?: string } = {}) => request<BudgetList>(`/api/v1/budgets${qs(q)}`),
  get: (id: number) => request<Budget & { versions: BudgetVersion[] }>(`/api/v1/budgets/${id}`),
  create: (b: BudgetInput) => request<Budget>('/api/v1/budgets', json('POST', b)),
  change: (id: number, b: BudgetInput) => request<Budget>(`/api/v1/budgets/${id}`, json('PATCH', b)),
};
