// Row types of the dividends tables (migration 025): 天台 和盈模式 households of the low-income list,
// their selection history, yearly dividend rounds, pay runs and each household's dividend of a year.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type DividendHouseholdState = 'listed' | 'verified' | 'reviewed' | 'notice' | 'filed' | 'excluded';
export type DividendBasis = 'per_share' | 'per_household';

export interface DividendHouseholdsTable {
  id: Generated<number>;
  region: string;
  township_code: string;
  village_code: string;
  village_name: string;
  head_name_enc: string;
  head_name_masked: string;
  id_enc: string;
  id_hash: string;
  id_masked: string;
  members: number;
  listed_from: string;
  listed_to: string | null;
  state: ColumnType<DividendHouseholdState, DividendHouseholdState | undefined, DividendHouseholdState>;
  version: ColumnType<number, number | undefined, number>;
  selection_date: ColumnType<string | null, string | null | undefined, string | null>;
  notice_from: ColumnType<string | null, string | null | undefined, string | null>;
  notice_days: ColumnType<number | null, number | null | undefined, number | null>;
  company: ColumnType<string | null, string | null | undefined, string | null>;
  shares: ColumnType<number | null, number | null | undefined, number | null>;
  filed_on: ColumnType<string | null, string | null | undefined, string | null>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  escalated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DividendHouseholdEventsTable {
  id: Generated<number>;
  household_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface DividendRoundsTable {
  id: Generated<number>;
  region: string;
  year: number;
  company: string;
  basis: DividendBasis;
  amount_fen: number;
  paid_on: string;
  created_by: number;
  created_at: Timestamp;
}

export interface DividendPayRunsTable {
  id: Generated<number>;
  round_id: number;
  request_key: string;
  household_ids: number[];
  created_by: number;
  created_at: Timestamp;
}

export interface DividendPayoutsTable {
  id: Generated<number>;
  round_id: number;
  run_id: number;
  household_id: number;
  year: number;
  shares: number;
  amount_fen: number;
  ledger_id: number;
  created_at: Timestamp;
}
