// Row types of the visits tables (migration 022): cadres' visits to enterprises and the problems
// found on them (each a problem in the enterprises' pool).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type VisitTopic = 'policy' | 'demand' | 'problems' | 'project' | 'other';

export interface VisitsTable {
  id: Generated<number>;
  enterprise_id: number;
  region: string;
  visited_on: string;
  recorded_by: number;
  /** Others on the visit besides the recording cadre (names as typed). */
  companions: ColumnType<string[], string[] | undefined, string[]>;
  topics: VisitTopic[];
  notes: ColumnType<string, string | undefined, string>;
  request_id: string;
  created_at: Timestamp;
}

export interface VisitProblemsTable {
  visit_id: number;
  problem_id: number;
}
