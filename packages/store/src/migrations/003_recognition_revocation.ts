// Revoking a tier recognition (撤销认定): from a date on, the recognition no longer counts — the
// engine reads only recognitions valid and not revoked on the date in question — while its record,
// the decisions taken with it and their receipts stay as they were.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table recognitions
  add column revoked_on date,
  add column revoked_by bigint references users (id),
  add column revoke_reason text,
  add constraint recognitions_revocation_whole check (
    (revoked_on is null) = (revoked_by is null) and (revoked_by is null) = (revoke_reason is null)
  ),
  add constraint recognitions_revoked_after_start check (revoked_on is null or revoked_on >= valid_from);
`.execute(db);
}
