// Row types of the 衢籍大学生 tables (migration 026) and the 乡土人才 tables (migration 027).

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type StudentDegree = 'college' | 'bachelor' | 'master' | 'phd';
export type StudentActivityKind = 'hometown_visit' | 'internship';

export interface NativeStudentsTable {
  id: Generated<number>;
  /** The declared 户籍 county (the record's scope). */
  region: string;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  /** The region of the ID number's address code (first six digits); null when it names none of ours. */
  id_region: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  consent: ColumnType<boolean, boolean | undefined, boolean>;
  school: string;
  major: ColumnType<string, string | undefined, string>;
  degree: StudentDegree;
  graduation_year: number;
  created_by: number;
  created_at: Timestamp;
}

export interface NativeStudentActivitiesTable {
  id: Generated<number>;
  region: string;
  kind: StudentActivityKind;
  title: string;
  held_on: string;
  /** The hosting unit (an internship's employer, a visit's organiser). */
  host: ColumnType<string, string | undefined, string>;
  created_by: number;
  request_id: string;
  created_at: Timestamp;
}

export interface NativeStudentParticipantsTable {
  activity_id: number;
  student_id: number;
}

export type RuralLevel = 'county' | 'township' | 'village';

export interface RuralTalentsTable {
  id: Generated<number>;
  region: string;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  level: RuralLevel;
  township_code: string | null;
  township_name: ColumnType<string, string | undefined, string>;
  village_code: string | null;
  village_name: ColumnType<string, string | undefined, string>;
  speciality: string;
  entered_on: string;
  created_by: number;
  created_at: Timestamp;
}

export interface RuralTalentTrainingsTable {
  id: Generated<number>;
  talent_id: number;
  course: string;
  speciality: string;
  trained_on: string;
  /** Class hours (学时), whole. */
  hours: number;
  recorded_by: number;
  created_at: Timestamp;
}
