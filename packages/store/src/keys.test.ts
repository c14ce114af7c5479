// Data keys against the database under test (PGlite in memory, or PostgreSQL when DATABASE_URL is
// set): ciphertexts name their key and earlier `v1:` ones still open; a rotation re-encrypts every
// encrypted column, the lookup hashes and the evidence files and can be interrupted and run again;
// a key that does not open the data is refused; keys are never generated silently; evidence files
// are encrypted, 0600 in folders 0700, and files stored in the clear stay readable.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from './testing.js';
import { Vault, keyIdOf, loadVault, masterKey } from './crypto.js';
import { FileStore } from './files.js';
import { addKey, keyringFile, readKeyring, saveKeyring } from './keyring.js';
import { checkKeys, hasEncryptedData } from './key-check.js';
import { pendingReencryption, reencryptAll } from './key-rotation.js';
import { tightenModes } from './fs-modes.js';

let t: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => t?.drop());

/** A ciphertext as written before key ids: `v1:` + base64(iv | tag | body) under the master's enc key. */
function v1(master: Buffer, plain: string): string {
  const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'rencai enc v1', 32));
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
}

const mode = (p: string) => statSync(p).mode & 0o777;

describe('ciphertexts with key ids', () => {
  it('names the key in every ciphertext and still opens v1 ciphertexts', () => {
    const old = randomBytes(32);
    const vault = new Vault(old);
    const c = vault.encrypt('11010519491231002X');
    expect(c.startsWith(`v2:${keyIdOf(old)}:`)).toBe(true);
    expect(vault.decrypt(c)).toBe('11010519491231002X');
    expect(vault.decrypt(v1(old, '13800000000'))).toBe('13800000000');
    // After a rotation both open; a key not in the ring is named in the error.
    const next = masterKey(randomBytes(32));
    const ring = new Vault([next, masterKey(old)]);
    expect(ring.currentKeyId).toBe(next.id);
    expect(ring.decrypt(c)).toBe('11010519491231002X');
    expect(ring.decrypt(v1(old, 'x'))).toBe('x');
    expect(ring.encrypt('y').startsWith(`v2:${next.id}:`)).toBe(true);
    expect(() => new Vault(randomBytes(32)).decrypt(c)).toThrow(new RegExp(keyIdOf(old)));
  });
});

