// The enterprise code (企业码): its version and when it was issued. A code carries the version it was
// signed with; re-issuing raises the version, so every earlier code (printed or photographed) stops
// opening the enterprise's page. Until the first re-issue a code counts from the verification.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table enterprises add column code_version int not null default 1 check (code_version >= 1);
alter table enterprises add column code_issued_at timestamptz;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table enterprises drop column code_issued_at;
alter table enterprises drop column code_version;
`.execute(db);
}
