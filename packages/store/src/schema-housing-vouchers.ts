// Row types of 椒江's talent housing vouchers (migration 018): sellers, vouchers, redemptions.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type HousingSellerKind = 'developer' | 'agent';
export type HousingVoucherStatus = 'issued' | 'redeemed' | 'cancelled';

export interface HousingSellersTable {
  partner: string;
  /** The partner's name, as registered (the partner record is the cards module's). */
  name: string;
  kind: HousingSellerKind;
  uscc: string;
  registered_by: number | null;
  registered_at: Timestamp;
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
