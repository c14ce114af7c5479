// The audit chain keyed: each row names the audit key its HMAC was made with (key_id; null for rows
// written before, which keep their plain SHA-256 hashes and may only precede the keyed rows).
// TRUNCATE, which row triggers do not see, is refused on the audit log and the ledger as well.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table audit_log add column key_id text;

create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
create trigger ledger_no_truncate before truncate on ledger
  for each statement execute function ledger_append_only();
`.execute(db);
}
