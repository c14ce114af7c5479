// Sign-in through the government's identity provider (OpenID Connect): staff accounts carry the
// provider's staff id they are linked to (citizens are found by the keyed hash of their ID number the
// registry already keeps, so no ID number is stored here); each session records how it was signed
// in; and each sign-in begun at the provider is kept until it comes back — its state only as a hash,
// its nonce and PKCE verifier — so any server instance can finish it, once, within minutes.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table users add column oidc_staff_id text;
create unique index users_oidc_staff_id on users (oidc_staff_id) where oidc_staff_id is not null;

alter table sessions add column via text not null default 'password' check (via in ('password', 'oidc'));

create table oidc_logins (
  state_hash text primary key,
  nonce text not null,
  code_verifier text not null,
  return_to text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index oidc_logins_expires on oidc_logins (expires_at);
`.execute(db);
}
