// Projects, teams and platforms as records (module projects): 双领 projects, 飞地 teams and projects,
// academician / postdoc / doctoral stations, engineer centres, provincial startup parks — each with
// its enterprise, county, people and kind-specific details; every change kept as a version (who,
// why); yearly assessments (考核); the staged instalments claimed for a project and its clawback.
//
// The database enforces: one record per enterprise, kind and name; one assessment per project and
// year; each instalment (project, claim, stage) once and its ledger instalment key once; one clawback
// per project, its ledger key once.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table projects (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('shuangling', 'enclave_team', 'enclave_project', 'academician_station', 'postdoc_station', 'phd_station', 'engineer_centre', 'startup_park')),
  name text not null check (length(name) between 2 and 100),
  employer_id bigint not null references employers (id),
  region text not null,
  people jsonb not null default '[]',
  details jsonb not null default '{}',
  started_on date,
  left_on date,
  version int not null default 1,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint projects_one_name unique (employer_id, kind, name)
);
create index projects_region on projects (region, kind);

create table project_versions (
  project_id bigint not null references projects (id),
  version int not null,
  changed_by bigint references users (id),
  reason text not null check (length(reason) between 2 and 200),
  before jsonb,
  after jsonb not null,
  changed_at timestamptz not null default now(),
  primary key (project_id, version)
);

create table project_assessments (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id),
  year int not null check (year between 2000 and 2100),
  outcome text not null check (outcome in ('pass', 'fail')),
  assessed_on date not null,
  evidence text not null check (length(evidence) between 2 and 500),
  recorded_by bigint not null references users (id),
  recorded_at timestamptz not null default now(),
  constraint project_assessment_once unique (project_id, year)
);

create table project_instalments (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id),
  claim text not null check (claim in ('startup', 'upgrade', 'contribution')),
  stage text not null check (stage in ('landing', 'assessment', 'once')),
  application_id bigint not null references applications (id),
  amount_fen bigint not null check (amount_fen >= 0),
  instalment_key text not null unique,
  created_at timestamptz not null default now(),
  constraint project_instalment_once unique (project_id, claim, stage)
);

create table project_clawbacks (
  id bigint generated always as identity primary key,
  project_id bigint not null unique references projects (id),
  cause text not null check (cause in ('assessment_failed', 'left_early')),
  due_on date not null,
  amount_fen bigint not null check (amount_fen >= 0),
  instalment_key text not null unique,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now()
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table project_clawbacks;
drop table project_instalments;
drop table project_assessments;
drop table project_versions;
drop table projects;
`.execute(db);
}
