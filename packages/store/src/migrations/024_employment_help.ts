// Help for key employment groups (就业帮扶, seed 003 温岭 "713个帮扶工作人员…‘一对一’结对帮扶"): a new role,
// the community helper (帮扶工作人员), with the communities each serves; a dynamic file per person of the
// key groups (ID number encrypted, a lookup hash and a masked copy, as the registry keeps persons); the
// helper assigned one to one (one active at a time, earlier ones kept); the contact log; outcomes.
//
// The database enforces: one file per ID number; a community code of 12 digits; one active helper per
// person; an employed outcome names its employer, a closed one its reason; the same outcome (kind and
// day) recorded once per person.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier', 'enterprise', 'helper'));

create table employment_help_areas (
  user_id bigint not null references users (id),
  community_code text not null check (community_code ~ '^[0-9]{12}$'),
  community_name text not null check (length(community_name) between 1 and 40),
  primary key (user_id, community_code)
);

create table employment_help_persons (
  id bigint generated always as identity primary key,
  region text not null,
  community_code text not null check (community_code ~ '^[0-9]{12}$'),
  community_name text not null check (length(community_name) between 1 and 40),
  name text not null check (length(name) between 1 and 40),
  id_hash text not null,
  id_enc text not null,
  id_masked text not null,
  grp text not null check (grp in ('registered_unemployed', 'hard_to_employ', 'graduate')),
  degree text not null check (degree in ('none', 'college', 'bachelor', 'master', 'doctor')),
  major text not null default '' check (length(major) <= 60),
  skills text not null default '' check (length(skills) <= 500),
  wishes text not null default '' check (length(wishes) <= 500),
  registered_on date not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint employment_help_persons_id unique (id_hash)
);
create index employment_help_persons_area on employment_help_persons (region, community_code);

create table employment_help_assignments (
  id bigint generated always as identity primary key,
  person_id bigint not null references employment_help_persons (id),
  helper_id bigint not null references users (id),
  assigned_on date not null,
  assigned_by bigint not null references users (id),
  ended_on date,
  ended_by bigint references users (id),
  created_at timestamptz not null default now()
);
create unique index employment_help_one_active on employment_help_assignments (person_id) where ended_on is null;
create index employment_help_assignments_helper on employment_help_assignments (helper_id) where ended_on is null;

create table employment_help_contacts (
  id bigint generated always as identity primary key,
  person_id bigint not null references employment_help_persons (id),
  contacted_on date not null,
  way text not null check (way in ('visit', 'phone', 'wechat', 'office', 'other')),
  content text not null check (length(content) between 1 and 1000),
  recorded_by bigint not null references users (id),
  created_at timestamptz not null default now()
);
create index employment_help_contacts_person on employment_help_contacts (person_id, contacted_on);

create table employment_help_outcomes (
  id bigint generated always as identity primary key,
  person_id bigint not null references employment_help_persons (id),
  kind text not null check (kind in ('employed', 'training', 'startup_loan', 'closed')),
  outcome_on date not null,
  employer text check (employer is null or length(employer) between 1 and 80),
  detail text not null default '' check (length(detail) <= 500),
  loan_fen bigint check (loan_fen is null or loan_fen > 0),
  recorded_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint employment_help_outcome_employer check (kind <> 'employed' or employer is not null),
  constraint employment_help_outcome_reason check (kind <> 'closed' or length(detail) > 0),
  constraint employment_help_outcome_once unique (person_id, kind, outcome_on)
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table employment_help_outcomes;
drop table employment_help_contacts;
drop table employment_help_assignments;
drop table employment_help_persons;
drop table employment_help_areas;
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier', 'enterprise'));
`.execute(db);
}
