// 乡土人才 three-level database (seed 000, 开化 "建立县、乡、村三级信息库"): each rural talent in a
// county, township (9-digit division code) and village (12-digit code, under the township), the
// level of the database they are kept in (县级、乡级、村级), a speciality from the list, the day
// entered; and the training each received (course, speciality, day, hours).
//
// The database enforces: one record per ID number in a county; the township code under the
// county's six digits is checked by the service, the village code under the township here; level
// from the list; class hours (学时) whole and positive; one training record per talent, course and day.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table rural_talents (
  id bigint generated always as identity primary key,
  region text not null,
  name text not null check (length(name) between 1 and 40),
  id_hash text not null,
  id_enc text not null,
  id_masked text not null,
  level text not null check (level in ('county', 'township', 'village')),
  township_code text check (township_code ~ '^[0-9]{9}$'),
  township_name text not null default '' check (length(township_name) <= 40),
  village_code text check (village_code ~ '^[0-9]{12}$'),
  village_name text not null default '' check (length(village_name) <= 40),
  speciality text not null,
  entered_on date not null,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint rural_talents_id unique (region, id_hash),
  constraint rural_talents_village_under_township check (village_code is null or (township_code is not null and left(village_code, 9) = township_code))
);
create index rural_talents_region on rural_talents (region, level, speciality);

create table rural_talent_trainings (
  id bigint generated always as identity primary key,
  talent_id bigint not null references rural_talents (id),
  course text not null check (length(course) between 2 and 80),
  speciality text not null,
  trained_on date not null,
  hours integer not null check (hours between 1 and 2000),
  recorded_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint rural_talent_trainings_once unique (talent_id, course, trained_on)
);
create index rural_talent_trainings_day on rural_talent_trainings (speciality, trained_on);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table rural_talent_trainings;
drop table rural_talents;
`.execute(db);
}
