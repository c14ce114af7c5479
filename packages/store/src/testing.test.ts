// Prepared test databases: built once per run folder, every caller gets its own copy (on PGlite and,
// with DATABASE_URL, on PostgreSQL as a template).

import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openPreparedTestDatabase, prepareSnapshotsFolder, type TestDatabase } from './testing.js';

const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const d of opened) await d.drop();
});

describe('prepared test databases', () => {
  it('prepares once per run and hands each caller an independent copy with the prepared state', async () => {
    const before = process.env.RENCAI_TEST_SNAPSHOTS;
    const removeFolder = await prepareSnapshotsFolder();
    try {
      let prepared = 0;
      const prepare = async (d: { db: TestDatabase['db'] }) => {
        prepared += 1;
        await sql`create table seeded (n int)`.execute(d.db);
        await sql`insert into seeded values (1), (2)`.execute(d.db);
        return `state-${prepared}`;
      };
      const a = await openPreparedTestDatabase('probe', prepare);
      const b = await openPreparedTestDatabase('probe', prepare);
      opened.push(a, b);
      expect(prepared).toBe(1);
      expect([a.state, b.state]).toEqual(['state-1', 'state-1']);
      await sql`insert into seeded values (3)`.execute(a.db);
      const count = async (d: TestDatabase) => (await sql<{ n: number }>`select count(*)::int as n from seeded`.execute(d.db)).rows[0]!.n;
      expect(await count(a)).toBe(3);
      expect(await count(b)).toBe(2);
    } finally {
      for (const d of opened.splice(0)) await d.drop();
      await removeFolder();
      if (before === undefined) delete process.env.RENCAI_TEST_SNAPSHOTS;
      else process.env.RENCAI_TEST_SNAPSHOTS = before;
    }
  });
});
