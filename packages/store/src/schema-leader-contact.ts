// Row types of the leaders' contact tables (migration 030): leaders assigned to high-level talents,
// contact records and the problems raised on them, service teams (人才服务团), the yearly
// satisfaction survey and its answers.

import type { ColumnType, Generated } from 'kysely';
import type { ProblemCategory } from './schema-enterprises.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type LeaderContactWay = 'visit' | 'forum' | 'phone' | 'other';
export type SatisfactionLevel = 'very_satisfied' | 'satisfied' | 'basic' | 'unsatisfied';

export interface LeaderAssignmentsTable {
  id: Generated<number>;
  person_id: number;
  leader_id: number;
  region: string;
  assigned_on: string;
  assigned_by: number;
  ended_on: string | null;
  ended_by: number | null;
  created_at: Timestamp;
}

export interface LeaderContactsTable {
  id: Generated<number>;
  assignment_id: number;
  person_id: number;
  leader_id: number;
  region: string;
  contacted_on: string;
  way: LeaderContactWay;
  content: string;
  recorded_by: number;
  request_id: string;
  created_at: Timestamp;
}

export interface LeaderContactProblemsTable {
  id: Generated<number>;
  contact_id: number;
  person_id: number;
  region: string;
  category: ProblemCategory;
  description: string;
  /** Set when the problem went into the enterprises' pool; then state is null. */
  pool_problem_id: number | null;
  /** The own list's state (employer not a registered enterprise). */
  state: 'open' | 'solved' | null;
  team_id: number | null;
  solved_by: number | null;
  solved_on: string | null;
  answer: string | null;
  created_at: Timestamp;
}

export interface ServiceTeamMember {
  name: string;
  unit: string;
  userId?: number;
}

export interface ServiceTeamsTable {
  id: Generated<number>;
  region: string;
  name: string;
  members: Json<ServiceTeamMember[]>;
  served_persons: ColumnType<number[], number[] | undefined, number[]>;
  served_enterprises: ColumnType<number[], number[] | undefined, number[]>;
  created_by: number;
  created_at: Timestamp;
}

export interface ServiceTeamPoolProblemsTable {
  team_id: number;
  problem_id: number;
  linked_by: number;
  linked_at: Timestamp;
}

export interface SurveyQuestion {
  code: string;
  label: string;
}

export interface SatisfactionSurveysTable {
  id: Generated<number>;
  year: number;
  questions: Json<{ items: SurveyQuestion[] }>;
  opened_by: number;
  opened_at: Timestamp;
}

export interface SatisfactionAnswersTable {
  id: Generated<number>;
  survey_id: number;
  respondent_person_id: number;
  region: string;
  overall: SatisfactionLevel;
  items: Json<Record<string, SatisfactionLevel>>;
  comment: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}
