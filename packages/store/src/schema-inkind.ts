// Row types of the in-kind services' tables (migration 016): 子女就学 requests, health-check slots
// and bookings, education vouchers and their redemptions, 特优贷 referrals, county recommendations.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type SchoolStage = 'kindergarten' | 'primary' | 'junior' | 'senior';

export interface InkindSchoolRequestsTable {
  id: Generated<number>;
  person_id: number;
  region: string;
  application_id: number | null;
  child_name_enc: string;
  child_name_masked: string;
  stage: SchoolStage;
  grade: string;
  wished_area: string;
  wished_school: string | null;
  hukou_note: string | null;
  status: ColumnType<'pending' | 'placed' | 'refused', 'pending' | 'placed' | 'refused' | undefined, 'pending' | 'placed' | 'refused'>;
  school: string | null;
  reason: string | null;
  decided_by: number | null;
  decided_at: Date | null;
  created_at: Timestamp;
}

export interface InkindHealthSlotsTable {
  id: Generated<number>;
  partner: string;
  day: string;
  period: string;
  capacity: number;
  booked: Generated<number>;
  created_by: number;
  created_at: Timestamp;
}

export interface InkindHealthBookingsTable {
  id: Generated<number>;
  slot_id: number;
  person_id: number;
  status: ColumnType<'booked' | 'cancelled' | 'attended', 'booked' | 'cancelled' | 'attended' | undefined, 'booked' | 'cancelled' | 'attended'>;
  booked_at: Timestamp;
  cancelled_at: Date | null;
  attended_at: Date | null;
  attended_by: number | null;
}

export interface InkindVouchersTable {
  id: Generated<number>;
  person_id: number;
  region: string;
  code: string;
  amount_fen: number;
  purpose: string;
  valid_from: string;
  valid_to: string;
  status: ColumnType<'issued' | 'redeemed' | 'cancelled', 'issued' | 'redeemed' | 'cancelled' | undefined, 'issued' | 'redeemed' | 'cancelled'>;
  issued_by: number;
  issue_key: string;
  issued_at: Timestamp;
  cancelled_by: number | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

export interface InkindVoucherRedemptionsTable {
  id: Generated<number>;
  voucher_id: number;
  partner: string;
  verifier_id: number;
  request_key: string;
  amount_fen: number;
  redeemed_at: Timestamp;
}

export interface InkindLoanReferralsTable {
  id: Generated<number>;
  person_id: number;
  region: string;
  partner: string;
  amount_fen: number;
  note: string | null;
  status: ColumnType<'pending' | 'approved' | 'declined', 'pending' | 'approved' | 'declined' | undefined, 'pending' | 'approved' | 'declined'>;
  approved_fen: number | null;
  rate_text: string | null;
  reason: string | null;
  answered_by: number | null;
  answered_at: Date | null;
  created_at: Timestamp;
}

export interface InkindCountyRecommendationsTable {
  id: Generated<number>;
  person_id: number;
  region: string;
  tier: number;
  reason: string;
  status: ColumnType<'pending' | 'accepted' | 'refused', 'pending' | 'accepted' | 'refused' | undefined, 'pending' | 'accepted' | 'refused'>;
  recommended_by: number;
  recommended_at: Timestamp;
  decided_by: number | null;
  decided_at: Date | null;
  decision_reason: string | null;
}
