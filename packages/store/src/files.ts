// Evidence files: PDF, JPEG or PNG recognised by their content (magic bytes, not the name),
// size-checked, stored once under the SHA-256 of their content in the data folder — encrypted with
// the data key (AES-256-GCM, the key id in the file's header) like other personal data, files 0600 in
// folders 0700. Files stored before encryption are still read, and encrypted by `rencai keys rotate`.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Vault } from './crypto.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type EvidenceMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export function sniffMime(buf: Buffer): EvidenceMime | undefined {
  if (buf.length >= 5 && buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return undefined;
}

export function checkEvidence(buf: Buffer): { ok: true; mime: EvidenceMime } | { ok: false; reason: string } {
  if (buf.length === 0) return { ok: false, reason: '文件为空' };
  if (buf.length > MAX_FILE_BYTES) return { ok: false, reason: `文件过大（${(buf.length / 1048576).toFixed(1)} MB），上限 10 MB` };
  const mime = sniffMime(buf);
  return mime ? { ok: true, mime } : { ok: false, reason: '文件类型不支持：只接受 PDF、JPEG、PNG（按文件内容识别）' };
}

export class FileStore {
  /** Without a vault (tests of the format only) files are stored as they are. */
  constructor(
    private readonly dir: string,
    private readonly vault?: Vault,
  ) {}

  private pathOf(sha: string): string {
    return join(this.dir, sha.slice(0, 2), sha);
  }

  private write(path: string, bytes: Buffer): void {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o600 });
    renameSync(tmp, path);
  }

  /** Stores the bytes (idempotent) and returns the SHA-256 of the content. */
  put(buf: Buffer): string {
    const sha = createHash('sha256').update(buf).digest('hex');
    const path = this.pathOf(sha);
    if (!existsSync(path)) this.write(path, this.vault ? this.vault.encryptBytes(buf) : buf);
    return sha;
  }

  get(sha: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('无效的文件哈希');
    const stored = readFileSync(this.pathOf(sha));
    if (!Vault.isEncryptedBytes(stored)) return stored;
    if (!this.vault) throw new Error('材料文件已加密，但没有提供数据密钥');
    const plain = this.vault.decryptBytes(stored);
    if (createHash('sha256').update(plain).digest('hex') !== sha) throw new Error(`材料文件 ${sha} 的内容与其哈希不符`);
    return plain;
  }

  /** Every stored file's hash. */
  *list(): Generator<string> {
    if (!existsSync(this.dir)) return;
    for (const d of readdirSync(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(d)) continue;
      for (const f of readdirSync(join(this.dir, d))) if (/^[0-9a-f]{64}$/.test(f) && f.startsWith(d)) yield f;
    }
  }

  /** The key id a stored file is encrypted under; undefined for a file stored in the clear. */
  keyIdOf(sha: string): string | undefined {
    return Vault.keyIdOfBytes(readFileSync(this.pathOf(sha)));
  }

  /** Re-encrypts one file under the vault's current key (a file in the clear gets encrypted); false when it already was. */
  rewrap(sha: string): boolean {
    if (!this.vault) throw new Error('没有提供数据密钥');
    if (this.keyIdOf(sha) === this.vault.currentKeyId) return false;
    this.write(this.pathOf(sha), this.vault.encryptBytes(this.get(sha)));
    return true;
  }
}
