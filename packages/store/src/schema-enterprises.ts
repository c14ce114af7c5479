// Row types of the enterprise services' tables (migration 013): registrations, the problem pool and
// its history, and talent demands.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type EnterpriseState = 'pending' | 'verified' | 'rejected';
export type EnterpriseSize = 'large' | 'medium' | 'small' | 'micro';
export type ProblemCategory = 'talent' | 'housing' | 'schooling' | 'policy' | 'other';
export type ProblemState = 'assigned' | 'answered' | 'reopened' | 'closed';
export type DemandDegree = 'none' | 'college' | 'bachelor' | 'master' | 'doctor';
export type DemandUrgency = 'normal' | 'urgent' | 'critical';

export interface EnterprisesTable {
  id: Generated<number>;
  credit_code: string;
  name: string;
  /** GB/T 4754-2017 门类 (A–T). */
  industry: string;
  region: string;
  size: EnterpriseSize;
  contact_name: string;
  /** The contact's phone, encrypted by the vault; shown masked. */
  contact_phone_enc: string;
  contact_phone_masked: string;
  account_id: number;
  request_id: string;
  state: ColumnType<EnterpriseState, EnterpriseState | undefined, EnterpriseState>;
  employer_id: number | null;
  decided_by: number | null;
  decided_at: Date | null;
  reason: string | null;
  created_at: Timestamp;
  /** The enterprise code's version (migration 014): re-issuing raises it and voids older codes. */
  code_version: ColumnType<number, number | undefined, number>;
  /** When the current code was issued; null: at verification (decided_at). */
  code_issued_at: Date | null;
}

export interface EnterpriseProblemsTable {
  id: Generated<number>;
  enterprise_id: number;
  region: string;
  category: ProblemCategory;
  description: string;
  department: string;
  state: ProblemState;
  version: ColumnType<number, number | undefined, number>;
  raised_on: string;
  due_on: string | null;
  escalated_at: Date | null;
  answer: string | null;
  answered_by: number | null;
  answered_at: Date | null;
  answered_on: string | null;
  on_time: boolean | null;
  reopen_count: ColumnType<number, number | undefined, number>;
  reopen_reason: string | null;
  rating: number | null;
  rating_note: string | null;
  request_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnterpriseProblemEventsTable {
  id: Generated<number>;
  problem_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  reason: string | null;
  at: Timestamp;
}

export interface EnterpriseDemandsTable {
  id: Generated<number>;
  enterprise_id: number;
  region: string;
  industry: string;
  post: string;
  headcount: number;
  degree: DemandDegree;
  major: string;
  /** The major as a 教育部学科专业目录 code (migration 021): 'u:0809' 本科专业类, 'u:080901' 本科专业, 'g:0812' 研究生一级学科; null on older rows. */
  major_code: ColumnType<string | null, string | null | undefined, string | null>;
  salary_min_fen: number;
  salary_max_fen: number;
  urgency: DemandUrgency;
  deadline: string;
  period: string;
  created_by: number;
  created_at: Timestamp;
}

export type TalentCatalogueStatus = 'draft' | 'published';

/** A version of the 急需紧缺人才目录 (migration 021). */
export interface TalentCataloguesTable {
  id: Generated<number>;
  year: number;
  version: number;
  title: string;
  status: ColumnType<TalentCatalogueStatus, TalentCatalogueStatus | undefined, TalentCatalogueStatus>;
  effective_from: string | null;
  note: string | null;
  created_by: number;
  created_at: Timestamp;
  published_by: number | null;
  published_at: Date | null;
}

/** An entry: industry (GB/T 4754 门类) × major code × optional post, with the demand behind it. */
export interface TalentCatalogueEntriesTable {
  id: Generated<number>;
  catalogue_id: number;
  industry: string;
  major_code: string;
  post: string | null;
  demand_count: ColumnType<number, number | undefined, number>;
  headcount: ColumnType<number, number | undefined, number>;
  note: string | null;
}

/** An enterprise's chief technology officer as designated by the office (migration 028). */
export interface EnterpriseCtosTable {
  id: Generated<number>;
  enterprise_id: number;
  region: string;
  batch: string;
  designated_on: string;
  person_name: string;
  post: string;
  basis: string;
  designated_by: number;
  created_at: Timestamp;
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
}
