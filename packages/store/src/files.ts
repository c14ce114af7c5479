// Evidence files: PDF, JPEG or PNG recognised by their content (magic bytes, not the name),
// size-checked, stored once under their SHA-256 in the data folder.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  constructor(private readonly dir: string) {}

  private pathOf(sha: string): string {
    return join(this.dir, sha.slice(0, 2), sha);
  }

  /** Stores the bytes (idempotent) and returns their SHA-256. */
  put(buf: Buffer): string {
    const sha = createHash('sha256').update(buf).digest('hex');
    const path = this.pathOf(sha);
    if (!existsSync(path)) {
      mkdirSync(join(this.dir, sha.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, buf);
      renameSync(tmp, path);
    }
    return sha;
  }

  get(sha: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('无效的文件哈希');
    return readFileSync(this.pathOf(sha));
  }
}
