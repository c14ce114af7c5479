// 人才公寓 (talent apartments, 衢委发〔2020〕7号 art. 20 first sentence, art. 22): the housing stock
// (a unit of a project in a region, its area, rooms, monthly rent and status), the waiting list
// (轮候) an approved application enters, and the tenancies — an offer of a unit to one entry of the
// list, accepted or declined, the move-in and the end of the tenancy.
//
// The database enforces: a unit once per region and project; one entry on the list per approved
// application and one open entry per person; one live tenancy (offered, accepted or active) per unit
// and per person, so a unit cannot be allocated twice even by two clerks at the same moment.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table apartments (
  id bigint generated always as identity primary key,
  region text not null,
  project text not null check (length(project) between 1 and 100),
  unit_no text not null check (length(unit_no) between 1 and 40),
  area_dm2 int not null check (area_dm2 between 500 and 100000),
  rooms int not null check (rooms between 1 and 9),
  rent_fen int not null check (rent_fen >= 0 and rent_fen <= 10000000),
  status text not null default 'available' check (status in ('available', 'offered', 'occupied', 'maintenance')),
  version int not null default 1,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint apartments_unit unique (region, project, unit_no)
);

create table apartment_waitlist (
  id bigint generated always as identity primary key,
  application_id bigint not null references applications (id),
  person_id bigint not null references persons (id),
  region text not null,
  priority int not null check (priority between 0 and 9),
  priority_label text not null,
  approved_on date not null,
  status text not null default 'waiting' check (status in ('waiting', 'offered', 'housed', 'removed', 'left')),
  declines int not null default 0 check (declines >= 0),
  end_reason text,
  created_at timestamptz not null default now(),
  constraint apartment_waitlist_application unique (application_id)
);
create unique index apartment_waitlist_one_open on apartment_waitlist (person_id) where status in ('waiting', 'offered', 'housed');
create index apartment_waitlist_order on apartment_waitlist (region, status, priority, approved_on, id);

create table apartment_tenancies (
  id bigint generated always as identity primary key,
  apartment_id bigint not null references apartments (id),
  waitlist_id bigint not null references apartment_waitlist (id),
  person_id bigint not null references persons (id),
  region text not null,
  status text not null default 'offered' check (status in ('offered', 'declined', 'accepted', 'active', 'ended')),
  offered_by bigint not null references users (id),
  offered_at timestamptz not null default now(),
  out_of_order_reason text,
  answered_at timestamptz,
  decline_reason text,
  move_in date,
  ended_on date,
  end_kind text check (end_kind in ('purchase', 'resigned', 'expired', 'other')),
  end_note text,
  version int not null default 1,
  constraint apartment_tenancies_moved_in check ((status in ('active', 'ended')) = (move_in is not null)),
  constraint apartment_tenancies_ended check ((status = 'ended') = (ended_on is not null and end_kind is not null) and (ended_on is null or ended_on >= move_in))
);
create unique index apartment_tenancies_one_per_unit on apartment_tenancies (apartment_id) where status in ('offered', 'accepted', 'active');
create unique index apartment_tenancies_one_per_person on apartment_tenancies (person_id) where status in ('offered', 'accepted', 'active');
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop table apartment_tenancies;
drop table apartment_waitlist;
drop table apartments;
`.execute(db);
}
