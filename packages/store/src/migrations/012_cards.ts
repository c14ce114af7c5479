// The electronic talent card (人才码 / 高层次人才服务“电子一卡通”): cards issued to eligible talents,
// the partner organisations whose verifiers accept them, and each recorded use of a card.
//
// A new role: a partner's verifier (合作单位核验员), whose organisation's code is in users.department.
//
// The database enforces: one active card per person; each card its own place (status index) in the
// signed status list, never reused; a card that is no longer active says when, by whom and why;
// a use is recorded once per verifier request (the client's request id).

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head', 'partner_verifier'));

create table card_partners (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name text not null check (length(name) > 0),
  region text not null,
  services jsonb not null default '[]',
  created_at timestamptz not null default now()
);

create sequence talent_card_status_index minvalue 0 start with 0;

create table talent_cards (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  level text not null check (level in ('gold', 'silver', 'standard')),
  status text not null default 'active' check (status in ('active', 'revoked')),
  status_index int not null default nextval('talent_card_status_index') check (status_index >= 0),
  valid_from date not null,
  valid_to date not null,
  issued_by bigint references users (id),
  issued_at timestamptz not null default now(),
  ended_at timestamptz,
  ended_by bigint references users (id),
  end_kind text check (end_kind in ('recognition', 'lost', 'clerk', 'ineligible')),
  end_reason text,
  constraint talent_cards_status_index unique (status_index),
  constraint talent_cards_validity check (valid_to >= valid_from),
  constraint talent_cards_ended check ((status = 'active') = (ended_at is null and end_kind is null) and (status = 'active' or length(end_reason) > 0))
);
create unique index talent_cards_one_active on talent_cards (person_id) where status = 'active';

create table card_uses (
  id bigint generated always as identity primary key,
  card_id bigint not null references talent_cards (id),
  person_id bigint not null references persons (id),
  region text not null,
  partner text not null references card_partners (code),
  service text not null,
  verifier_id bigint not null references users (id),
  request_id text not null check (length(request_id) between 8 and 80),
  used_at timestamptz not null default now(),
  constraint card_uses_once unique (verifier_id, request_id)
);
create index card_uses_person on card_uses (person_id, used_at);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table card_uses;
drop table talent_cards;
drop sequence talent_card_status_index;
drop table card_partners;
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head'));
`.execute(db);
}
