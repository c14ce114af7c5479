// Protection of personal data at rest: AES-256-GCM for full values and a keyed hash (HMAC-SHA256)
// for lookups, both from one 32-byte master key — RENCAI_DATA_KEY (base64) from the environment,
// or a key generated once into the data folder for the embedded default.

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class Vault {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(master: Buffer) {
    if (master.length !== 32) throw new Error('数据加密主密钥应为 32 字节（base64 编码）');
    this.encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'rencai enc v1', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'rencai mac v1', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1:')) throw new Error('未知的密文格式');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const d = createDecipheriv('aes-256-gcm', this.encKey, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  }

  /** A stable keyed hash for equality lookups (deduplication by ID number). */
  lookupHash(value: string): string {
    return createHmac('sha256', this.macKey).update(value).digest('hex');
  }
}

/** The master key from RENCAI_DATA_KEY, else from (or generated into) <dataDir>/keys/data.key. */
export function loadVault(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): Vault {
  if (env.RENCAI_DATA_KEY) {
    const key = Buffer.from(env.RENCAI_DATA_KEY, 'base64');
    if (key.length !== 32) throw new Error('环境变量 RENCAI_DATA_KEY 应为 32 字节密钥的 base64 编码');
    return new Vault(key);
  }
  if (!dataDir) return new Vault(randomBytes(32));
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'data.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return new Vault(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
