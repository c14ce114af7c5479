// 椒江 人才房票, second round: sellers get a contact and can be deactivated with a reason; a voucher
// whose amount would push the 椒江 budget envelope past its amount is held (status 'held') until a
// second clerk confirms it with a reason; and budget commitments (budget_commitments, the budgets
// module's): money approved but not yet booked as a ledger grant — an issued 房票 is one, from issue
// until it is redeemed (then its grant counts), cancelled or past its last day (expires_on).
//
// The database enforces: one commitment per source and reference; a released commitment names when
// and why; a deactivated seller names who, when and why.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table housing_sellers add column contact_name text check (contact_name is null or length(contact_name) between 1 and 50);
alter table housing_sellers add column contact_phone text check (contact_phone is null or contact_phone ~ '^[0-9+() -]{7,20}$');
alter table housing_sellers add column deactivated_at timestamptz;
alter table housing_sellers add column deactivated_by bigint references users (id);
alter table housing_sellers add column deactivate_reason text;
alter table housing_sellers add constraint housing_seller_deactivated check ((deactivated_at is null) = (deactivate_reason is null));

alter table housing_vouchers drop constraint housing_vouchers_status_check;
alter table housing_vouchers add constraint housing_vouchers_status_check check (status in ('held', 'issued', 'redeemed', 'cancelled'));
alter table housing_vouchers add column budget_excess jsonb;
alter table housing_vouchers add column confirmed_by bigint references users (id);
alter table housing_vouchers add column override_reason text;

create table budget_commitments (
  id bigint generated always as identity primary key,
  source text not null check (length(source) between 1 and 40),
  ref text not null check (length(ref) between 1 and 80),
  payer text not null check (payer in ('shared', 'city_finance', 'district_finance', 'employer_unit')),
  region text not null,
  year int not null check (year between 2000 and 2100),
  amount_fen bigint not null check (amount_fen > 0),
  expires_on date,
  override_reason text,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  released_at timestamptz,
  release_reason text,
  constraint budget_commitment_once unique (source, ref),
  constraint budget_commitment_released check ((released_at is null) = (release_reason is null))
);
create index budget_commitments_envelope on budget_commitments (payer, region, year) where released_at is null;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table budget_commitments;
alter table housing_vouchers drop column override_reason;
alter table housing_vouchers drop column confirmed_by;
alter table housing_vouchers drop column budget_excess;
alter table housing_vouchers drop constraint housing_vouchers_status_check;
alter table housing_vouchers add constraint housing_vouchers_status_check check (status in ('issued', 'redeemed', 'cancelled'));
alter table housing_sellers drop constraint housing_seller_deactivated;
alter table housing_sellers drop column deactivate_reason;
alter table housing_sellers drop column deactivated_by;
alter table housing_sellers drop column deactivated_at;
alter table housing_sellers drop column contact_phone;
alter table housing_sellers drop column contact_name;
`.execute(db);
}
