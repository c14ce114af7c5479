// Row types of 椒江's talent housing vouchers (migrations 018, 020): sellers, vouchers, redemptions.

import type { ColumnType, Generated } from 'kysely';
import type { BudgetExcess } from './schema-budgets.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type HousingSellerKind = 'developer' | 'agent';
/** 'held': waiting for a second clerk because it would exceed the budget envelope (migration 020). */
export type HousingVoucherStatus = 'held' | 'issued' | 'redeemed' | 'cancelled';

export interface HousingSellersTable {
  partner: string;
  /** The partner's name, as registered (the partner record is the cards module's). */
  name: string;
  kind: HousingSellerKind;
  uscc: string;
  registered_by: number | null;
  registered_at: Timestamp;
  contact_name: ColumnType<string | null, string | null | undefined, string | null>;
  contact_phone: ColumnType<string | null, string | null | undefined, string | null>;
  deactivated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  deactivated_by: ColumnType<number | null, number | null | undefined, number | null>;
  deactivate_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface HousingVouchersTable {
  id: Generated<number>;
  application_id: number;
  person_id: number;
  region: string;
  code: string;
  amount_fen: number;
  valid_from: string;
  valid_to: string;
  status: ColumnType<HousingVoucherStatus, HousingVoucherStatus | undefined, HousingVoucherStatus>;
  issued_by: number;
  issue_key: string;
  issued_at: Timestamp;
  cancelled_by: number | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  /** The envelopes the issue would exceed (a held voucher), the figures the second clerk saw. */
  budget_excess: ColumnType<BudgetExcess[] | null, string | null | undefined, string | null>;
  confirmed_by: ColumnType<number | null, number | null | undefined, number | null>;
  override_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface HousingVoucherRedemptionsTable {
  id: Generated<number>;
  voucher_id: number;
  partner: string;
  verifier_id: number;
  request_key: string;
  contract_no: string;
  house_address: string;
  total_price_fen: number;
  contract_date: string;
  amount_fen: number;
  instalment_key: string;
  redeemed_at: Timestamp;
}
