// Work that only one process at a time may do, across every server on the same PostgreSQL
// database: a session-level advisory lock, tried (never waited for) on one pooled connection held
// for the work's duration and released after it — or when that connection ends with a crashed
// process. Each kind of work has its own key.

import { sql } from 'kysely';
import type { Db } from './db.js';

/** Advisory-lock keys of the work done one at a time (distinct from the audit chain's lock). */
export const EXCLUSIVE = { simulation: 0x72656e63_0001 } as const;

/**
 * Runs `work` while holding the advisory lock `key`; `{ ran: false }` without running it when another
 * process (or request) holds the lock. On a PostgreSQL server only: on embedded PGlite the database
 * has one connection and one process, and holding it would stop every other query.
 */
export async function tryExclusive<T>(db: Db, key: number, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  return db.connection().execute(async (conn) => {
    const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}::bigint) as locked`.execute(conn);
    if (!got.rows[0]?.locked) return { ran: false as const };
    try {
      return { ran: true as const, value: await work() };
    } finally {
      await sql`select pg_advisory_unlock(${key}::bigint)`.execute(conn);
    }
  });
}
