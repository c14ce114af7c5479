// Enterprise services: enterprises that register themselves (verified by a clerk of their county),
// the problems they raise (问题池, a workflow answered by a department within promised working days),
// and the talent they need (人才需求).
//
// A new role: an enterprise's own account (企业账号), tied to its enterprise by enterprises.account_id
// and, once verified, to the employer in the registry by users.employer_id.
//
// The database enforces: one live registration per 统一社会信用代码 and one per account; a
// registration sent again with the same request id is the same registration; a decision says by
// whom and when, a rejection why; a problem reopened at most once, rated once (1–5); one demand per
// enterprise, post and year; a salary range the right way up.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier', 'enterprise'));

create table enterprises (
  id bigint generated always as identity primary key,
  credit_code text not null check (length(credit_code) = 18),
  name text not null check (length(name) > 0),
  industry text not null check (industry ~ '^[A-T]$'),
  region text not null,
  size text not null check (size in ('large', 'medium', 'small', 'micro')),
  contact_name text not null check (length(contact_name) > 0),
  contact_phone_enc text not null,
  contact_phone_masked text not null,
  account_id bigint not null references users (id),
  request_id text not null check (length(request_id) between 8 and 80),
  state text not null default 'pending' check (state in ('pending', 'verified', 'rejected')),
  employer_id bigint references employers (id),
  decided_by bigint references users (id),
  decided_at timestamptz,
  reason text,
  created_at timestamptz not null default now(),
  constraint enterprises_request unique (request_id),
  constraint enterprises_decided check ((state = 'pending') = (decided_at is null) and (state <> 'rejected' or length(reason) > 0) and ((state = 'verified') = (employer_id is not null)))
);
create unique index enterprises_one_live_code on enterprises (credit_code) where state <> 'rejected';
create unique index enterprises_one_per_account on enterprises (account_id) where state <> 'rejected';
create index enterprises_region on enterprises (region, state);

create table enterprise_problems (
  id bigint generated always as identity primary key,
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  category text not null check (category in ('talent', 'housing', 'schooling', 'policy', 'other')),
  description text not null check (length(description) between 5 and 2000),
  department text not null,
  state text not null check (state in ('assigned', 'answered', 'reopened', 'closed')),
  version int not null default 1,
  raised_on date not null,
  due_on date,
  escalated_at timestamptz,
  answer text,
  answered_by bigint references users (id),
  answered_at timestamptz,
  answered_on date,
  on_time boolean,
  reopen_count int not null default 0 check (reopen_count between 0 and 1),
  reopen_reason text,
  rating int check (rating between 1 and 5),
  rating_note text,
  request_id text not null check (length(request_id) between 8 and 80),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint enterprise_problems_request unique (enterprise_id, request_id),
  constraint enterprise_problems_rated check ((state = 'closed') = (rating is not null))
);
create index enterprise_problems_region on enterprise_problems (region, state);

create table enterprise_problem_events (
  id bigint generated always as identity primary key,
  problem_id bigint not null references enterprise_problems (id),
  action text not null,
  from_state text,
  to_state text not null,
  actor_id bigint references users (id),
  reason text,
  at timestamptz not null default now()
);
create index enterprise_problem_events_problem on enterprise_problem_events (problem_id, id);

create table enterprise_demands (
  id bigint generated always as identity primary key,
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  industry text not null,
  post text not null check (length(post) between 1 and 60),
  headcount int not null check (headcount between 1 and 10000),
  degree text not null check (degree in ('none', 'college', 'bachelor', 'master', 'doctor')),
  major text not null,
  salary_min_fen bigint not null check (salary_min_fen > 0),
  salary_max_fen bigint not null,
  urgency text not null check (urgency in ('normal', 'urgent', 'critical')),
  deadline date not null,
  period text not null check (period ~ '^[0-9]{4}$'),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint enterprise_demands_salary check (salary_max_fen >= salary_min_fen),
  constraint enterprise_demands_once unique (enterprise_id, post, period)
);
create index enterprise_demands_region on enterprise_demands (region, industry);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table enterprise_demands;
drop table enterprise_problem_events;
drop table enterprise_problems;
drop table enterprises;
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier'));
`.execute(db);
}
