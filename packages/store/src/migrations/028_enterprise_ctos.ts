// Enterprises' chief technology officers (首席技术官, seed 004: "市里将公布的第一批企业‘首席技术官’，就是对
// 企业自主评才的一次探索"): the office's designation of an enterprise's own technical lead, by batch and
// date, with the document it rests on. One per enterprise per batch; a designation withdrawn keeps its
// row (date and reason).

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table enterprise_ctos (
  id bigint generated always as identity primary key,
  enterprise_id bigint not null references enterprises (id),
  region text not null,
  batch text not null check (length(batch) between 1 and 20),
  designated_on date not null,
  person_name text not null check (length(person_name) between 2 and 30),
  post text not null check (length(post) between 1 and 30),
  basis text not null check (length(basis) between 2 and 200),
  designated_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  withdrawn_on date,
  withdrawn_reason text check (withdrawn_reason is null or length(withdrawn_reason) between 2 and 200),
  constraint enterprise_ctos_once unique (enterprise_id, batch),
  constraint enterprise_ctos_withdrawn check ((withdrawn_on is null) = (withdrawn_reason is null) and (withdrawn_on is null or withdrawn_on >= designated_on))
);
create index enterprise_ctos_region on enterprise_ctos (region, designated_on);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table enterprise_ctos;`.execute(db);
}
