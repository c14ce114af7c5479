// Row types of projects, teams and platforms (migration 019): records, versions, assessments, instalments, clawbacks.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type ProjectKind = 'shuangling' | 'enclave_team' | 'enclave_project' | 'academician_station' | 'postdoc_station' | 'phd_station' | 'engineer_centre' | 'startup_park';
export type ProjectClaim = 'startup' | 'upgrade' | 'contribution';
export type ProjectStage = 'landing' | 'assessment' | 'once';

export interface ProjectsTable {
  id: Generated<number>;
  kind: ProjectKind;
  name: string;
  employer_id: number;
  region: string;
  people: Json<Array<{ personId: number; role: string }>>;
  details: Json<Record<string, unknown>>;
  started_on: string | null;
  left_on: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectVersionsTable {
  project_id: number;
  version: number;
  changed_by: number | null;
  reason: string;
  before: Json | null;
  after: Json;
  changed_at: Timestamp;
}

export interface ProjectAssessmentsTable {
  id: Generated<number>;
  project_id: number;
  year: number;
  outcome: 'pass' | 'fail';
  assessed_on: string;
  evidence: string;
  recorded_by: number;
  recorded_at: Timestamp;
}

export interface ProjectInstalmentsTable {
  id: Generated<number>;
  project_id: number;
  claim: ProjectClaim;
  stage: ProjectStage;
  application_id: number;
  amount_fen: number;
  instalment_key: string;
  created_at: Timestamp;
}

export interface ProjectClawbacksTable {
  id: Generated<number>;
  project_id: number;
  cause: 'assessment_failed' | 'left_early';
  due_on: string;
  amount_fen: number;
  instalment_key: string;
  created_by: number;
  created_at: Timestamp;
}
