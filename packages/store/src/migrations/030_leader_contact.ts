// Leaders' contact with high-level talents (领导联系服务高层次人才制度, 衢委发〔2020〕7号 item 14; seed 000
// 开化 "19个人才服务团", satisfaction "从82.3%上升到96.7%"): a leader assigned to a talent (one active per
// talent, earlier ones kept); contact records; problems raised on a contact — in the enterprises' pool
// when the employer is a registered enterprise (linked here), else kept here as a small list of their
// own (open/solved, who solved, when, the answer); service teams (人才服务团) with members, whom they
// serve and the problems they handle; a yearly satisfaction survey and its answers.
//
// The database enforces: one active leader per talent; one contact per recording leader and request
// id; a problem either in the pool (linked once) or in the own list with a state, solved ones naming
// who, when and the answer; one survey per year; one answer per talent and survey; answers' levels
// only from the list.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table leader_assignments (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  leader_id bigint not null references users (id),
  region text not null,
  assigned_on date not null,
  assigned_by bigint not null references users (id),
  ended_on date,
  ended_by bigint references users (id),
  created_at timestamptz not null default now()
);
create unique index leader_assignments_one_active on leader_assignments (person_id) where ended_on is null;
create index leader_assignments_leader on leader_assignments (leader_id) where ended_on is null;

create table service_teams (
  id bigint generated always as identity primary key,
  region text not null,
  name text not null check (length(name) between 2 and 40),
  members jsonb not null default '[]',
  served_persons bigint[] not null default '{}',
  served_enterprises bigint[] not null default '{}',
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint service_teams_name unique (region, name)
);

create table leader_contacts (
  id bigint generated always as identity primary key,
  assignment_id bigint not null references leader_assignments (id),
  person_id bigint not null references persons (id),
  leader_id bigint not null references users (id),
  region text not null,
  contacted_on date not null,
  way text not null check (way in ('visit', 'forum', 'phone', 'other')),
  content text not null check (length(content) between 1 and 2000),
  recorded_by bigint not null references users (id),
  request_id text not null check (length(request_id) between 8 and 80),
  created_at timestamptz not null default now(),
  constraint leader_contacts_request unique (recorded_by, request_id)
);
create index leader_contacts_region on leader_contacts (region, contacted_on);
create index leader_contacts_person on leader_contacts (person_id, contacted_on);

create table leader_contact_problems (
  id bigint generated always as identity primary key,
  contact_id bigint not null references leader_contacts (id),
  person_id bigint not null references persons (id),
  region text not null,
  category text not null check (category in ('talent', 'housing', 'schooling', 'policy', 'other')),
  description text not null check (length(description) between 5 and 2000),
  pool_problem_id bigint references enterprise_problems (id),
  state text check (state in ('open', 'solved')),
  team_id bigint references service_teams (id),
  solved_by bigint references users (id),
  solved_on date,
  answer text check (answer is null or length(answer) between 2 and 2000),
  created_at timestamptz not null default now(),
  constraint leader_contact_problems_pool unique (pool_problem_id),
  constraint leader_contact_problems_where check ((pool_problem_id is null) = (state is not null)),
  constraint leader_contact_problems_solved check ((state = 'solved') = (solved_by is not null and solved_on is not null and answer is not null))
);
create index leader_contact_problems_region on leader_contact_problems (region, state);

create table service_team_pool_problems (
  team_id bigint not null references service_teams (id),
  problem_id bigint not null references enterprise_problems (id),
  linked_by bigint not null references users (id),
  linked_at timestamptz not null default now(),
  primary key (team_id, problem_id),
  constraint service_team_pool_problems_once unique (problem_id)
);

create table satisfaction_surveys (
  id bigint generated always as identity primary key,
  year integer not null check (year between 2000 and 2100),
  questions jsonb not null,
  opened_by bigint not null references users (id),
  opened_at timestamptz not null default now(),
  constraint satisfaction_surveys_year unique (year)
);

create table satisfaction_answers (
  id bigint generated always as identity primary key,
  survey_id bigint not null references satisfaction_surveys (id),
  respondent_person_id bigint not null references persons (id),
  region text not null,
  overall text not null check (overall in ('very_satisfied', 'satisfied', 'basic', 'unsatisfied')),
  items jsonb not null default '{}',
  comment text not null default '' check (length(comment) <= 500),
  created_at timestamptz not null default now(),
  constraint satisfaction_answers_once unique (survey_id, respondent_person_id)
);
create index satisfaction_answers_region on satisfaction_answers (survey_id, region);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table satisfaction_answers;
drop table satisfaction_surveys;
drop table service_team_pool_problems;
drop table leader_contact_problems;
drop table leader_contacts;
drop table service_teams;
drop table leader_assignments;
`.execute(db);
}
