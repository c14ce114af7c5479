// Accounts a real deployment can run on: a forced password change (accounts made by someone else
// start with it), the time of the last change, disabling an account (who, when, why), which accounts
// are the synthetic demo's, and failed sign-ins counted in the database one row per attempt, per
// user name (known or not) and client address, so that parallel attempts cannot slip past the limit.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users
  add column must_change_password boolean not null default false,
  add column password_changed_at timestamptz,
  add column disabled_at timestamptz,
  add column disabled_by bigint references users (id),
  add column disable_reason text,
  add column demo boolean not null default false;

-- Databases seeded before this migration: the demo's accounts, recognised as the demo seeded them.
update users set demo = true
where username in ('talent', 'hr', 'clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'review_finance', 'review_hrss',
                   'review_housing', 'review_science', 'review_assoc', 'leader', 'admin')
  and exists (select 1 from users t where t.username = 'talent' and t.display_name = '演示人才');

create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

create table login_failures (
  id bigint generated always as identity primary key,
  username text not null,
  address text not null,
  at timestamptz not null default now()
);
create index login_failures_name on login_failures (username, at);
create index login_failures_address on login_failures (address, at);
create index login_failures_at on login_failures (at);
`.execute(db);
}
