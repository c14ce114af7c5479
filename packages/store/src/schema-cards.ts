// Row types of the talent card's tables (migration 012): cards, partner organisations and uses.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CardLevel = 'gold' | 'silver' | 'standard';
export type CardStatus = 'active' | 'revoked';
export type CardEndKind = 'recognition' | 'lost' | 'clerk' | 'ineligible';

export interface CardPartnersTable {
  code: string;
  name: string;
  region: string;
  /** The service codes (parameters art23.services.*) the partner provides. */
  services: ColumnType<string[], string | undefined, string>;
  created_at: Timestamp;
}

export interface TalentCardsTable {
  id: Generated<number>;
  person_id: number;
  level: CardLevel;
  status: ColumnType<CardStatus, CardStatus | undefined, CardStatus>;
  status_index: Generated<number>;
  valid_from: string;
  valid_to: string;
  issued_by: number | null;
  issued_at: Timestamp;
  ended_at: Date | null;
  ended_by: number | null;
  end_kind: CardEndKind | null;
  end_reason: string | null;
}

export interface CardUsesTable {
  id: Generated<number>;
  card_id: number;
  person_id: number;
  region: string;
  partner: string;
  service: string;
  verifier_id: number;
  request_id: string;
  used_at: Timestamp;
}
