// The append-only, hash-chained audit log: every read of a full personal value and every state
// change. Each row's hash is an HMAC-SHA256, under an audit key the database does not hold, of its
// content and the previous row's hash, and names the key (key_id), so changing, deleting or
// re-chaining rows cannot be hidden even by someone who can rewrite the whole table. Anchors kept
// outside the database (audit-anchor.ts) record the head, so cutting off the newest rows shows too.
// A database trigger refuses UPDATE and DELETE (and on a server the app's role may not alter the
// table at all; see roles.ts). Appends are serialised by a transaction-level advisory lock. Rows
// written before the chain was keyed (key_id null, plain SHA-256) are still verified, and may only
// come before the first keyed row.
//
// The keys travel with the database handle: `withAuditKeys(db, …)` returns a handle whose queries
// and transactions carry them, so `appendAudit(trx, entry)` needs nothing more.

import { createHash, createHmac } from 'node:crypto';
import { sql, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type Selectable, type Transaction, type UnknownRow } from 'kysely';
import type { SigningKeys } from './crypto.js';
import type { AuditLogTable, DB } from './schema.js';
import { anchorMatches, formatAnchorTime, type AnchorStore, type AuditAnchor } from './audit-anchor.js';

export interface AuditEntry {
  actorId: number | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  region?: string | null;
  detail?: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);
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
type HashedFields = Omit<Selectable<AuditLogTable>, 'seq' | 'hash' | 'detail' | 'key_id'> & { detail: unknown; key_id?: string | null };

/** A row's hash: HMAC-SHA256 under the audit key when given (rows with a key id), else plain SHA-256 (earlier rows). */
export function auditHash(r: HashedFields, key?: Buffer): string {
  const fields = [r.at.toISOString(), r.actor_id, r.actor_role, r.action, r.entity, r.entity_id, r.region, r.detail, r.prev_hash];
  if (!key) return createHash('sha256').update(canonicalJson(fields)).digest('hex');
  return createHmac('sha256', key).update(canonicalJson([...fields, r.key_id ?? null])).digest('hex');
}

/** The audit context a database handle carries: the signing keys and, when kept, the anchor store. */
export interface AuditContext {
  keys: SigningKeys;
  anchors?: AnchorStore;
  /**
   * Where the actions come from when not the web (e.g. the command line: the operating-system user
   * and host): recorded as `origin` in the detail of every row written through this handle, so a row
   * written by a command can be told from one written through a web sign-in.
   */
  origin?: Record<string, string>;
}

class AuditContextPlugin implements KyselyPlugin {
  constructor(readonly context: AuditContext) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A handle on the same database whose queries and transactions carry the audit keys (and anchors). */
export function withAuditKeys<T>(db: Kysely<T>, context: AuditContext): Kysely<T> {
  return db.withPlugin(new AuditContextPlugin(context));
}

export function auditContextOf(db: Kysely<unknown> | Kysely<DB>): AuditContext | undefined {
  const plugin = (db as Kysely<unknown>).getExecutor().plugins.find((p): p is AuditContextPlugin => p instanceof AuditContextPlugin);
  return plugin?.context;
}

/** Appends one entry inside the caller's transaction (so it commits or rolls back with the change). */
export async function appendAudit(trx: Transaction<DB>, e: AuditEntry): Promise<void> {
  await appendAuditMany(trx, [e]);
}

/**
 * Appends entries in the given order inside the caller's transaction (one change's entry, or a bulk
 * import's creations): one lock and one read of the chain's end for all of them, each row signed
 * with the current audit key, the rows inserted 500 at a time (a multi-row insert numbers its rows
 * in order, so the chain reads in sequence).
 */
export async function appendAuditMany(trx: Transaction<DB>, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const ctx = auditContextOf(trx);
  if (!ctx) throw new Error('审计日志未配置签名密钥：请通过平台（createPlatform）打开数据库');
  const { id, key } = ctx.keys.signingKey();
  const via = ctx.origin;
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
      detail: JSON.parse(canonicalJson(via ? { ...e.detail, origin: via } : (e.detail ?? {}))),
      prev_hash: prev,
      key_id: id,
    };
    prev = auditHash(row, key);
    return { ...row, key_id: id, detail: canonicalJson(row.detail), hash: prev };
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();
}

export interface AuditVerdict {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, with the reason in Chinese. */
  broken?: { seq: number; reason: string };
  /** The anchor the log was checked against (outside the database), when anchors are kept. */
  anchor?: { seq: number; at: string; ok: boolean; reason?: string };
}

interface Head {
  seq: number;
  hash: string;
  rows: number;
}

