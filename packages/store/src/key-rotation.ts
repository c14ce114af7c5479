// Re-encrypting everything under the vault's current key: the encrypted columns (persons id_enc,
// phone_enc, bank_account_enc; employers bank_account_enc; 子女就学 requests child_name_enc; 衢籍大学生 id_enc,
// phone_enc; 乡土人才 id_enc; 和盈 households' head name and ID; skills candidates' and recognitions' id_enc;
// 就业帮扶 files' id_enc; event registrations' id_enc and phone_enc) in
// small transactions, each row only if it still holds the value read (so a concurrent change is never
// overwritten); the lookup hashes (id_hash of each of those tables keeping one) in one transaction when their key
// changes, so lookups never see a mix; and the
// evidence files, each replaced atomically (files stored in the clear get encrypted). Interrupted, it
// is simply run again: what is already under the current key is skipped.

import { sql, type Kysely } from 'kysely';
import type { Vault } from './crypto.js';
import type { FileStore } from './files.js';
import type { DB } from './schema.js';

export const ENCRYPTED_COLUMNS = [
  { table: 'persons', column: 'id_enc' },
  { table: 'persons', column: 'phone_enc' },
  { table: 'persons', column: 'bank_account_enc' },
  { table: 'employers', column: 'bank_account_enc' },
  { table: 'inkind_school_requests', column: 'child_name_enc' },
  { table: 'native_students', column: 'id_enc' },
  { table: 'native_students', column: 'phone_enc' },
  { table: 'rural_talents', column: 'id_enc' },
  { table: 'dividend_households', column: 'head_name_enc' },
  { table: 'dividend_households', column: 'id_enc' },
  { table: 'skill_candidates', column: 'id_enc' },
  { table: 'skill_recognitions', column: 'id_enc' },
  { table: 'employment_help_persons', column: 'id_enc' },
  { table: 'event_registrations', column: 'id_enc' },
  { table: 'event_registrations', column: 'phone_enc' },
] as const;

/** Tables keeping an ID number's keyed lookup hash (id_hash) beside its encrypted value (id_enc). */
export const HASHED_TABLES = ['persons', 'native_students', 'rural_talents', 'dividend_households', 'skill_candidates', 'skill_recognitions', 'employment_help_persons', 'event_registrations'] as const;

export interface RotationResult {
  /** Values re-encrypted, by "table.column". */
  columns: Record<string, number>;
  /** Lookup hashes recomputed (0 when their key did not change). */
  lookupHashes: number;
  files: number;
}

const CHUNK = 500;

export async function reencryptAll(db: Kysely<DB>, vault: Vault, files: FileStore | undefined, progress: (what: string, n: number) => void = () => undefined): Promise<RotationResult> {
  const current = `v2:${vault.currentKeyId}:%`;
  const result: RotationResult = { columns: {}, lookupHashes: 0, files: 0 };
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const name = `${table}.${column}`;
    result.columns[name] = 0;
    let after = 0;
    for (;;) {
      const rows = (
        await sql<{ id: number; value: string }>`select id, ${sql.ref(column)} as value from ${sql.table(table)}
          where id > ${after} and ${sql.ref(column)} is not null and ${sql.ref(column)} not like ${current} order by id limit ${CHUNK}`.execute(db)
      ).rows;
      if (rows.length === 0) break;
      await db.transaction().execute(async (trx) => {
        for (const r of rows) {
          const res = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${vault.encrypt(vault.decrypt(r.value))} where id = ${r.id} and ${sql.ref(column)} = ${r.value}`.execute(trx);
          result.columns[name]! += Number(res.numAffectedRows ?? 0);
        }
      });
      after = rows[rows.length - 1]!.id;
      progress(name, result.columns[name]!);
    }
  }
  if (vault.lookupKey !== vault.currentKeyId) {
    await db.transaction().execute(async (trx) => {
      for (const table of HASHED_TABLES) {
        let after = 0;
        for (;;) {
          const rows = await trx.selectFrom(table).select(['id', 'id_enc']).where('id', '>', after).orderBy('id').limit(CHUNK).execute();
          if (rows.length === 0) break;
          for (const r of rows) await trx.updateTable(table).set({ id_hash: vault.lookupHashWith(vault.currentKeyId, vault.decrypt(r.id_enc)) }).where('id', '=', r.id).execute();
          result.lookupHashes += rows.length;
          after = rows[rows.length - 1]!.id;
        }
      }
    });
    vault.useLookupKey(vault.currentKeyId);
    progress('persons.id_hash', result.lookupHashes);
  }
  if (files) {
    for (const sha of files.list()) if (files.rewrap(sha)) result.files += 1;
    progress('files', result.files);
  }
  return result;
}

/** How much is still under another key than the current one (0 everywhere when a rotation is complete). */
export async function pendingReencryption(db: Kysely<DB>, vault: Vault, files: FileStore | undefined): Promise<{ values: number; lookupHashes: boolean; files: number }> {
  let values = 0;
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} is not null and ${sql.ref(column)} not like ${`v2:${vault.currentKeyId}:%`}`.execute(db);
    values += r.rows[0]!.n;
  }
  let pendingFiles = 0;
  if (files) for (const sha of files.list()) if (files.keyIdOf(sha) !== vault.currentKeyId) pendingFiles += 1;
  return { values, lookupHashes: vault.lookupKey !== vault.currentKeyId, files: pendingFiles };
}
