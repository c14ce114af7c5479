// 天台 和盈模式 shareholding dividends (seed 003): households of the civil-affairs low-income list
// (民政低收入在册名单) — the head's name and ID number encrypted, masked copies for display, a keyed
// hash so one head is listed once — selected through the stated steps (a workflow: history in
// dividend_household_events), yearly dividend rounds, and each household's dividend of a year.
//
// The database enforces: a village code under its township code; one round per region and year;
// one dividend per household and year (dividend_payouts, and in the ledger itself: the new column
// ledger.household_id names a household as payee — neither a person nor an employer — with one
// payment per household and year); a pay request sent again is the same run (one per round and key).

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table dividend_households (
  id bigint generated always as identity primary key,
  region text not null,
  township_code text not null check (township_code ~ '^[0-9]{9}$'),
  village_code text not null check (village_code ~ '^[0-9]{12}$' and left(village_code, 9) = township_code),
  village_name text not null check (length(village_name) between 1 and 30),
  head_name_enc text not null,
  head_name_masked text not null,
  id_enc text not null,
  id_hash text not null,
  id_masked text not null,
  members int not null check (members between 1 and 30),
  listed_from date not null,
  listed_to date,
  state text not null default 'listed' check (state in ('listed', 'verified', 'reviewed', 'notice', 'filed', 'excluded')),
  version int not null default 0,
  selection_date date,
  notice_from date,
  notice_days int check (notice_days between 1 and 60),
  company text,
  shares int check (shares between 1 and 1000000),
  filed_on date,
  due_on date,
  escalated_at timestamptz,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (listed_to is null or listed_to >= listed_from),
  check (state <> 'filed' or (shares is not null and company is not null)),
  constraint dividend_households_head unique (region, id_hash)
);
create index dividend_households_region on dividend_households (region, state);

create table dividend_household_events (
  id bigint generated always as identity primary key,
  household_id bigint not null references dividend_households (id),
  action text not null,
  from_state text,
  to_state text not null,
  actor_id bigint references users (id),
  reason text,
  created_at timestamptz not null default now()
);
create index dividend_household_events_household on dividend_household_events (household_id, id);

create table dividend_rounds (
  id bigint generated always as identity primary key,
  region text not null,
  year int not null check (year between 2000 and 2100),
  company text not null check (length(company) between 2 and 60),
  basis text not null check (basis in ('per_share', 'per_household')),
  amount_fen bigint not null check (amount_fen > 0),
  paid_on date not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint dividend_rounds_year unique (region, year)
);

create table dividend_pay_runs (
  id bigint generated always as identity primary key,
  round_id bigint not null references dividend_rounds (id),
  request_key text not null check (length(request_key) between 8 and 80),
  household_ids bigint[] not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint dividend_pay_runs_key unique (round_id, request_key)
);

alter table ledger add column household_id bigint references dividend_households (id);
create unique index ledger_one_dividend on ledger (household_id, year) where household_id is not null and kind = 'payment';

create table dividend_payouts (
  id bigint generated always as identity primary key,
  round_id bigint not null references dividend_rounds (id),
  run_id bigint not null references dividend_pay_runs (id),
  household_id bigint not null references dividend_households (id),
  year int not null,
  shares int not null,
  amount_fen bigint not null check (amount_fen > 0),
  ledger_id bigint not null references ledger (id),
  created_at timestamptz not null default now(),
  constraint dividend_payouts_once unique (household_id, year)
);
create index dividend_payouts_round on dividend_payouts (round_id);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table dividend_payouts;
drop index ledger_one_dividend;
alter table ledger drop column household_id;
drop table dividend_pay_runs;
drop table dividend_rounds;
drop table dividend_household_events;
drop table dividend_households;
`.execute(db);
}
