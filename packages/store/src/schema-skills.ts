// Row types of the skills tables (migration 023): special-ability standards and their versions, the
// question bank, assessment sessions with candidates and certificates, and 职业技能等级认定 licences,
// batches and recognitions.

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type SkillItemKind = 'single' | 'judge' | 'practical';
export type SkillStandardStatus = 'draft' | 'published';

export interface SkillStandardsTable {
  id: Generated<number>;
  code: string;
  region: string;
  /** The training and assessment syllabus (大纲): [{ title, body }]. */
  syllabus: Json<Array<{ title: string; body: string }>>;
  created_by: number;
  created_at: Timestamp;
}

export interface SkillStandardVersionsTable {
  standard_id: number;
  version: number;
  name: string;
  definition: string;
  applies_to: string;
  ability_standards: string;
  assessment_content: string;
  pass_mark: number;
  max_score: number;
  status: SkillStandardStatus;
  source: ColumnType<string, string | undefined, string>;
  reason: string;
  changed_by: number;
  changed_at: Timestamp;
}

export interface SkillItemsTable {
  id: Generated<number>;
  standard_id: number;
  kind: SkillItemKind;
  question: string;
  options: Json<string[]>;
  answer: string;
  points: number;
  created_by: number;
  created_at: Timestamp;
}

export interface SkillSessionsTable {
  id: Generated<number>;
  standard_id: number;
  version: number;
  region: string;
  held_on: string;
  place: string;
  created_by: number;
  created_at: Timestamp;
}

export interface SkillCandidatesTable {
  id: Generated<number>;
  session_id: number;
  person_id: number | null;
  name: string;
  id_enc: string;
  id_hash: string;
  id_masked: string;
  score: number | null;
  passed: boolean | null;
  scored_by: number | null;
  scored_at: Timestamp | null;
}

export interface SkillCertificatesTable {
  id: Generated<number>;
  candidate_id: number;
  number: string;
  token: string;
  issued_by: number;
  issued_at: Timestamp;
  revoked_at: Timestamp | null;
  revoke_reason: string | null;
}

export interface SkillLicencesTable {
  id: Generated<number>;
  enterprise_id: number;
  region: string;
  occupations: string[];
  levels: number[];
  licensed_on: string;
  created_by: number;
  created_at: Timestamp;
}

export interface SkillRecognitionBatchesTable {
  id: Generated<number>;
  licence_id: number;
  enterprise_id: number;
  region: string;
  recognized_on: string;
  request_id: string;
  created_by: number;
  created_at: Timestamp;
}

export interface SkillRecognitionsTable {
  id: Generated<number>;
  batch_id: number;
  region: string;
  name: string;
  id_enc: string;
  id_hash: string;
  id_masked: string;
  occupation: string;
  level: number;
  recognized_on: string;
  certificate_no: string;
}
