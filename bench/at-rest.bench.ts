// Data at rest, timed (not a test): appending keyed audit rows, verifying the whole chain, the
// first and an incremental anchor, the start-up key check, and a key rotation over persons'
// encrypted columns and lookup hashes — on embedded PGlite in memory.
// Usage: npx tsx bench/at-rest.bench.ts [audit rows, default 20000] [persons, default 5000]

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advanceAnchor, appendAudit, checkKeys, FileAnchorStore, masterKey, openDatabase, reencryptAll, Vault, verifyAudit, withAuditKeys } from '@rencai/store';

const rows = Number(process.argv[2] ?? 20_000);
const persons = Number(process.argv[3] ?? 5_000);
const d = await openDatabase({ dataDir: 'memory' });
const old = masterKey(randomBytes(32));
const vault = new Vault([old]);
const dir = mkdtempSync(join(tmpdir(), 'rencai-bench-anchor-'));
const db = withAuditKeys(d.db, { keys: vault.signingKeys('audit'), anchors: new FileAnchorStore(dir, 'bench', vault.signingKeys('anchor')) });
const time = async (label: string, fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  process.stdout.write(`${label}: ${Math.round(performance.now() - t)} ms\n`);
};

await time(`append ${rows} keyed audit rows (500 per transaction)`, async () => {
  for (let i = 0; i < rows; i += 500)
    await db.transaction().execute(async (trx) => {
      for (let j = 0; j < 500 && i + j < rows; j++) await appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'person.reveal', entity: 'person', entityId: i + j, region: 'kecheng', detail: { field: 'idNumber' } });
    });
});
await time(`verify ${rows} rows`, () => verifyAudit(db));
await time('first anchor (checks the whole chain)', () => advanceAnchor(db));
for (let j = 0; j < 100; j++) await db.transaction().execute((trx) => appendAudit(trx, { actorId: 1, actorRole: 'clerk', action: 'x', entity: 'x' }));
await time('next anchor (+100 rows)', () => advanceAnchor(db));

for (let i = 0; i < persons; i += 500)
  await d.db
    .insertInto('persons')
    .values(
      Array.from({ length: Math.min(500, persons - i) }, (_, j) => {
        const id = `3308021990${String(i + j).padStart(8, '0')}`;
        return { region: 'kecheng', name: '合成', id_hash: vault.lookupHash(id), id_enc: vault.encrypt(id), id_masked: 'x', phone_enc: vault.encrypt('13800000000') };
      }),
    )
    .execute();
const both = new Vault([masterKey(randomBytes(32)), old]);
await time('start-up key check', async () => both.useLookupKey((await checkKeys(d.db, both)).lookupKey!));
await time(`rotate ${persons} persons (id, phone, lookup hash)`, () => reencryptAll(d.db, both, undefined));
await d.close();
rmSync(dir, { recursive: true, force: true });
