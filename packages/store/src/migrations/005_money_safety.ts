// Money and workflow safety, enforced by the database as well as the code:
//
// 1. One open application per applicant, per matter, per benefit period. `period_key` is fixed at
//    creation (the claimed year for yearly matters such as the salary subsidy, the station kind for
//    work-station funding, 'once' for once-only matters); a partial unique index over the states
//    in which an application holds its period (draft, submitted, returned, reviewing, scheduled,
//    paid) refuses a second one. Rejected and withdrawn applications free the period, and so does
//    one approved with nothing to pay (a recognition, or a zero amount), which stays 'approved'.
//    Existing duplicates are kept, renamed '<key>#duplicate-of-<first id>' so the index can be built.
//
// 2. An instalment is paid through one path only. A payment outside a batch is refused while the
//    instalment sits in an open payment batch; a payment inside a batch must be for one of that
//    batch's lines; an instalment already paid cannot be added to a batch. Both checks take the
//    same per-instalment transaction lock, so a manual payment and a batch racing for one
//    instalment are serialised and the later one sees the earlier one's commit.
//    Errors: RC001 (in an open batch), RC002 (not a line of this batch), RC003 (already paid).

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table applications add column period_key text;

update applications set period_key = case
  when matter = 'salary_subsidy' then 'year:' || coalesce(data->>'year', 'unknown')
  when matter = 'work_station' then coalesce(nullif(concat_ws('+',
    case when data ? 'academicianStation' then 'academician_station' end,
    case when data ? 'postdocStation' then 'postdoc_station' end), ''), 'once')
  else 'once'
end;

with ranked as (
  select id, first_value(id) over w as first_id, row_number() over w as n
  from applications
  where state in ('draft', 'submitted', 'returned', 'reviewing', 'scheduled', 'paid')
  window w as (partition by applicant_kind, case when applicant_kind = 'person' then person_id else employer_id end, matter, period_key order by id)
)
update applications a set period_key = a.period_key || '#duplicate-of-' || r.first_id
from ranked r where r.id = a.id and r.n > 1;

alter table applications alter column period_key set not null;

create unique index applications_one_open_person on applications (person_id, matter, period_key)
  where applicant_kind = 'person' and state in ('draft', 'submitted', 'returned', 'reviewing', 'scheduled', 'paid');
create unique index applications_one_open_employer on applications (employer_id, matter, period_key)
  where applicant_kind = 'employer' and state in ('draft', 'submitted', 'returned', 'reviewing', 'scheduled', 'paid');

create function ledger_payment_one_path() returns trigger language plpgsql as $$
declare
  open_batch bigint;
begin
  perform pg_advisory_xact_lock(5005, hashtext(new.instalment_key));
  if new.batch_id is null then
    select bi.batch_id into open_batch
      from batch_items bi join payment_batches b on b.id = bi.batch_id
      where bi.instalment_key = new.instalment_key and b.state = 'open';
    if open_batch is not null then
      raise exception using errcode = 'RC001', detail = open_batch::text,
        message = format('该分期已列入兑付批次 #%s（待兑付），只能由该批次的银行结果入账', open_batch);
    end if;
  elsif not exists (select 1 from batch_items where batch_id = new.batch_id and instalment_key = new.instalment_key) then
    raise exception using errcode = 'RC002', message = format('分期 %s 不属于兑付批次 #%s', new.instalment_key, new.batch_id);
  end if;
  return new;
end $$;
create trigger ledger_payment_one_path before insert on ledger
  for each row when (new.kind = 'payment') execute function ledger_payment_one_path();

create function batch_item_unpaid() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(5005, hashtext(new.instalment_key));
  if exists (select 1 from ledger where kind = 'payment' and instalment_key = new.instalment_key) then
    raise exception using errcode = 'RC003', detail = new.instalment_key,
      message = format('分期 %s 已兑付，不能再列入兑付批次', new.instalment_key);
  end if;
  return new;
end $$;
create trigger batch_item_unpaid before insert on batch_items
  for each row execute function batch_item_unpaid();
`.execute(db);
}
