// Row types of the employment-help tables (migration 024): helpers' communities, the key groups'
// files (ID number encrypted, hashed and masked), one-to-one assignments, contacts and outcomes.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** 登记失业人员, 就业困难人员, 未就业高校毕业生. */
export type HelpGroup = 'registered_unemployed' | 'hard_to_employ' | 'graduate';
export type HelpDegree = 'none' | 'college' | 'bachelor' | 'master' | 'doctor';
export type HelpContactWay = 'visit' | 'phone' | 'wechat' | 'office' | 'other';
export type HelpOutcomeKind = 'employed' | 'training' | 'startup_loan' | 'closed';

export interface EmploymentHelpAreasTable {
  user_id: number;
  community_code: string;
  community_name: string;
}

export interface EmploymentHelpPersonsTable {
  id: Generated<number>;
  region: string;
  community_code: string;
  community_name: string;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  grp: HelpGroup;
  degree: HelpDegree;
  major: ColumnType<string, string | undefined, string>;
  skills: ColumnType<string, string | undefined, string>;
  wishes: ColumnType<string, string | undefined, string>;
  registered_on: string;
  created_by: number;
  created_at: Timestamp;
}

export interface EmploymentHelpAssignmentsTable {
  id: Generated<number>;
  person_id: number;
  helper_id: number;
  assigned_on: string;
  assigned_by: number;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  ended_by: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface EmploymentHelpContactsTable {
  id: Generated<number>;
  person_id: number;
  contacted_on: string;
  way: HelpContactWay;
  content: string;
  recorded_by: number;
  created_at: Timestamp;
}

export interface EmploymentHelpOutcomesTable {
  id: Generated<number>;
  person_id: number;
  kind: HelpOutcomeKind;
  outcome_on: string;
  employer: ColumnType<string | null, string | null | undefined, string | null>;
  detail: ColumnType<string, string | undefined, string>;
  loan_fen: ColumnType<number | null, number | null | undefined, number | null>;
  recorded_by: number;
  created_at: Timestamp;
}
