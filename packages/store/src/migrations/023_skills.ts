// Skills (技能, issue 18 item 3): local special-ability standards (专项职业能力考核规范, seed 000 开化)
// as versioned documents with a syllabus and a question bank; assessment sessions of a standard's
// version with candidates, scores and certificates; and 职业技能等级认定 by licensed enterprises
// (seed 003 玉环): licences and batches of recognitions.
//
// The database enforces: a standard's code once; a version number once per standard, a pass mark
// within the max score; a score within 0..1000 (the service holds it to the version's max score); a
// candidate once per session (by the ID number's keyed hash); one certificate per candidate and a
// certificate number once; one licence per enterprise; levels 1 (一级/高级技师) .. 5 (五级/初级工);
// a recognition's certificate number once; a batch once per enterprise and request id.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table skill_standards (
  id bigint generated always as identity primary key,
  code text not null check (code ~ '^[A-Z0-9-]{2,30}$'),
  region text not null,
  syllabus jsonb not null default '[]',
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint skill_standards_code unique (code)
);

create table skill_standard_versions (
  standard_id bigint not null references skill_standards (id),
  version int not null check (version >= 1),
  name text not null check (length(name) between 2 and 60),
  definition text not null,
  applies_to text not null,
  ability_standards text not null,
  assessment_content text not null,
  pass_mark int not null,
  max_score int not null check (max_score between 1 and 1000),
  status text not null check (status in ('draft', 'published')),
  source text not null default '',
  reason text not null,
  changed_by bigint not null references users (id),
  changed_at timestamptz not null default now(),
  primary key (standard_id, version),
  check (pass_mark between 1 and max_score)
);

create table skill_items (
  id bigint generated always as identity primary key,
  standard_id bigint not null references skill_standards (id),
  kind text not null check (kind in ('single', 'judge', 'practical')),
  question text not null check (length(question) between 2 and 2000),
  options jsonb not null default '[]',
  answer text not null check (length(answer) between 1 and 2000),
  points int not null check (points between 1 and 100),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now()
);
create index skill_items_standard on skill_items (standard_id);

create table skill_sessions (
  id bigint generated always as identity primary key,
  standard_id bigint not null,
  version int not null,
  region text not null,
  held_on date not null,
  place text not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  foreign key (standard_id, version) references skill_standard_versions (standard_id, version)
);
create index skill_sessions_region on skill_sessions (region, held_on);

create table skill_candidates (
  id bigint generated always as identity primary key,
  session_id bigint not null references skill_sessions (id),
  person_id bigint references persons (id),
  name text not null,
  id_enc text not null,
  id_hash text not null,
  id_masked text not null,
  score int check (score between 0 and 1000),
  passed boolean,
  scored_by bigint references users (id),
  scored_at timestamptz,
  constraint skill_candidates_once unique (session_id, id_hash)
);

create table skill_certificates (
  id bigint generated always as identity primary key,
  candidate_id bigint not null references skill_candidates (id),
  number text not null check (number ~ '^[A-Za-z0-9-]{6,40}$'),
  token text not null,
  issued_by bigint not null references users (id),
  issued_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoke_reason text,
  constraint skill_certificates_candidate unique (candidate_id),
  constraint skill_certificates_number unique (number)
);

create table skill_licences (
  id bigint generated always as identity primary key,
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  occupations text[] not null check (cardinality(occupations) between 1 and 50),
  levels int[] not null check (cardinality(levels) between 1 and 5 and levels <@ array[1, 2, 3, 4, 5]),
  licensed_on date not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint skill_licences_enterprise unique (enterprise_id)
);

create table skill_recognition_batches (
  id bigint generated always as identity primary key,
  licence_id bigint not null references skill_licences (id),
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  recognized_on date not null,
  request_id text not null check (length(request_id) between 8 and 80),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint skill_batches_request unique (enterprise_id, request_id)
);

create table skill_recognitions (
  id bigint generated always as identity primary key,
  batch_id bigint not null references skill_recognition_batches (id),
  region text not null,
  name text not null,
  id_enc text not null,
  id_hash text not null,
  id_masked text not null,
  occupation text not null,
  level int not null check (level between 1 and 5),
  recognized_on date not null,
  certificate_no text not null check (certificate_no ~ '^[A-Za-z0-9-]{6,40}$'),
  constraint skill_recognitions_certificate unique (certificate_no)
);
create index skill_recognitions_region on skill_recognitions (region, recognized_on);
create index skill_recognitions_person on skill_recognitions (id_hash);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table skill_recognitions;
drop table skill_recognition_batches;
drop table skill_licences;
drop table skill_certificates;
drop table skill_candidates;
drop table skill_sessions;
drop table skill_items;
drop table skill_standard_versions;
drop table skill_standards;
`.execute(db);
}
