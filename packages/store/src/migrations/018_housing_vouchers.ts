// 椒江 人才房票 (talent housing vouchers): the registered sellers (房地产开发企业、销售单位 — card
// partners of region jiaojiang), the vouchers the 房票联审 issues (one per approved application, bound
// to the person, amount and validity set by the approver) and their redemptions against a purchase
// contract.
//
// The database enforces: one voucher per application and per issuing request, and one not cancelled per person; a voucher's code
// unique; one redemption per voucher and per verifier request; a contract number redeemed once per
// seller; the ledger instalment of a redemption unique.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table housing_sellers (
  partner text primary key references card_partners (code),
  name text not null check (length(name) between 1 and 100),
  kind text not null check (kind in ('developer', 'agent')),
  uscc text not null unique check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  registered_by bigint references users (id),
  registered_at timestamptz not null default now()
);

create table housing_vouchers (
  id bigint generated always as identity primary key,
  application_id bigint not null unique references applications (id),
  person_id bigint not null references persons (id),
  region text not null,
  code text not null unique check (code ~ '^[A-Z0-9]{12}$'),
  amount_fen bigint not null check (amount_fen > 0),
  valid_from date not null,
  valid_to date not null,
  status text not null default 'issued' check (status in ('issued', 'redeemed', 'cancelled')),
  issued_by bigint not null references users (id),
  issue_key text not null check (length(issue_key) between 8 and 80),
  issued_at timestamptz not null default now(),
  cancelled_by bigint references users (id),
  cancelled_at timestamptz,
  cancel_reason text,
  constraint housing_voucher_validity check (valid_to >= valid_from),
  constraint housing_voucher_issued_once unique (issued_by, issue_key),
  constraint housing_voucher_cancelled check ((status = 'cancelled') = (cancelled_at is not null) and (status <> 'cancelled' or length(cancel_reason) > 0))
);
-- One voucher per person that is not cancelled (a second 房票 is a repeat benefit; an expired one is cancelled first).
create unique index housing_vouchers_one_per_person on housing_vouchers (person_id) where status <> 'cancelled';

create table housing_voucher_redemptions (
  id bigint generated always as identity primary key,
  voucher_id bigint not null references housing_vouchers (id),
  partner text not null references housing_sellers (partner),
  verifier_id bigint not null references users (id),
  request_key text not null check (length(request_key) between 8 and 80),
  contract_no text not null check (length(contract_no) between 4 and 50),
  house_address text not null check (length(house_address) between 4 and 200),
  total_price_fen bigint not null check (total_price_fen > 0),
  contract_date date not null,
  amount_fen bigint not null check (amount_fen > 0),
  instalment_key text not null unique,
  redeemed_at timestamptz not null default now(),
  constraint housing_voucher_redeemed_once unique (voucher_id),
  constraint housing_voucher_request_once unique (verifier_id, request_key),
  constraint housing_voucher_contract_once unique (partner, contract_no)
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table housing_voucher_redemptions;
drop table housing_vouchers;
drop table housing_sellers;
`.execute(db);
}
