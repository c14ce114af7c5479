// Anchors of the audit chain outside the database: a small signed file per database recording the
// head of the chain (sequence number, hash, row count) and when it was taken. Verification checks
// that the anchored row is still there with the same hash and that the log does not end before it,
// so deleting the newest rows shows even though the chain that remains is intact. The file is
// signed (HMAC-SHA256 under an anchor key derived from the data key, named by key id), written
// atomically with mode 0600; the server writes one at start, periodically and on shutdown, the CLI
// after each command. Where: RENCAI_AUDIT_ANCHOR_DIR, by default anchors/ beside the keyring file.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SigningKeys } from './crypto.js';

export interface AuditAnchor {
  format: 'rencai-audit-anchor/1';
  /** Which database (PGlite folder, or server host/port/name), so one folder can hold several. */
  database: string;
  seq: number;
  hash: string;
  rows: number;
  /** Every row from this sequence number on must be signed (rows before keys end before it). */
  keyedFrom: number;
  /** When the anchor was taken (UTC, ISO 8601). */
  at: string;
  keyId: string;
  mac: string;
}

export interface AnchorStore {
  /** Where the anchors are (shown to the operator). */
  readonly location: string;
  read(): { anchor?: AuditAnchor; problem?: string };
  write(head: { seq: number; hash: string; rows: number; keyedFrom: number }): AuditAnchor;
}

const canonical = (a: Omit<AuditAnchor, 'mac'>) => JSON.stringify([a.format, a.database, a.seq, a.hash, a.rows, a.keyedFrom, a.at, a.keyId]);

/** The anchor's time as shown to people: China Standard Time. */
export function formatAnchorTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d)}（北京时间）`;
}

/** Why the chain's head does not agree with the anchor, or undefined when it does. */
export function anchorMatches(anchor: AuditAnchor, head: { seq: number }, sawAnchorRow: boolean): string | undefined {
  if (anchor.seq === 0) return undefined;
  if (head.seq < anchor.seq) return `审计日志末尾被截断：${formatAnchorTime(anchor.at)}的锚点记录到第 ${anchor.seq} 条（共 ${anchor.rows} 条），数据库中现在只到第 ${head.seq} 条`;
  if (!sawAnchorRow) return `锚点（${formatAnchorTime(anchor.at)}）所记第 ${anchor.seq} 条已被删除`;
  return undefined;
}

export class FileAnchorStore implements AnchorStore {
  readonly location: string;

  constructor(
    dir: string,
    private readonly database: string,
    private readonly keys: SigningKeys,
  ) {
    this.location = join(dir, `audit-anchor-${createHash('sha256').update(database).digest('hex').slice(0, 16)}.json`);
  }

  read(): { anchor?: AuditAnchor; problem?: string } {
    if (!existsSync(this.location)) return {};
    let a: AuditAnchor;
    try {
      a = JSON.parse(readFileSync(this.location, 'utf8')) as AuditAnchor;
    } catch {
      return { problem: `审计锚点文件无法读取（${this.location}）` };
    }
    if (a.format !== 'rencai-audit-anchor/1' || typeof a.seq !== 'number' || typeof a.keyedFrom !== 'number' || typeof a.mac !== 'string') return { problem: `审计锚点文件格式有误（${this.location}）` };
    if (a.database !== this.database) return { problem: `审计锚点文件属于另一个数据库（${a.database}）` };
    const key = this.keys.verifyingKey(a.keyId);
    if (!key) return { problem: `审计锚点的签名密钥（编号 ${a.keyId}）不在密钥环中` };
    const want = createHmac('sha256', key).update(canonical(a)).digest();
    const got = Buffer.from(a.mac, 'hex');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return { problem: `审计锚点文件的签名无效（该文件被改动）：${this.location}` };
    return { anchor: a };
  }

  write(head: { seq: number; hash: string; rows: number; keyedFrom: number }): AuditAnchor {
    const { id, key } = this.keys.signingKey();
    const body: Omit<AuditAnchor, 'mac'> = { format: 'rencai-audit-anchor/1', database: this.database, seq: head.seq, hash: head.hash, rows: head.rows, keyedFrom: head.keyedFrom, at: new Date().toISOString(), keyId: id };
    const anchor: AuditAnchor = { ...body, mac: createHmac('sha256', key).update(canonical(body)).digest('hex') };
    const dir = join(this.location, '..');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(anchor, null, 2)}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.location);
    return anchor;
  }
}
