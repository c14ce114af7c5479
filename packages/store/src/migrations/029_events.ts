// Recruitment events and talent activities (活动, issue 15 item 5 and issue 18 part 4): events of a
// kind from a short list, by county, with place or online link, capacity and registration deadline,
// 草稿 → 已发布 → 已结束 (or 已取消 with reason); activity series with a rotating host (轮值); the
// posts of participating enterprises on a recruitment event; registrations (ID number encrypted with
// a keyed hash and a masked copy, as elsewhere) each with a signed check-in code; check-in once;
// feedback once; interviews and offers per registration.
//
// The database enforces: one registration per event and ID number; one check-in (a column, set
// once by the service under a row lock); feedback 1–5; a post picked once per event; one series per
// clerk and request id, likewise events.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table event_series (
  id bigint generated always as identity primary key,
  region text not null,
  kind text not null,
  title text not null check (length(title) between 2 and 60),
  hosts text[] not null check (cardinality(hosts) between 1 and 30),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now()
);
create index event_series_region on event_series (region);

create table events (
  id bigint generated always as identity primary key,
  region text not null,
  kind text not null check (kind in ('special_fair', 'cloud_fair', 'night_fair', 'campus_drive', 'campus_tour', 'talent_day', 'salon', 'forum', 'study_class', 'mixer')),
  title text not null check (length(title) between 2 and 80),
  series_id bigint references event_series (id),
  host text check (host is null or length(host) between 1 and 60),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text not null default '' check (length(place) <= 120),
  online_url text not null default '' check (length(online_url) <= 300),
  capacity integer not null check (capacity between 1 and 100000),
  deadline timestamptz not null,
  audience text not null default '' check (length(audience) <= 200),
  state text not null default 'draft' check (state in ('draft', 'published', 'ended', 'cancelled')),
  cancel_reason text check (cancel_reason is null or length(cancel_reason) between 2 and 200),
  created_by bigint not null references users (id),
  request_id text not null check (length(request_id) between 8 and 80),
  created_at timestamptz not null default now(),
  constraint events_request unique (created_by, request_id),
  constraint events_times check (ends_at > starts_at and deadline <= ends_at),
  constraint events_cancelled check ((state = 'cancelled') = (cancel_reason is not null)),
  constraint events_where check (place <> '' or online_url <> '')
);
create index events_region on events (region, starts_at);
create index events_series on events (series_id, starts_at);

create table event_posts (
  id bigint generated always as identity primary key,
  event_id bigint not null references events (id),
  enterprise_id bigint not null,
  demand_id bigint not null,
  enterprise_name text not null,
  post text not null,
  headcount integer not null,
  detail text not null default '',
  constraint event_posts_once unique (event_id, demand_id)
);

create table event_registrations (
  id bigint generated always as identity primary key,
  event_id bigint not null references events (id),
  user_id bigint references users (id),
  person_id bigint,
  name text not null check (length(name) between 1 and 40),
  id_hash text not null,
  id_enc text not null,
  id_masked text not null,
  phone_enc text,
  phone_masked text,
  school text not null default '' check (length(school) <= 80),
  major text not null default '' check (length(major) <= 80),
  graduation_year integer check (graduation_year is null or graduation_year between 1980 and 2100),
  token text not null,
  created_at timestamptz not null default now(),
  checked_in_at timestamptz,
  checked_in_by bigint references users (id),
  check_in_way text check (check_in_way is null or check_in_way in ('scan', 'manual')),
  rating smallint check (rating is null or rating between 1 and 5),
  comment text check (comment is null or length(comment) <= 500),
  feedback_at timestamptz,
  constraint event_registrations_once unique (event_id, id_hash),
  constraint event_registrations_checkin check ((checked_in_at is null) = (checked_in_by is null) and (checked_in_at is null) = (check_in_way is null)),
  constraint event_registrations_feedback check ((rating is null) = (feedback_at is null) and (rating is null or checked_in_at is not null))
);
create index event_registrations_user on event_registrations (user_id);

create table event_outcomes (
  id bigint generated always as identity primary key,
  registration_id bigint not null references event_registrations (id),
  enterprise_name text not null check (length(enterprise_name) between 2 and 80),
  post text not null check (length(post) between 1 and 60),
  result text not null check (result in ('interview', 'offer', 'rejected')),
  on_day date not null,
  recorded_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint event_outcomes_once unique (registration_id, enterprise_name, post, result)
);
create index event_outcomes_day on event_outcomes (result, on_day);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table event_outcomes; drop table event_registrations; drop table event_posts; drop table events; drop table event_series;`.execute(db);
}
