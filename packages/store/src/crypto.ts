// Protection of personal data at rest: AES-256-GCM for full values and files, a keyed hash
// (HMAC-SHA256) for lookups, the audit chain's and anchors' signing keys, and the seed of each key's
// Ed25519 key for signed credentials (the platform's signing module) — all derived from a
// ring of 32-byte master keys, each known by a key id. New data is encrypted under the current key;
// every ciphertext names its key (`v2:<key id>:…`), so keys can be rotated and old ones kept for
// reading. Ciphertexts written before key ids (`v1:…`) are still read. Where the keys live and how
// they are checked against the data: keyring.ts and the platform's start-up.

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readKeyring, type KeyringOptions } from './keyring.js';
import { masterKey, type MasterKey } from './master-key.js';

export { keyIdOf, masterKey, type MasterKey } from './master-key.js';

/** A signing key for one purpose (audit rows, anchors): the current one and any by id. */
export interface SigningKeys {
  signingKey(): { id: string; key: Buffer };
  verifyingKey(id: string): Buffer | undefined;
}

interface Derived {
  enc: Buffer;
  mac: Buffer;
  audit: Buffer;
  anchor: Buffer;
  credential: Buffer;
}

const derive = (master: Buffer, label: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, 32));

/** Header of an encrypted file: magic, key id length, key id, then IV, tag and ciphertext. */
const FILE_MAGIC = Buffer.from('RENCAIF2');

export class Vault {
  private readonly keys = new Map<string, Derived>();
  private readonly order: string[] = [];
  readonly currentKeyId: string;
  private lookupKeyId: string;

  /** One master key, or a ring of them (the first is current unless `current` says otherwise). */
  constructor(master: Buffer | MasterKey[], current?: string) {
    const ring = Buffer.isBuffer(master) ? [masterKey(master)] : master;
    if (ring.length === 0) throw new Error('密钥环为空');
    for (const k of ring) {
      if (k.key.length !== 32) throw new Error('数据加密主密钥应为 32 字节（base64 编码）');
      if (this.keys.has(k.id)) continue;
      this.order.push(k.id);
      this.keys.set(k.id, { enc: derive(k.key, 'rencai enc v1'), mac: derive(k.key, 'rencai mac v1'), audit: derive(k.key, 'rencai audit v1'), anchor: derive(k.key, 'rencai anchor v1'), credential: derive(k.key, 'rencai credential v1') });
    }
    this.currentKeyId = current ?? ring[0]!.id;
    if (!this.keys.has(this.currentKeyId)) throw new Error(`当前密钥 ${this.currentKeyId} 不在密钥环中`);
    this.lookupKeyId = this.currentKeyId;
  }

  get keyIds(): readonly string[] {
    return this.order;
  }

  hasKey(id: string): boolean {
    return this.keys.has(id);
  }

  private derived(id: string): Derived {
    const d = this.keys.get(id);
    if (!d) throw new Error(`密文所用的密钥（编号 ${id}）不在密钥环中`);
    return d;
  }

  encrypt(plain: string): string {
    return `v2:${this.currentKeyId}:${this.seal(Buffer.from(plain, 'utf8'), this.derived(this.currentKeyId).enc).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (stored.startsWith('v2:')) {
      const i = stored.indexOf(':', 3);
      if (i < 0) throw new Error('未知的密文格式');
      return this.open(Buffer.from(stored.slice(i + 1), 'base64'), this.derived(stored.slice(3, i)).enc).toString('utf8');
    }
    if (!stored.startsWith('v1:')) throw new Error('未知的密文格式');
    // Written before ciphertexts carried a key id: whichever key opens it (GCM authenticates).
    const raw = Buffer.from(stored.slice(3), 'base64');
    let last: unknown;
    for (const id of [this.currentKeyId, ...this.order.filter((x) => x !== this.currentKeyId)]) {
      try {
        return this.open(raw, this.derived(id).enc).toString('utf8');
      } catch (e) {
        last = e;
      }
    }
    throw last instanceof Error ? last : new Error('无法解密');
  }

  /** The key id a stored value was encrypted under (undefined for `v1:` values, which name none). */
  keyIdOfCiphertext(stored: string): string | undefined {
    if (!stored.startsWith('v2:')) return undefined;
    return stored.slice(3, stored.indexOf(':', 3));
  }

  /** A stable keyed hash for equality lookups (deduplication by ID number). */
  lookupHash(value: string): string {
    return this.lookupHashWith(this.lookupKeyId, value);
  }

  lookupHashWith(keyId: string, value: string): string {
    return createHmac('sha256', this.derived(keyId).mac).update(value).digest('hex');
  }

  /** Which key's lookup hash the database's rows carry (found at start-up; changed by a rotation). */
  get lookupKey(): string {
    return this.lookupKeyId;
  }

  useLookupKey(id: string): void {
    this.derived(id);
    this.lookupKeyId = id;
  }

  /** Encrypts a file's bytes under the current key. */
  encryptBytes(plain: Buffer): Buffer {
    const id = Buffer.from(this.currentKeyId, 'utf8');
    return Buffer.concat([FILE_MAGIC, Buffer.from([id.length]), id, this.seal(plain, this.derived(this.currentKeyId).enc)]);
  }

  static isEncryptedBytes(buf: Buffer): boolean {
    return buf.length > FILE_MAGIC.length && buf.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC);
  }

  static keyIdOfBytes(buf: Buffer): string | undefined {
    if (!Vault.isEncryptedBytes(buf)) return undefined;
    const n = buf[FILE_MAGIC.length]!;
    return buf.subarray(FILE_MAGIC.length + 1, FILE_MAGIC.length + 1 + n).toString('utf8');
  }

  decryptBytes(buf: Buffer): Buffer {
    const id = Vault.keyIdOfBytes(buf);
    if (id === undefined) throw new Error('不是加密的文件');
    return this.open(buf.subarray(FILE_MAGIC.length + 1 + Buffer.byteLength(id)), this.derived(id).enc);
  }

  /** The signing keys of one purpose: audit rows, audit anchors, or the seeds of the credential-signing keys. */
  signingKeys(purpose: 'audit' | 'anchor' | 'credential'): SigningKeys {
    return {
      signingKey: () => ({ id: this.currentKeyId, key: this.derived(this.currentKeyId)[purpose] }),
      verifyingKey: (id) => this.keys.get(id)?.[purpose],
    };
  }

  private seal(plain: Buffer, key: Buffer): Buffer {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]);
  }

  private open(raw: Buffer, key: Buffer): Buffer {
    const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]);
  }
}

/**
 * The vault from RENCAI_DATA_KEY or the keyring file (see keyring.ts), generating a keyring when
 * there is none; without a data folder and without a key, a key for this process only (in-memory
 * databases). The platform's start-up checks the keys against the data before using them.
 */
export function loadVault(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env, opts: Omit<KeyringOptions, 'dataDir' | 'env'> = {}): Vault {
  const ring = readKeyring({ ...opts, dataDir, env, generate: opts.generate ?? true });
  if (!ring) return new Vault(randomBytes(32));
  return new Vault(ring.keys, ring.current);
}
