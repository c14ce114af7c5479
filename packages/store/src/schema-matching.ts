// Row types of the matching tables (migration 031): talents' opt-in to be found with their wishes,
// and enterprises' contact requests for a demand, answered by the talent.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type List = ColumnType<string[], string[] | undefined, string[]>;

export type MatchingRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface MatchingProfilesTable {
  id: Generated<number>;
  person_id: number;
  open: boolean;
  counties: List;
  industries: List;
  expected_salary_fen: ColumnType<number | null, number | null | undefined, number | null>;
  skills: List;
  updated_at: Timestamp;
}

export interface MatchingRequestsTable {
  id: Generated<number>;
  demand_id: number;
  enterprise_id: number;
  region: string;
  person_id: number;
  status: ColumnType<MatchingRequestStatus, MatchingRequestStatus | undefined, MatchingRequestStatus>;
  requested_by: number;
  created_at: Timestamp;
  answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
