// 衢籍大学生 (衢委发〔2020〕7号 work item 13.2 "建立衢籍大学生数据库，开展衢籍学子家乡行活动"):
// students and graduates from the city — ID number encrypted with a keyed hash for lookup and a
// masked copy, the county from the ID's address code beside the declared 户籍 county (a mismatch
// is flagged, not refused), school, major, degree, year of graduation, consent to contact (phone
// encrypted) — and the 家乡行 activities and internships with who took part.
//
// The database enforces: one record per ID number; degree and activity kind from their lists; a
// participant takes part in an activity once; one activity per recording clerk and request id.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table native_students (
  id bigint generated always as identity primary key,
  region text not null,
  name text not null check (length(name) between 1 and 40),
  id_hash text not null,
  id_enc text not null,
  id_masked text not null,
  id_region text,
  phone_enc text,
  phone_masked text,
  consent boolean not null default false,
  school text not null check (length(school) between 1 and 80),
  major text not null default '' check (length(major) <= 80),
  degree text not null check (degree in ('college', 'bachelor', 'master', 'phd')),
  graduation_year integer not null check (graduation_year between 1980 and 2100),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint native_students_id unique (id_hash)
);
create index native_students_region on native_students (region, graduation_year);

create table native_student_activities (
  id bigint generated always as identity primary key,
  region text not null,
  kind text not null check (kind in ('hometown_visit', 'internship')),
  title text not null check (length(title) between 2 and 80),
  held_on date not null,
  host text not null default '' check (length(host) <= 80),
  created_by bigint not null references users (id),
  request_id text not null check (length(request_id) between 8 and 80),
  created_at timestamptz not null default now(),
  constraint native_student_activities_request unique (created_by, request_id)
);
create index native_student_activities_region on native_student_activities (region, held_on);

create table native_student_participants (
  activity_id bigint not null references native_student_activities (id),
  student_id bigint not null references native_students (id),
  primary key (activity_id, student_id)
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table native_student_participants;
drop table native_student_activities;
drop table native_students;
`.execute(db);
}
