// Cadres' visits to enterprises (走访, seed 003 椒江 "走访企业3400余次"): who visited which enterprise
// on which day, with whom, on which topics, with notes; and the problems found on the visit, each a
// problem in the pool (enterprise_problems) linked here to the visit it came from.
//
// The database enforces: a submission sent again with the same request id is the same visit (one
// per recording cadre and request id); topics only from the list; a problem comes from one visit.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table visits (
  id bigint generated always as identity primary key,
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  visited_on date not null,
  recorded_by bigint not null references users (id),
  companions text[] not null default '{}',
  topics text[] not null check (cardinality(topics) between 1 and 5 and topics <@ array['policy', 'demand', 'problems', 'project', 'other']::text[]),
  notes text not null default '' check (length(notes) <= 2000),
  request_id text not null check (length(request_id) between 8 and 80),
  created_at timestamptz not null default now(),
  constraint visits_request unique (recorded_by, request_id)
);
create index visits_region on visits (region, visited_on);
create index visits_enterprise on visits (enterprise_id, visited_on);

create table visit_problems (
  visit_id bigint not null references visits (id),
  problem_id bigint not null references enterprise_problems (id),
  primary key (visit_id, problem_id),
  constraint visit_problems_once unique (problem_id)
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table visit_problems;
drop table visits;
`.execute(db);
}
