// Two database roles on a PostgreSQL server: an owner role that runs the migrations
// (RENCAI_MIGRATION_DATABASE_URL) and owns every table, and the app's role (DATABASE_URL) that may
// read and write the data but may not alter tables or disable their triggers, and may only read and
// append the audit log and the ledger — no UPDATE, DELETE or TRUNCATE there, no TRUNCATE anywhere.
// The grants are (re)applied after every migration run, so tables added later are covered.

import { sql, type Kysely } from 'kysely';

const APPEND_ONLY = ['audit_log', 'ledger', 'budget_versions'];
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** Grants the app role what it needs on the schema the owner just migrated. */
export async function grantAppRole<T>(owner: Kysely<T>, appRole: string): Promise<void> {
  const app = sql.id(appRole);
  const tables = (
    await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(owner)
  ).rows.map((r) => r.name);
  await owner.transaction().execute(async (trx) => {
    await sql`grant usage on schema ${sql.id('public')} to ${app}`.execute(trx);
    for (const t of tables) {
      const table = sql.table(t);
      await sql`revoke all on ${table} from ${app}`.execute(trx);
      if (MIGRATOR_TABLES.includes(t)) await sql`grant select on ${table} to ${app}`.execute(trx);
      else if (APPEND_ONLY.includes(t)) await sql`grant select, insert on ${table} to ${app}`.execute(trx);
      else await sql`grant select, insert, update, delete on ${table} to ${app}`.execute(trx);
    }
    await sql`grant usage, select on all sequences in schema ${sql.id('public')} to ${app}`.execute(trx);
  });
}

export interface RoleCheck {
  role: string;
  /** The role may switch off the audit log's trigger or rewrite it: it owns the table or is a superuser. */
  canAlterAudit: boolean;
}

/** Whether the role this handle connects as could rewrite the audit log. */
export async function checkRuntimeRole<T>(db: Kysely<T>): Promise<RoleCheck> {
  const r = await sql<{ role: string; owner: boolean; superuser: boolean; truncate: boolean }>`
    select current_user as role,
           pg_has_role(current_user, c.relowner, 'USAGE') as owner,
           (select rolsuper from pg_roles where rolname = current_user) as superuser,
           has_table_privilege(current_user, 'audit_log', 'UPDATE') or has_table_privilege(current_user, 'audit_log', 'DELETE') or has_table_privilege(current_user, 'audit_log', 'TRUNCATE') as truncate
    from pg_class c where c.oid = 'audit_log'::regclass`.execute(db);
  const row = r.rows[0]!;
  return { role: row.role, canAlterAudit: row.owner || row.superuser || row.truncate };
}