/** Walks the chain from a known point, checking every link and hash; the head reached, or the first break. */
async function walk(db: Kysely<DB>, keys: SigningKeys | undefined, from: { seq: number; hash: string; keyed: boolean }, anchor?: AuditAnchor): Promise<{ head: Head; broken?: { seq: number; reason: string }; sawAnchorRow: boolean }> {
  let prev = from.hash;
  let after = from.seq;
  let keyed = from.keyed;
  let rows = 0;
  let sawAnchorRow = false;
  for (;;) {
    const chunk = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(2000).execute();
    if (chunk.length === 0) return { head: { seq: after, hash: prev, rows }, sawAnchorRow };
    for (const r of chunk) {
      rows += 1;
      const fail = (reason: string) => ({ head: { seq: after, hash: prev, rows }, broken: { seq: r.seq, reason }, sawAnchorRow });
      if (r.prev_hash !== prev) return fail(`第 ${r.seq} 条的前序哈希与上一条不符（上一条被改动或删除）`);
      if (r.key_id === null) {
        if (keyed) return fail(`第 ${r.seq} 条没有审计密钥编号，却在已签名的记录之后（该条被伪造或重算）`);
        if (anchor && r.seq >= anchor.keyedFrom) return fail(`第 ${r.seq} 条没有审计密钥编号，而锚点（${formatAnchorTime(anchor.at)}）记录自第 ${anchor.keyedFrom} 条起均已签名（该条被伪造或重算）`);
        if (auditHash({ ...r, detail: r.detail }) !== r.hash) return fail(`第 ${r.seq} 条的内容与其哈希不符（该条被改动）`);
      } else {
        const key = keys?.verifyingKey(r.key_id);
        if (!key) return fail(keys ? `第 ${r.seq} 条的审计密钥（编号 ${r.key_id}）不在密钥环中，无法校验（记录被伪造，或缺少旧密钥）` : `第 ${r.seq} 条已签名，但没有提供审计密钥，无法校验`);
        if (auditHash({ ...r, detail: r.detail }, key) !== r.hash) return fail(`第 ${r.seq} 条的内容与其哈希不符（该条被改动）`);
        keyed = true;
      }
      if (anchor && r.seq === anchor.seq) {
        sawAnchorRow = true;
        if (r.hash !== anchor.hash) return fail(`第 ${r.seq} 条与 ${formatAnchorTime(anchor.at)}的锚点不符（该条或其之前的记录被改动）`);
      }
      prev = r.hash;
      after = r.seq;
      if (r.key_id !== null) keyed = true;
    }
  }
}

/**
 * Verifies the whole chain with the keys (and the anchor) the handle carries: every link, every
 * hash, no unkeyed row after a keyed one, and — against the anchor — that the row the anchor names
 * is still there unchanged and that the log was not cut off after it.
 */
export async function verifyAudit(db: Kysely<DB>): Promise<AuditVerdict> {
  const ctx = auditContextOf(db);
  const read = ctx?.anchors?.read();
  if (read?.problem) {
    const { head, broken } = await walk(db, ctx?.keys, { seq: 0, hash: GENESIS, keyed: false });
    return { ok: false, rows: head.rows + (broken ? 1 : 0), broken: broken ?? { seq: head.seq, reason: read.problem }, anchor: { seq: 0, at: '', ok: false, reason: read.problem } };
  }
  const anchor = read?.anchor;
  const { head, broken, sawAnchorRow } = await walk(db, ctx?.keys, { seq: 0, hash: GENESIS, keyed: false }, anchor);
  const rows = head.rows;
  if (broken) return { ok: false, rows, broken, ...(anchor ? { anchor: { seq: anchor.seq, at: anchor.at, ok: false } } : {}) };
  if (!anchor) return { ok: true, rows };
  const problem = anchorMatches(anchor, head, sawAnchorRow);
  if (problem) return { ok: false, rows, broken: { seq: anchor.seq, reason: problem }, anchor: { seq: anchor.seq, at: anchor.at, ok: false, reason: problem } };
  return { ok: true, rows, anchor: { seq: anchor.seq, at: anchor.at, ok: true } };
}

/**
 * Checks the rows added since the anchor and, when they hold, moves the anchor to the head. Returns
 * the new anchor, or the reason it was left where it was (the old anchor stays as evidence).
 */
export async function advanceAnchor(db: Kysely<DB>): Promise<{ anchor?: AuditAnchor; problem?: string }> {
  const ctx = auditContextOf(db);
  if (!ctx?.anchors) return { problem: '未配置审计锚点' };
  const read = ctx.anchors.read();
  if (read.problem) return { problem: read.problem };
  let from = { seq: 0, hash: GENESIS, keyed: false };
  if (read.anchor) {
    const a = read.anchor;
    if (a.seq > 0) {
      const row = await db.selectFrom('audit_log').select(['seq', 'hash', 'key_id']).where('seq', '=', a.seq).executeTakeFirst();
      if (!row) {
        const last = await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
        return { problem: anchorMatches(a, { seq: last?.seq ?? 0 }, false) ?? `锚点所记第 ${a.seq} 条已不存在` };
      }
      if (row.hash !== a.hash) return { problem: `第 ${a.seq} 条与 ${formatAnchorTime(a.at)}的锚点不符（该条或其之前的记录被改动）` };
      from = { seq: a.seq, hash: a.hash, keyed: row.key_id !== null };
    }
  }
  const { head, broken } = await walk(db, ctx.keys, from, read.anchor);
  if (broken) return { problem: broken.reason };
  const rows = (read.anchor?.rows ?? 0) + head.rows;
  // From the first anchor on, every row must be signed: this version signs every row it writes.
  let keyedFrom = read.anchor?.keyedFrom;
  if (keyedFrom === undefined) {
    const first = await db.selectFrom('audit_log').select('seq').where('key_id', 'is not', null).orderBy('seq').limit(1).executeTakeFirst();
    keyedFrom = first?.seq ?? head.seq + 1;
  }
  const anchor = ctx.anchors.write({ seq: head.seq, hash: head.hash, rows, keyedFrom });
  return { anchor };
}
