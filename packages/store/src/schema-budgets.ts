// Row types of the budget envelopes (migrations 017, 020): envelopes, every version of them, and
// commitments (money approved but not yet a ledger grant, e.g. an issued 房票).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type BudgetPayer = 'shared' | 'city_finance' | 'district_finance' | 'employer_unit';

/** One envelope a decision would exceed: its figures in fen at the time of the check. */
export interface BudgetExcess {
  budgetId: number;
  fund: string;
  payer: string;
  region: string;
  year: number;
  amountFen: number;
  committedFen: number;
  thisFen: number;
  overFen: number;
}

export interface BudgetsTable {
  id: Generated<number>;
  fund: string;
  payer: BudgetPayer;
  region: string;
  year: number;
  amount_fen: number;
  source: string;
  version: ColumnType<number, number | undefined, number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BudgetVersionsTable {
  budget_id: number;
  version: number;
  fund: string;
  payer: BudgetPayer;
  region: string;
  year: number;
  amount_fen: number;
  source: string;
  reason: string;
  changed_by: number | null;
  changed_at: Timestamp;
}

export interface BudgetCommitmentsTable {
  id: Generated<number>;
  /** What committed the money (e.g. housing_voucher) and its reference there: unique together. */
  source: string;
  ref: string;
  payer: BudgetPayer;
  region: string;
  year: number;
  amount_fen: number;
  /** The last day it counts (a voucher's validity); null: until released. */
  expires_on: string | null;
  override_reason: string | null;
  created_by: number | null;
  created_at: Timestamp;
  released_at: Date | null;
  release_reason: string | null;
}
