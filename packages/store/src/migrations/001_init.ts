// The first schema: accounts and sessions, the shared registry (persons, employers, their versions,
// recognitions), evidence files, applications with their events, joint reviews and decisions,
// messages, the payment ledger and batches, fiscal shares, the working-day calendar, idempotency
// records and the append-only audit log.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table employers (
  id bigint generated always as identity primary key,
  uscc text not null unique,
  name text not null,
  region text not null,
  kind text not null check (kind in ('enterprise', 'public_institution', 'school', 'hospital')),
  key_industry boolean not null default false,
  sector text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index employers_region on employers (region);

create table persons (
  id bigint generated always as identity primary key,
  region text not null,
  name text not null,
  id_hash text not null unique,
  id_enc text not null,
  id_masked text not null,
  phone_enc text,
  phone_masked text,
  sex text,
  birth_date date,
  employer_id bigint references employers (id),
  education jsonb not null default '[]',
  qualifications jsonb not null default '[]',
  employment jsonb not null default '[]',
  housing jsonb not null default '{}',
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index persons_region on persons (region);
create index persons_employer on persons (employer_id);

create table record_versions (
  entity text not null,
  entity_id bigint not null,
  version int not null,
  changed_at timestamptz not null default now(),
  changed_by bigint,
  reason text,
  before jsonb,
  after jsonb not null,
  primary key (entity, entity_id, version)
);

create table users (
  id bigint generated always as identity primary key,
  username text not null unique,
  password_hash text not null,
  display_name text not null,
  role text not null check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin')),
  region text not null,
  department text,
  person_id bigint references persons (id),
  employer_id bigint references employers (id),
  failed_logins int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);

create table sessions (
  token_hash text primary key,
  user_id bigint not null references users (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create table files (
  sha256 text primary key,
  mime text not null,
  size int not null,
  created_at timestamptz not null default now()
);

create table applications (
  id bigint generated always as identity primary key,
  matter text not null,
  applicant_kind text not null check (applicant_kind in ('person', 'employer')),
  person_id bigint references persons (id),
  employer_id bigint references employers (id),
  region text not null,
  state text not null,
  version int not null default 1,
  data jsonb not null default '{}',
  submitted_on date,
  due_on date,
  paused_workdays int not null default 0,
  returned_on date,
  return_count int not null default 0,
  missing jsonb,
  amount_fen bigint,
  overdue_flagged_at timestamptz,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (person_id is not null or employer_id is not null)
);
create index applications_region_state on applications (region, state);
create index applications_person on applications (person_id);
create index applications_employer on applications (employer_id);

create table application_files (
  id bigint generated always as identity primary key,
  application_id bigint not null references applications (id),
  material text not null,
  sha256 text not null references files (sha256),
  name text not null,
  uploaded_by bigint references users (id),
  uploaded_at timestamptz not null default now()
);

create table application_events (
  id bigint generated always as identity primary key,
  application_id bigint not null references applications (id),
  action text not null,
  from_state text,
  to_state text not null,
  actor_id bigint references users (id),
  reason text,
  at timestamptz not null default now()
);
create index application_events_app on application_events (application_id);

create table reviews (
  application_id bigint not null references applications (id),
  department text not null,
  decision text check (decision in ('approve', 'reject')),
  reason text,
  reviewer_id bigint references users (id),
  at timestamptz,
  primary key (application_id, department)
);

create table decisions (
  application_id bigint primary key references applications (id),
  as_of date not null,
  policies jsonb not null,
  facts_hash text not null,
  facts jsonb not null,
  entitlements jsonb not null,
  computed_fen bigint not null,
  approved_fen bigint not null,
  adjustment_reason text,
  decided_by bigint references users (id),
  second_approver bigint references users (id),
  created_at timestamptz not null default now()
);

create table recognitions (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  application_id bigint references applications (id),
  qualifications jsonb not null default '[]',
  tier_art19 int,
  tier_art20 int,
  basis text,
  valid_from date not null,
  valid_to date,
  recognised_by bigint references users (id),
  created_at timestamptz not null default now()
);
create index recognitions_person on recognitions (person_id);

create table messages (
  id bigint generated always as identity primary key,
  user_id bigint references users (id),
  person_id bigint references persons (id),
  employer_id bigint references employers (id),
  application_id bigint references applications (id),
  text text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index messages_person on messages (person_id);
create index messages_employer on messages (employer_id);

create table fiscal_shares (
  region text primary key,
  city_pct int not null check (city_pct between 0 and 100),
  updated_by bigint references users (id),
  updated_at timestamptz not null default now()
);

create table payment_batches (
  id bigint generated always as identity primary key,
  region text not null,
  state text not null check (state in ('open', 'paid')),
  total_fen bigint not null,
  items int not null,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  paid_at timestamptz,
  idempotency_key text not null unique
);

create table ledger (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('grant', 'payment', 'refund_receivable', 'refund_received')),
  application_id bigint references applications (id),
  person_id bigint references persons (id),
  employer_id bigint references employers (id),
  region text not null,
  rule text not null,
  benefit text not null,
  clause text not null,
  payer text not null,
  year int,
  due_on date,
  amount_fen bigint not null check (amount_fen >= 0),
  city_fen bigint not null,
  county_fen bigint not null,
  unit_fen bigint not null,
  instalment_key text not null,
  subject_key text,
  batch_id bigint references payment_batches (id),
  idempotency_key text not null unique,
  note text,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  check (city_fen + county_fen + unit_fen = amount_fen)
);
create unique index ledger_one_grant on ledger (instalment_key) where kind = 'grant';
create unique index ledger_one_payment on ledger (instalment_key) where kind = 'payment';
create unique index ledger_one_refund on ledger (instalment_key) where kind = 'refund_receivable';
create index ledger_person on ledger (person_id);
create index ledger_employer on ledger (employer_id);
create index ledger_batch on ledger (batch_id);

create table batch_items (
  batch_id bigint not null references payment_batches (id),
  instalment_key text not null unique,
  amount_fen bigint not null,
  primary key (batch_id, instalment_key)
);

create table calendar_days (
  date date primary key,
  off_day boolean not null,
  name text not null
);
create table calendar_years (year int primary key, source text not null);

create table idempotency (
  key text primary key,
  scope text not null,
  response jsonb not null,
  created_at timestamptz not null default now()
);

create table audit_log (
  seq bigint generated always as identity primary key,
  at timestamptz not null,
  actor_id bigint,
  actor_role text,
  action text not null,
  entity text not null,
  entity_id text,
  region text,
  detail jsonb not null,
  prev_hash text not null,
  hash text not null
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception '审计日志只能追加，不能修改或删除';
end $$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();

create function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception '资金台账只能追加，不能修改或删除';
end $$;
create trigger ledger_no_change before update or delete on ledger
  for each row execute function ledger_append_only();
`.execute(db);
}
