// 人岗匹配 (issue 15 item 6): a talent's own choice to be found by enterprises (愿意被企业查找) with
// optional wishes — counties, industries, expected monthly salary, a short skills list — and the
// enterprises' requests to contact a candidate for one of their demands, answered by the talent.
// One request per demand and person; the database holds the statuses and that an answer has a time.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table matching_profiles (
  id bigint generated always as identity primary key,
  person_id bigint not null unique references persons (id),
  open boolean not null,
  counties text[] not null default '{}',
  industries text[] not null default '{}',
  expected_salary_fen bigint check (expected_salary_fen is null or expected_salary_fen between 1 and 100000000),
  skills text[] not null default '{}',
  updated_at timestamptz not null default now(),
  constraint matching_profiles_sizes check (cardinality(counties) <= 20 and cardinality(industries) <= 20 and cardinality(skills) <= 10)
);
create index matching_profiles_open on matching_profiles (id) where open;

create table matching_requests (
  id bigint generated always as identity primary key,
  demand_id bigint not null references enterprise_demands (id),
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  person_id bigint not null references persons (id),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
  requested_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  answered_at timestamptz,
  constraint matching_requests_once unique (demand_id, person_id),
  constraint matching_requests_answered check ((status = 'pending') = (answered_at is null))
);
create index matching_requests_person on matching_requests (person_id, id);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table matching_requests; drop table matching_profiles;`.execute(db);
}
