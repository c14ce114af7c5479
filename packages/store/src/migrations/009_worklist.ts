// The work list (重点任务清单): units' periodic reports against the targets of the policy's work
// list, their history, evidence, the talent office's changes to targets and their split among
// counties, the dated milestones of items the text gives no figure for, and the reminders and
// escalations sent (each once). The list itself — tasks, items,
// targets and their sentences — is cited data in the policy package, not a table.
//
// Two new roles: a unit's reporter (填报员) and its head (单位负责人), who sees and signs off only
// the unit's own items (the unit's code in users.department).
//
// The database enforces: figures are whole hundredths (value_centi = figure × 100) and never
// negative; one report per target, unit, area and period and revision; at most one accepted and
// one open revision of each; a correction (revision > 1) carries its reason; an accepted or
// superseded report's figure and narrative never change; a target change and a split carry their
// reason. Error code RC009.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('talent', 'employer', 'clerk', 'reviewer', 'leader', 'admin', 'unit_reporter', 'unit_head'));

create table worklist_reports (
  id bigint generated always as identity primary key,
  target_id text not null,
  unit text not null,
  region text not null,
  period text not null,
  revision int not null default 1 check (revision >= 1),
  value_centi bigint check (value_centi >= 0),
  narrative text not null default '',
  state text not null default 'draft' check (state in ('draft', 'submitted', 'signed', 'returned', 'accepted', 'superseded')),
  version int not null default 1,
  due_on date,
  correction_reason text,
  return_reason text,
  returned_once boolean not null default false,
  escalated_at timestamptz,
  created_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  accepted_at timestamptz,
  constraint worklist_reports_key unique (target_id, unit, region, period, revision),
  constraint worklist_reports_correction check ((revision > 1) = (correction_reason is not null and length(correction_reason) > 0)),
  constraint worklist_reports_figure check (state in ('draft', 'returned') or value_centi is not null)
);
create unique index worklist_reports_one_accepted on worklist_reports (target_id, unit, region, period) where state = 'accepted';
create unique index worklist_reports_one_open on worklist_reports (target_id, unit, region, period) where state in ('draft', 'submitted', 'signed', 'returned');
create index worklist_reports_unit on worklist_reports (unit, region);

create function worklist_reports_frozen() returns trigger language plpgsql as $$
begin
  if old.state in ('accepted', 'superseded') and (new.value_centi is distinct from old.value_centi or new.narrative is distinct from old.narrative or new.period is distinct from old.period or new.target_id is distinct from old.target_id) then
    raise exception '已采纳的填报数不能修改，请提交更正' using errcode = 'RC009';
  end if;
  if old.state = 'superseded' and new.state <> 'superseded' then
    raise exception '已被更正取代的填报不能恢复' using errcode = 'RC009';
  end if;
  return new;
end $$;
create trigger worklist_reports_frozen before update on worklist_reports for each row execute function worklist_reports_frozen();

create table worklist_report_events (
  id bigint generated always as identity primary key,
  report_id bigint not null references worklist_reports (id),
  action text not null,
  from_state text,
  to_state text not null,
  actor_id bigint references users (id),
  reason text,
  created_at timestamptz not null default now()
);
create index worklist_report_events_report on worklist_report_events (report_id);

create table worklist_report_files (
  id bigint generated always as identity primary key,
  report_id bigint not null references worklist_reports (id),
  sha256 text not null,
  mime text not null,
  size int not null,
  name text not null,
  added_by bigint not null references users (id),
  added_at timestamptz not null default now(),
  unique (report_id, sha256)
);

create table worklist_target_values (
  id bigint generated always as identity primary key,
  target_id text not null,
  value_centi bigint not null check (value_centi > 0),
  reason text not null check (length(reason) > 0),
  changed_by bigint not null references users (id),
  changed_at timestamptz not null default now()
);

create table worklist_splits (
  id bigint generated always as identity primary key,
  target_id text not null,
  region text not null,
  value_centi bigint not null check (value_centi >= 0),
  reason text not null check (length(reason) > 0),
  set_by bigint not null references users (id),
  set_at timestamptz not null default now()
);
create index worklist_splits_target on worklist_splits (target_id, region);

create table worklist_milestones (
  id bigint generated always as identity primary key,
  item_no text not null,
  title text not null check (length(title) > 0),
  due_on date not null,
  done_on date,
  done_note text,
  done_by bigint references users (id),
  set_by bigint not null references users (id),
  created_at timestamptz not null default now(),
  constraint worklist_milestones_done check ((done_on is null) = (done_by is null))
);
create index worklist_milestones_item on worklist_milestones (item_no);

create table worklist_notices (
  kind text not null check (kind in ('reminder', 'overdue')),
  target_id text not null,
  unit text not null,
  region text not null,
  period text not null,
  sent_at timestamptz not null default now(),
  primary key (kind, target_id, unit, region, period)
);
`.execute(db);
}