describe('rotation', () => {
  it('re-encrypts every encrypted column, the lookup hashes and the files; resumable; then refuses the old key alone', async () => {
    const oldKey = randomBytes(32);
    const old = new Vault(oldKey);
    const filesDir = mkdtempSync(join(tmpdir(), 'rencai-rot-files-'));
    const oldFiles = new FileStore(filesDir, old);
    const pdf = Buffer.from('%PDF-1.4 材料 证明');
    const shaEnc = oldFiles.put(pdf);
    // A file from before encryption, stored in the clear.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
    const plainStore = new FileStore(filesDir);
    const shaPlain = plainStore.put(png);
    expect(readFileSync(join(filesDir, shaPlain.slice(0, 2), shaPlain)).equals(png)).toBe(true);

    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      const idn = `33080219900101${String(1000 + i)}`;
      const r = await t.db
        .insertInto('persons')
        .values({ region: 'kecheng', name: `人${i}`, id_hash: old.lookupHash(idn), id_enc: i === 0 ? v1(oldKey, idn) : old.encrypt(idn), id_masked: 'x', phone_enc: i % 2 ? old.encrypt('13800000000') : null, bank_name: i === 3 ? '银行' : null, bank_account_enc: i === 3 ? old.encrypt('6222021234567890123') : null, bank_account_masked: i === 3 ? '6222****0123' : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(r.id);
    }
    await t.db.insertInto('employers').values({ uscc: '91330800MA2DH12340', name: '单位', region: 'kecheng', kind: 'enterprise', bank_name: '银行', bank_account_enc: old.encrypt('33050162700000000001'), bank_account_masked: '3305****0001' }).execute();
    // A child's name on a 子女就学 request (migration 016).
    await t.db.insertInto('inkind_school_requests').values({ person_id: ids[1]!, region: 'kecheng', child_name_enc: old.encrypt('张小明'), child_name_masked: '张*明', stage: 'primary', grade: '一年级', wished_area: '柯城区' }).execute();
    expect(await hasEncryptedData(t.db)).toBe(true);
    expect(await checkKeys(t.db, old)).toMatchObject({ hasData: true, lookupKey: old.currentKeyId });
    expect((await checkKeys(t.db, new Vault(randomBytes(32)))).problem).toMatch(/无法解密/);

    // The new key first, the old one kept.
    const next = masterKey(randomBytes(32));
    const both = new Vault([next, masterKey(oldKey)]);
    const check = await checkKeys(t.db, both);
    expect(check.problem).toBeUndefined();
    both.useLookupKey(check.lookupKey!);
    const files = new FileStore(filesDir, both);
    expect(await pendingReencryption(t.db, both, files)).toEqual({ values: 7 + 3 + 1 + 1 + 1, lookupHashes: true, files: 2 });

    // Interrupted after the first column: what is done stays done, and everything still opens.
    await t.db.updateTable('persons').set({ id_enc: both.encrypt('330802199001011000') }).where('id', '=', ids[0]!).execute();
    expect(both.decrypt((await t.db.selectFrom('persons').select('id_enc').where('id', '=', ids[1]!).executeTakeFirstOrThrow()).id_enc)).toBe('330802199001011001');

    const r = await reencryptAll(t.db, both, files);
    expect(r).toEqual({ columns: { 'persons.id_enc': 6, 'persons.phone_enc': 3, 'persons.bank_account_enc': 1, 'employers.bank_account_enc': 1, 'inkind_school_requests.child_name_enc': 1, 'native_students.id_enc': 0, 'native_students.phone_enc': 0, 'rural_talents.id_enc': 0, 'dividend_households.head_name_enc': 0, 'dividend_households.id_enc': 0, 'skill_candidates.id_enc': 0, 'skill_recognitions.id_enc': 0, 'employment_help_persons.id_enc': 0, 'event_registrations.id_enc': 0, 'event_registrations.phone_enc': 0 }, lookupHashes: 7, files: 2 });
    expect(await pendingReencryption(t.db, both, files)).toEqual({ values: 0, lookupHashes: false, files: 0 });
    expect(await reencryptAll(t.db, both, files)).toEqual({ columns: { 'persons.id_enc': 0, 'persons.phone_enc': 0, 'persons.bank_account_enc': 0, 'employers.bank_account_enc': 0, 'inkind_school_requests.child_name_enc': 0, 'native_students.id_enc': 0, 'native_students.phone_enc': 0, 'rural_talents.id_enc': 0, 'dividend_households.head_name_enc': 0, 'dividend_households.id_enc': 0, 'skill_candidates.id_enc': 0, 'skill_recognitions.id_enc': 0, 'employment_help_persons.id_enc': 0, 'event_registrations.id_enc': 0, 'event_registrations.phone_enc': 0 }, lookupHashes: 0, files: 0 });

    const rows = await t.db.selectFrom('persons').select(['id', 'id_enc', 'id_hash', 'phone_enc']).where('id', 'in', ids).orderBy('id').execute();
    for (const [i, row] of rows.entries()) {
      expect(row.id_enc.startsWith(`v2:${next.id}:`)).toBe(true);
      expect(both.decrypt(row.id_enc)).toBe(`33080219900101${String(1000 + i)}`);
      expect(row.id_hash).toBe(both.lookupHash(`33080219900101${String(1000 + i)}`));
      expect(row.id_hash).not.toBe(old.lookupHash(`33080219900101${String(1000 + i)}`));
    }
    expect(files.get(shaEnc).equals(pdf)).toBe(true);
    expect(files.get(shaPlain).equals(png)).toBe(true);
    expect(files.keyIdOf(shaPlain)).toBe(next.id);
    expect(readFileSync(join(filesDir, shaPlain.slice(0, 2), shaPlain)).includes(png.subarray(8, 40))).toBe(false);

    // The new key alone opens everything; the old key alone no longer does.
    const fresh = new Vault(next.key);
    expect(await checkKeys(t.db, fresh)).toMatchObject({ lookupKey: next.id });
    expect((await checkKeys(t.db, old)).problem).toMatch(/无法解密.*该密文用的是密钥 k/);
  });
});

describe('where keys live', () => {
  it('never generates a key unless asked, keeps it outside the data folder on a server, and takes in a key of the earlier layout', () => {
    const data = mkdtempSync(join(tmpdir(), 'rencai-data-'));
    const config = mkdtempSync(join(tmpdir(), 'rencai-config-'));
    expect(readKeyring({ dataDir: data, env: {}, generate: false })).toBeUndefined();
    expect(existsSync(join(data, 'keys'))).toBe(false);
    // On a server (production) the keyring is outside the data folder.
    const server = keyringFile({ dataDir: data, env: { XDG_CONFIG_HOME: config }, server: true })!;
    expect(server).toBe(join(config, 'rencai', 'keys', 'keyring.json'));
    expect(server.startsWith(data)).toBe(false);
    expect(keyringFile({ dataDir: data, env: { NODE_ENV: 'production', XDG_CONFIG_HOME: config } })).toBe(server);
    expect(keyringFile({ dataDir: data, env: { RENCAI_KEY_DIR: join(config, 'k') }, server: true })).toBe(join(config, 'k', 'keyring.json'));

    // A data.key of the earlier layout moves out of the data folder into the keyring.
    const legacy = randomBytes(32);
    mkdirSync(join(data, 'keys'), { recursive: true });
    writeFileSync(join(data, 'keys', 'data.key'), legacy.toString('base64'));
    const ring = readKeyring({ dataDir: data, env: { XDG_CONFIG_HOME: config }, server: true, generate: false })!;
    expect(ring.keys.map((k) => k.id)).toEqual([keyIdOf(legacy)]);
    expect(ring.notices[0]).toMatch(/已把数据密钥从数据目录.*移到/);
    expect(existsSync(join(data, 'keys', 'data.key'))).toBe(false);
    expect(mode(server)).toBe(0o600);
    expect(mode(join(server, '..'))).toBe(0o700);

    // Rotation adds a key and keeps the old; the file round-trips.
    addKey(ring);
    saveKeyring(ring);
    const again = readKeyring({ dataDir: data, env: { XDG_CONFIG_HOME: config }, server: true })!;
    expect(again.keys).toHaveLength(2);
    expect(again.current).toBe(ring.current);
    // RENCAI_DATA_KEY: several keys, the current one first.
    const a = randomBytes(32);
    const env = readKeyring({ env: { RENCAI_DATA_KEY: `${a.toString('base64')},${legacy.toString('base64')}` } })!;
    expect(env).toMatchObject({ source: 'env', current: keyIdOf(a) });
    expect(() => readKeyring({ env: { RENCAI_DATA_KEY: 'c2hvcnQ=' } })).toThrow(/32 字节/);
    // loadVault (the embedded default) generates once and reuses.
    const dir = mkdtempSync(join(tmpdir(), 'rencai-key-'));
    const v = loadVault(dir, {});
    expect(loadVault(dir, {}).decrypt(v.encrypt('hello'))).toBe('hello');
  });
});

describe('evidence files at rest', () => {
  it('stores files encrypted, 0600 in folders 0700, de-duplicated by the content hash, and checks it on read', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rencai-files-')), 'files');
    const vault = new Vault(randomBytes(32));
    const fs = new FileStore(dir, vault);
    const pdf = Buffer.from('%PDF-1.4\n身份证复印件 330802199001011234');
    const sha = fs.put(pdf);
    expect(fs.put(pdf)).toBe(sha);
    const path = join(dir, sha.slice(0, 2), sha);
    const stored = readFileSync(path);
    expect(stored.includes(Buffer.from('330802199001011234'))).toBe(false);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    expect(fs.get(sha).equals(pdf)).toBe(true);
    expect(mode(path)).toBe(0o600);
    expect(mode(join(dir, sha.slice(0, 2)))).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    expect(() => new FileStore(dir, new Vault(randomBytes(32))).get(sha)).toThrow(/不在密钥环中/);
    // A file swapped for another one under the same name is refused.
    const other = fs.put(Buffer.from('%PDF-1.4 other'));
    writeFileSync(path, readFileSync(join(dir, other.slice(0, 2), other)));
    expect(() => fs.get(sha)).toThrow(/与其哈希不符/);
  });

  it('makes what others could read owner-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-modes-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, 'a', 'b', 'f'), 'x', { mode: 0o666 });
    writeFileSync(join(dir, 'g'), 'x', { mode: 0o600 });
    expect(tightenModes(dir)).toEqual({ files: 1, dirs: 2 });
    expect(mode(join(dir, 'a', 'b', 'f'))).toBe(0o600);
    expect(mode(join(dir, 'a', 'b'))).toBe(0o700);
    expect(tightenModes(dir)).toEqual({ files: 0, dirs: 0 });
  });
});
