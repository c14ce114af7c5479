// Runs of the scheduled jobs (overdue escalation, the work list's notices, proactive screening):
// one row per job and schedule slot — the day a scheduled run is for, or a run by hand — with its
// start, end, outcome, error and what it did. The slot is unique per job, so however many servers
// fire the same schedule, only the one that inserts the row runs it; a failed run is taken up again
// by its retry (attempts counts them). The queue and schedules themselves (on a PostgreSQL server)
// are pg-boss's, in its own schema `pgboss`, which pg-boss creates and migrates itself.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table job_runs (
  id bigint generated always as identity primary key,
  job text not null,
  slot text not null,
  trigger text not null check (trigger in ('schedule', 'manual')),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  outcome text check (outcome in ('ok', 'failed')),
  attempts int not null default 1 check (attempts >= 1),
  error text,
  result jsonb,
  actor_id bigint references users (id),
  unique (job, slot)
);
create index job_runs_latest on job_runs (job, started_at desc);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table job_runs`.execute(db);
}
