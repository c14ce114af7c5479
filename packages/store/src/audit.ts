// The append-only, hash-chained audit log: every read of a full personal value and every state
// change. Each row's hash covers its content and the previous row's hash, so changing or deleting
// a row breaks the chain after it; a database trigger refuses UPDATE and DELETE, and `verifyAudit`
// walks the chain. Appends are serialised by a transaction-level advisory lock.

import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AuditLogTable, DB } from './schema.js';

export interface AuditEntry {
  actorId: number | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  region?: string | null;
  detail?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
const AUDIT_LOCK = 7_260_001;

/** JSON with object keys sorted at every level (jsonb does not keep key order). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/** What a row's hash covers: every column but its sequence number and the hash itself. */
type HashedFields = Omit<Selectable<AuditLogTable>, 'seq' | 'hash' | 'detail'> & { detail: unknown };

export function auditHash(r: HashedFields): string {
  const text = canonicalJson([r.at.toISOString(), r.actor_id, r.actor_role, r.action, r.entity, r.entity_id, r.region, r.detail, r.prev_hash]);
  return createHash('sha256').update(text).digest('hex');
}

/** Appends one entry inside the caller's transaction (so it commits or rolls back with the change). */
export async function appendAudit(trx: Transaction<DB>, e: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row: HashedFields = {
    at: new Date(),
    actor_id: e.actorId,
    actor_role: e.actorRole,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
    region: e.region ?? null,
    detail: JSON.parse(canonicalJson(e.detail ?? {})),
    prev_hash: last?.hash ?? GENESIS,
  };
  await trx
    .insertInto('audit_log')
    .values({ ...row, detail: canonicalJson(row.detail), hash: auditHash(row) })
    .execute();
}

/**
 * Appends entries in the given order inside the caller's transaction (a bulk import's creations):
 * one lock and one read of the chain's end for all of them, the rows inserted 500 at a time (a
 * multi-row insert numbers its rows in order, so the chain reads in sequence as for appendAudit).
 */
export async function appendAuditMany(trx: Transaction<DB>, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let prev = last?.hash ?? GENESIS;
  const at = new Date();
  const rows = entries.map((e) => {
    const row: HashedFields = {
      at,
      actor_id: e.actorId,
      actor_role: e.actorRole,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      region: e.region ?? null,
      detail: JSON.parse(canonicalJson(e.detail ?? {})),
      prev_hash: prev,
    };
    prev = auditHash(row);
    return { ...row, detail: canonicalJson(row.detail), hash: prev };
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();
}

export interface AuditVerdict {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, with the reason in Chinese. */
  broken?: { seq: number; reason: string };
}

export async function verifyAudit(db: Kysely<DB>): Promise<AuditVerdict> {
  let prev = GENESIS;
  let after = 0;
  let rows = 0;
  for (;;) {
    const chunk = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(2000).execute();
    if (chunk.length === 0) return { ok: true, rows };
    for (const r of chunk) {
      rows += 1;
      if (r.prev_hash !== prev) return { ok: false, rows, broken: { seq: r.seq, reason: `第 ${r.seq} 条的前序哈希与上一条不符（上一条被改动或删除）` } };
      if (auditHash({ ...r, detail: r.detail }) !== r.hash) return { ok: false, rows, broken: { seq: r.seq, reason: `第 ${r.seq} 条的内容与其哈希不符（该条被改动）` } };
      prev = r.hash;
      after = r.seq;
    }
  }
}
