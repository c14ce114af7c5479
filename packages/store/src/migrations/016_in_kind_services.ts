// In-kind services (实物与便利服务) of 衢委发〔2020〕7号 art. 22–23 and item 15: 子女就学 placement
// requests (the child's name encrypted, a masked copy shown), health-check slots published by partner
// hospitals and the talents' bookings, education vouchers (教育券) redeemed once at a school, 特优贷
// referrals to partner banks, and counties' recommendations of talents for city-level treatment.
//
// The database enforces: a slot never booked above its capacity; one live booking per talent and
// slot; a voucher's code unique and one redemption per voucher (and per verifier request); a voucher
// issued once per clerk request; one open recommendation per person.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table inkind_school_requests (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  region text not null,
  application_id bigint unique references applications (id),
  child_name_enc text not null,
  child_name_masked text not null,
  stage text not null check (stage in ('kindergarten', 'primary', 'junior', 'senior')),
  grade text not null check (length(grade) between 1 and 20),
  wished_area text not null check (length(wished_area) between 1 and 50),
  wished_school text check (length(wished_school) <= 100),
  hukou_note text check (length(hukou_note) <= 200),
  status text not null default 'pending' check (status in ('pending', 'placed', 'refused')),
  school text,
  reason text,
  decided_by bigint references users (id),
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  constraint inkind_school_decided check ((status = 'placed') = (school is not null) and (status <> 'refused' or length(reason) > 0))
);
create index inkind_school_requests_person on inkind_school_requests (person_id);

create table inkind_health_slots (
  id bigint generated always as identity primary key,
  partner text not null references card_partners (code),
  day date not null,
  period text not null check (length(period) between 1 and 30),
  capacity int not null check (capacity between 1 and 1000),
  booked int not null default 0,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint inkind_health_slot_capacity check (booked >= 0 and booked <= capacity),
  constraint inkind_health_slot_once unique (partner, day, period)
);

create table inkind_health_bookings (
  id bigint generated always as identity primary key,
  slot_id bigint not null references inkind_health_slots (id),
  person_id bigint not null references persons (id),
  status text not null default 'booked' check (status in ('booked', 'cancelled', 'attended')),
  booked_at timestamptz not null default now(),
  cancelled_at timestamptz,
  attended_at timestamptz,
  attended_by bigint references users (id)
);
create unique index inkind_health_one_live on inkind_health_bookings (slot_id, person_id) where status <> 'cancelled';
create index inkind_health_bookings_person on inkind_health_bookings (person_id);

create table inkind_vouchers (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  region text not null,
  code text not null unique check (code ~ '^[A-Z0-9]{12}$'),
  amount_fen bigint not null check (amount_fen > 0),
  purpose text not null check (length(purpose) between 2 and 100),
  valid_from date not null,
  valid_to date not null,
  status text not null default 'issued' check (status in ('issued', 'redeemed', 'cancelled')),
  issued_by bigint not null references users (id),
  issue_key text not null check (length(issue_key) between 8 and 80),
  issued_at timestamptz not null default now(),
  cancelled_by bigint references users (id),
  cancelled_at timestamptz,
  cancel_reason text,
  constraint inkind_voucher_validity check (valid_to >= valid_from),
  constraint inkind_voucher_issued_once unique (issued_by, issue_key),
  constraint inkind_voucher_cancelled check ((status = 'cancelled') = (cancelled_at is not null) and (status <> 'cancelled' or length(cancel_reason) > 0))
);
create index inkind_vouchers_person on inkind_vouchers (person_id);

create table inkind_voucher_redemptions (
  id bigint generated always as identity primary key,
  voucher_id bigint not null references inkind_vouchers (id),
  partner text not null references card_partners (code),
  verifier_id bigint not null references users (id),
  request_key text not null check (length(request_key) between 8 and 80),
  amount_fen bigint not null check (amount_fen > 0),
  redeemed_at timestamptz not null default now(),
  constraint inkind_voucher_redeemed_once unique (voucher_id),
  constraint inkind_voucher_request_once unique (verifier_id, request_key)
);

create table inkind_loan_referrals (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  region text not null,
  partner text not null references card_partners (code),
  amount_fen bigint not null check (amount_fen > 0),
  note text check (length(note) <= 200),
  status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
  approved_fen bigint check (approved_fen > 0),
  rate_text text check (length(rate_text) <= 100),
  reason text,
  answered_by bigint references users (id),
  answered_at timestamptz,
  created_at timestamptz not null default now(),
  constraint inkind_loan_answer check ((status = 'approved') = (approved_fen is not null) and (status <> 'declined' or length(reason) > 0))
);
create index inkind_loan_referrals_partner on inkind_loan_referrals (partner, status);

create table inkind_county_recommendations (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  region text not null,
  tier int not null check (tier between 1 and 9),
  reason text not null check (length(reason) between 4 and 500),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'refused')),
  recommended_by bigint not null references users (id),
  recommended_at timestamptz not null default now(),
  decided_by bigint references users (id),
  decided_at timestamptz,
  decision_reason text,
  constraint inkind_recommendation_decided check ((status = 'pending') = (decided_at is null) and (status <> 'refused' or length(decision_reason) > 0))
);
create unique index inkind_recommendation_one_open on inkind_county_recommendations (person_id) where status = 'pending';
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table inkind_county_recommendations;
drop table inkind_loan_referrals;
drop table inkind_voucher_redemptions;
drop table inkind_vouchers;
drop table inkind_health_bookings;
drop table inkind_health_slots;
drop table inkind_school_requests;
`.execute(db);
}
