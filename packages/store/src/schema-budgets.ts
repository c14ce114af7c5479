// Row types of the budget envelopes (migration 017): envelopes and every version of them.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type BudgetPayer = 'shared' | 'city_finance' | 'district_finance' | 'employer_unit';

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
