// Budget envelopes (预算额度): an appropriation per payer, region and year, named by its fund, with
// the document it rests on; every change is a new version with its reason (budget_versions keeps
// them all, append-only). One envelope per payer, region and year: the ledger does not record a
// fund, so an envelope is matched to grants by those three. A decision whose grants would push an
// envelope past its amount is held for a second approver: decisions.budget_excess holds the figures
// the approver saw, decisions.budget_override_reason the second approver's reason.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table budgets (
  id bigint generated always as identity primary key,
  fund text not null check (length(fund) between 2 and 100),
  payer text not null check (payer in ('shared', 'city_finance', 'district_finance', 'employer_unit')),
  region text not null,
  year int not null check (year between 2000 and 2100),
  amount_fen bigint not null check (amount_fen >= 0),
  source text not null check (length(source) between 2 and 500),
  version int not null default 1 check (version >= 1),
  created_by bigint references users (id),
  updated_by bigint references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint budgets_envelope unique (payer, region, year)
);

create table budget_versions (
  budget_id bigint not null references budgets (id),
  version int not null,
  fund text not null,
  payer text not null,
  region text not null,
  year int not null,
  amount_fen bigint not null,
  source text not null,
  reason text not null check (length(reason) >= 2),
  changed_by bigint references users (id),
  changed_at timestamptz not null default now(),
  primary key (budget_id, version)
);

alter table decisions add column budget_excess jsonb;
alter table decisions add column budget_override_reason text;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table decisions drop column budget_override_reason;
alter table decisions drop column budget_excess;
drop table budget_versions;
drop table budgets;
`.execute(db);
}
