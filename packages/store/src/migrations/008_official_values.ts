// Official values (官方数值): dated parameter values that an official proposes with their source
// document and a second official confirms — the half-year new-home prices, the minimum wage and
// its area classes, the 满一年 judgement point. Rows are never overwritten or deleted: a value is
// proposed, then confirmed or rejected; a later confirmed value for the same parameter and date
// supersedes it, and both stay. Each confirmation gets the next generation number, so the values
// in force at any generation can be rebuilt (old receipts reproduce) and a process can tell
// cheaply whether it holds the latest (max(generation)).
//
// The database enforces: a second person confirms or rejects, one open proposal and one confirmed
// value per parameter and date, the content of a row never changes, states move only
// proposed → confirmed | rejected and confirmed → superseded. Error code RC008.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table official_values (
  id bigint generated always as identity primary key,
  policy text not null,
  path text not null,
  from_day date not null,
  value jsonb not null,
  reference jsonb not null,
  state text not null default 'proposed' check (state in ('proposed', 'confirmed', 'rejected', 'superseded')),
  proposed_by bigint not null references users (id),
  proposed_at timestamptz not null default now(),
  decided_by bigint references users (id),
  decided_at timestamptz,
  reject_reason text,
  impact jsonb,
  generation int,
  superseded_by bigint references official_values (id),
  superseded_generation int,
  superseded_at timestamptz,
  constraint official_values_second_person check (decided_by is null or decided_by <> proposed_by),
  constraint official_values_decided check ((state = 'proposed') = (decided_by is null) and (decided_by is null) = (decided_at is null)),
  constraint official_values_rejected check ((state = 'rejected') = (reject_reason is not null)),
  constraint official_values_generation check ((state in ('confirmed', 'superseded')) = (generation is not null)),
  constraint official_values_superseded check (
    (state = 'superseded') = (superseded_by is not null)
    and (superseded_by is null) = (superseded_generation is null)
    and (superseded_by is null) = (superseded_at is null)
  )
);
create unique index official_values_generation on official_values (generation);
create unique index official_values_in_force on official_values (policy, path, from_day) where state = 'confirmed';
create unique index official_values_one_proposal on official_values (policy, path, from_day) where state = 'proposed';

create function official_values_kept() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception using errcode = 'RC008', message = '官方数值不能删除：历史版本须保留';
  end if;
  if (new.policy, new.path, new.from_day, new.value, new.reference, new.proposed_by, new.proposed_at)
     is distinct from (old.policy, old.path, old.from_day, old.value, old.reference, old.proposed_by, old.proposed_at) then
    raise exception using errcode = 'RC008', message = '官方数值的内容不能修改：请另行录入新的数值';
  end if;
  if not ((old.state = 'proposed' and new.state in ('confirmed', 'rejected'))
       or (old.state = 'confirmed' and new.state = 'superseded'
           and (new.decided_by, new.decided_at, new.generation, new.impact) is not distinct from (old.decided_by, old.decided_at, old.generation, old.impact))) then
    raise exception using errcode = 'RC008', message = format('官方数值的状态不能由 %s 变为 %s', old.state, new.state);
  end if;
  return new;
end $$;
create trigger official_values_kept before update or delete on official_values
  for each row execute function official_values_kept();
`.execute(db);
}
