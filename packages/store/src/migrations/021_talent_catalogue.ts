// 急需紧缺人才目录 (the urgently-needed talent catalogue, 衢委发〔2020〕7号 work item 7): versions of
// the catalogue the talent office compiles by industry from enterprises' demands, each a draft until
// published with the date it is in force from; its entries (industry × major × optional post, with
// the demand behind them); and the major code (教育部学科专业目录) of an enterprise's demand.
//
// The database enforces: one version number per year, one open draft per year, a published version
// dated and signed, an entry once per catalogue (industry, major, post).

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table talent_catalogues (
  id bigint generated always as identity primary key,
  year int not null check (year between 2000 and 2100),
  version int not null check (version >= 1),
  title text not null check (length(title) between 1 and 100),
  status text not null default 'draft' check (status in ('draft', 'published')),
  effective_from date,
  note text check (length(note) <= 2000),
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  published_by bigint references users (id),
  published_at timestamptz,
  constraint talent_catalogue_version unique (year, version),
  constraint talent_catalogue_published check ((status = 'published') = (published_at is not null and published_by is not null and effective_from is not null))
);
create unique index talent_catalogues_one_draft on talent_catalogues (year) where status = 'draft';
create index talent_catalogues_in_force on talent_catalogues (effective_from) where status = 'published';

create table talent_catalogue_entries (
  id bigint generated always as identity primary key,
  catalogue_id bigint not null references talent_catalogues (id),
  industry text not null check (industry ~ '^[A-T]$'),
  major_code text not null check (major_code ~ '^[ug]:[0-9]{4}([0-9]{2}[TK]{0,2})?$'),
  post text check (length(post) between 1 and 60),
  demand_count int not null default 0 check (demand_count >= 0),
  headcount int not null default 0 check (headcount >= 0),
  note text check (length(note) <= 500)
);
create unique index talent_catalogue_entries_once on talent_catalogue_entries (catalogue_id, industry, major_code, coalesce(post, ''));

alter table enterprise_demands add column major_code text check (major_code ~ '^[ug]:[0-9]{4}([0-9]{2}[TK]{0,2})?$');
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table enterprise_demands drop column major_code;
drop table talent_catalogue_entries;
drop table talent_catalogues;
`.execute(db);
}
